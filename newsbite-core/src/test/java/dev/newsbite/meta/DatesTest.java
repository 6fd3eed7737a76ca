package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2023-03-21T05:12:00+11:00       | 2023-03-21T05:12:00+11:00",
        "2015-03-27T13:07:55.096Z        | 2015-03-27T13:07:55.096Z",
        "2021-11-01T10:52:50+0100        | 2021-11-01T10:52:50+01:00",
        "2021-11-01T10:52:50 +0100       | 2021-11-01T10:52:50+01:00",
        "2023-03-21T05:12+11:00          | 2023-03-21T05:12:00+11:00",
        "2017-11-03 03:01:00.000000      | 2017-11-03T03:01:00",
        "2018-04-05T06:00                | 2018-04-05T06:00:00",
        "2019-04-28 06:01:07             | 2019-04-28T06:01:07",
        "2023-03-21 05:12 UTC            | 2023-03-21T05:12:00Z",
        "2024-06-25                      | 2024-06-25",
        "2023/03/21                      | 2023-03-21",
        "2023-3-7                        | 2023-03-07",
    })
    void isoVariantsKeepTheirOffset(String raw, String expected) {
        assertThat(Dates.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "'Tue, 21 Mar 2023 05:12:00 GMT'        | 2023-03-21T05:12:00Z",
        "'Tue, 21 Mar 2023 05:12:00 +1100'      | 2023-03-21T05:12:00+11:00",
        "'March 21, 2023'                       | 2023-03-21",
        "'Mar 21, 2023'                         | 2023-03-21",
        "'21 March 2023'                        | 2023-03-21",
        "'21 March 2023 5:12pm'                 | 2023-03-21T17:12:00",
        "'March 21st, 2023 at 5:12 p.m.'        | 2023-03-21T17:12:00",
        "'Published on Tuesday, March 21, 2023' | 2023-03-21",
        "'Sept. 4, 2022 10:30'                  | 2022-09-04T10:30:00",
        "'21 Mar 2023 17:12 +0100'              | 2023-03-21T17:12:00+01:00",
    })
    void wordedDatesAndRfc1123(String raw, String expected) {
        assertThat(Dates.normalise(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1679375520000 | 2023-03-21T05:12:00Z",
        "1679375520    | 2023-03-21T05:12:00Z",
    })
    void epochSecondsAndMillisAreUtc(String raw, String expected) {
        assertThat(Dates.normalise(raw)).isEqualTo(expected);
    }

    /** No offset is beyond ±18:00; such a time is a typo, and the day is all that can be trusted. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-08-30T07:30:00+41:00", "2026-08-30T07:30:00-19:00"})
    void anOffsetOutOfRangeKeepsTheDay(String raw) {
        assertThat(Dates.normalise(raw)).isEqualTo("2026-08-30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "not a date at all", "2023-13-45", "0001-01-01",
        "12345", "1 hour ago"})
    void whatIsNotADateIsNull(String raw) {
        assertThat(Dates.normalise(raw)).isNull();
    }

    @org.junit.jupiter.api.Test
    void nullAndHugeInputAreNull() {
        assertThat(Dates.normalise(null)).isNull();
        assertThat(Dates.normalise("2023-03-21".repeat(10_000))).isNull();
    }
}
