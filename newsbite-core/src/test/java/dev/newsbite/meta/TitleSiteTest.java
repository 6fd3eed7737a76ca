package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleSiteTest {
    private static final String HEADLINE = "Late frost hits cherry orchards across the county";

    @Test
    void aPrefixSpellingTheHostNamesTheSite() {
        assertThat(TitleSite.segment("Valley Ranchers Online - " + HEADLINE,
                "http://www.valleyranchers.example/news/frost.html", List.of())).isEqualTo("Valley Ranchers Online");
        assertThat(TitleSite.segment(HEADLINE + " | The Verge", "https://theverge.com/a", List.of()))
                .isEqualTo("The Verge");
    }

    @Test
    void aSegmentRepeatingTheHomeLinkNamesTheSite() {
        assertThat(TitleSite.segment(HEADLINE + " :: Karoo Courant", "https://kc.example/s",
                List.of("Karoo Courant logo"))).isEqualTo("Karoo Courant");
    }

    @Test
    void nothingIsTakenWithoutEvidenceOrWhenTooLittleHeadlineIsLeft() {
        assertThat(TitleSite.segment("Frost - " + HEADLINE, "https://other.example/", List.of())).isNull();
        assertThat(TitleSite.segment(HEADLINE, "https://late.example/", List.of())).isNull();
        assertThat(TitleSite.segment("Google - Site Reliability Engineering", "https://google.example/", List.of()))
                .isNull();
    }

    @Test
    void hostLabelsLeaveOutTheGenericOnes() {
        assertThat(TitleSite.hostLabels("https://www.news.karoo-courant.co.example:8080/x")).containsExactly(
                "karoocourant");
        assertThat(TitleSite.hostLabels("not a url")).isEmpty();
    }

    @Test
    void aSegmentTheCopyrightLineNamesIsTheSite() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse("<p>Story.</p><footer><font>Copyright 2026 Valley "
                + "Ranchers Online. All rights reserved.</font></footer>", "https://vro.example/");
        assertThat(TitleSite.segment("Valley Ranchers Online - " + HEADLINE, "https://vro.example/a", List.of(), page))
                .isEqualTo("Valley Ranchers Online");
        assertThat(TitleSite.segment("Valley Ranchers Online - " + HEADLINE, "https://vro.example/a", List.of(), null))
                .isNull();
        assertThat(TitleSite.segment("Other Name - " + HEADLINE, "https://vro.example/a", List.of(), page)).isNull();
    }
}
