package dev.newsbite.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleDatesTest {
    @Test
    void readsEachFormTheModelUses() {
        assertThat(ArticleDates.parse("2026-05-14T09:00:00+01:00")).isEqualTo(Instant.parse("2026-05-14T08:00:00Z"));
        assertThat(ArticleDates.parse(" 2026-05-14T09:00:00 ")).isEqualTo(Instant.parse("2026-05-14T09:00:00Z"));
        assertThat(ArticleDates.parse("2026-05-14")).isEqualTo(Instant.parse("2026-05-14T00:00:00Z"));
    }

    @Test
    void anythingElseIsNone() {
        assertThat(ArticleDates.parse(null)).isNull();
        assertThat(ArticleDates.parse(" ")).isNull();
        assertThat(ArticleDates.parse("14 May 2026")).isNull();
        assertThat(ArticleDates.parse("2026-05-14T09:00:00+01:00" + " ".repeat(100) + "x")).isNull();
    }
}
