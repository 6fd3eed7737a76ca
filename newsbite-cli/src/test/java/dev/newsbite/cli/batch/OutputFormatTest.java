package dev.newsbite.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The JSON Lines rows and the progress line, as people and programs see them. */
class OutputFormatTest {

    @Test
    void rowsHaveEveryFieldInContractOrderNullsIncluded() throws Exception {
        String line = JsonlSink.line(BatchRow.failed("x", "dir/x.html", null, "no such file"));
        assertThat(line).isEqualTo("{\"id\":\"x\",\"source\":\"dir/x.html\",\"url\":null,\"title\":null,\"byline\":null,"
                + "\"published\":null,\"siteName\":null,\"excerpt\":null,\"lang\":null,\"pageType\":null,\"text\":null,"
                + "\"error\":\"no such file\"}");
    }

    @Test
    void lineSeparatorsInsideTextAreEscaped() throws Exception {
        BatchRow row = new BatchRow("x", "x.html", null, "a\u2028b", null, null, null, null, null, "article",
                "one\ntwo\u2029three", null);
        String line = JsonlSink.line(row);
        assertThat(line).doesNotContain("\n").doesNotContain("\u2028").doesNotContain("\u2029");
        assertThat(new ObjectMapper().readTree(line).get("text").asText()).isEqualTo("one\ntwo\u2029three");
    }

    @Test
    void progressLineShowsDoneTotalRateAndTimeLeft() {
        assertThat(ProgressBar.line(50, 200, 10_000_000_000L))
                .isEqualTo("[######..................] 50/200 pages  5.0 pages/s  ETA 00:30");
        assertThat(ProgressBar.line(0, 10, 0)).endsWith("0/10 pages  0.0 pages/s  ETA --:--");
        assertThat(ProgressBar.clock(3725)).isEqualTo("1:02:05");
    }
}
