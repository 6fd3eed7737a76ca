package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {

    @Test
    void siteSuffixAfterAPipeOrDashGoes() {
        assertThat(Titles.fromDocumentTitle("Obama admits US gun laws are his biggest frustration | BBC News",
                List.of(), List.of())).isEqualTo("Obama admits US gun laws are his biggest frustration");
        assertThat(Titles.fromDocumentTitle("Obama admits US gun laws are his biggest frustration - BBC News",
                List.of(), List.of())).isEqualTo("Obama admits US gun laws are his biggest frustration");
        assertThat(Titles.fromDocumentTitle("Obama admits US gun laws are his biggest frustration – BBC News",
                List.of(), List.of())).isEqualTo("Obama admits US gun laws are his biggest frustration");
    }

    @Test
    void sitePrefixGoesWhenTheHeadPartIsTooShort() {
        assertThat(Titles.fromDocumentTitle("BBC - Obama admits US gun laws are his biggest frustration",
                List.of(), List.of())).isEqualTo("Obama admits US gun laws are his biggest frustration");
    }

    @Test
    void aShortResultFallsBackToTheWholeTitle() {
        assertThat(Titles.fromDocumentTitle("Mozilla - Wikipedia", List.of(), List.of()))
                .isEqualTo("Mozilla - Wikipedia");
    }

    @Test
    void colonTitlesKeepTheTailUnlessAHeadingShowsTheWhole() {
        assertThat(Titles.fromDocumentTitle("Daring Fireball: The long road to a better keyboard",
                List.of(), List.of())).isEqualTo("The long road to a better keyboard");
        String whole = "This is a long title with a colon: Hello there";
        assertThat(Titles.fromDocumentTitle(whole, List.of(whole), List.of())).isEqualTo(whole);
    }

    @Test
    void aTinyTitleGivesWayToTheOnlyH1() {
        assertThat(Titles.fromDocumentTitle("Home", List.of("The story of the year, told at last"), List.of()))
                .isEqualTo("The story of the year, told at last");
    }

    @Test
    void knownSiteNamesAreStrippedFromEitherEnd() {
        List<String> sites = List.of("The Guardian");
        assertThat(Titles.stripSite("Whales strand on beaches | The Guardian", sites)).isEqualTo("Whales strand on beaches");
        assertThat(Titles.stripSite("The Guardian - Whales strand on beaches", sites)).isEqualTo("Whales strand on beaches");
        assertThat(Titles.stripSite("Whales strand on beaches | Opinion", sites))
                .isEqualTo("Whales strand on beaches | Opinion");
    }

    @Test
    void theCandidateOthersAgreeWithWins() {
        String chosen = Titles.choose(List.of(
                new Titles.Candidate("Share this story now", 0),
                new Titles.Candidate("Scientists find water on the Moon", 1),
                new Titles.Candidate("Scientists find water on the Moon", 5),
                new Titles.Candidate("Scientists find water on the moon!", 6)));
        assertThat(chosen).isEqualTo("Scientists find water on the Moon");
    }

    @Test
    void withoutAgreementTheTrustedSourceWins() {
        String chosen = Titles.choose(List.of(
                new Titles.Candidate("Teaser title for social", 3),
                new Titles.Candidate("The real headline", 0)));
        assertThat(chosen).isEqualTo("The real headline");
        assertThat(Titles.choose(List.of())).isNull();
    }

    @Test
    void theSegmentShownAsTheH1IsTheHeadline() {
        assertThat(Titles.fromDocumentTitle("Outside the web: standalone binaries using Emscripten · V8",
                List.of("V8", "Outside the web: standalone binaries using Emscripten"), List.of()))
                .isEqualTo("Outside the web: standalone binaries using Emscripten");
        assertThat(Titles.fromDocumentTitle("Weather - Daily Post", List.of("Weather"), List.of()))
                .isEqualTo("Weather - Daily Post");
    }
}
