package dev.newsbite.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Teaser;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ListingExtractorTest {
    private static final String SITE = "https://www.dailyexample.com";
    private final ListingExtractor extractor = new ListingExtractor();

    private List<Teaser> teasers(String html, String url) {
        return extractor.extract(Jsoup.parse(html, url));
    }

    @Test
    void aSectionPageGivesItsOwnStoriesInPageOrderOnce() {
        List<Teaser> teasers = teasers(ListingPages.SECTION, ListingPages.SECTION_URL);
        assertThat(teasers).extracting(Teaser::url).containsExactly(
                SITE + "/world/2024/05/12/floods-force-thousands-from-homes",
                SITE + "/world/2024/05/11/what-the-new-coalition-means-for-you",
                SITE + "/world/asia/article-1234567.html",
                SITE + "/news/view.php?id=88231",
                SITE + "/world/2024/05/09/markets-rally-after-central-bank-holds-rates",
                "https://edition.dailyexample.com/world/europe/glacier-melt-reveals-lost-village-58213");
        assertThat(teasers).extracting(Teaser::headline).containsExactly(
                "Floods force thousands from their homes in the north",
                "What the new coalition means for you",
                "Typhoon season starts early as sea temperatures climb",
                "Election officials begin recount in three districts",
                "Markets rally after central bank holds rates",
                "Glacier melt reveals a village lost for a century");
    }

    @Test
    void teasersCarryStandfirstBylineAndImageFromTheirCard() {
        List<Teaser> teasers = teasers(ListingPages.SECTION, ListingPages.SECTION_URL);
        assertThat(teasers.get(0)).isEqualTo(new Teaser("Floods force thousands from their homes in the north",
                SITE + "/world/2024/05/12/floods-force-thousands-from-homes",
                "Rivers burst their banks overnight after a week of record rain across the region.", "By Ana Ruiz",
                "https://cdn.dailyexample.com/img/floods-1200.jpg"));
        assertThat(teasers.get(1).standfirst())
                .isEqualTo("Five questions about the deal that ended six weeks of talks in the capital.");
        assertThat(teasers.get(1).byline()).isEqualTo("Li Wei");
        assertThat(teasers.get(1).image()).isEqualTo("https://cdn.dailyexample.com/img/coalition-960.webp");
        assertThat(teasers.get(2).standfirst())
                .isEqualTo("Forecasters warn that warmer water is feeding stronger storms earlier in the year.");
        assertThat(teasers.get(2).image()).as("noscript fallback").isEqualTo("https://cdn.dailyexample.com/img/typhoon.jpg");
        assertThat(teasers.get(3).image()).as("data-srcset, largest").isEqualTo("https://cdn.dailyexample.com/img/recount-big.jpg");
        assertThat(teasers.get(4).byline()).isEqualTo("By Sam Okafor");
        assertThat(teasers.get(5).standfirst()).isNull();
        assertThat(teasers.get(5).byline()).isNull();
        assertThat(teasers.get(5).image()).isNull();
    }

    @Test
    void aStoryPageWithRailsAndInTextLinksListsNothing() {
        assertThat(teasers(ListingPages.STORY, ListingPages.STORY_URL)).isEmpty();
    }

    @Test
    void aFrontPageWithAWelcomeTextListsItsEntries() {
        List<Teaser> teasers = teasers(ListingPages.front(), ListingPages.FRONT_URL);
        assertThat(teasers).hasSize(8);
        assertThat(teasers.get(0).url()).isEqualTo("https://news.example.org/news/council-approves-new-bridge-over-the-river/");
        assertThat(teasers.get(0).standfirst()).isEqualTo("Story number 1 of the day, told in a sentence or two for the front page.");
        assertThat(teasers).extracting(Teaser::headline).doesNotContain("Continue reading →");
    }

    @Test
    void withoutAPageAddressTheCanonicalLinkServesAsBase() {
        String html = ListingPages.SECTION.replace("<head>",
                "<head><link rel=\"canonical\" href=\"" + ListingPages.SECTION_URL + "\">");
        assertThat(teasers(html, "")).hasSize(6);
    }

    @Test
    void doesNotChangeTheDocument() {
        Document doc = Jsoup.parse(ListingPages.SECTION, ListingPages.SECTION_URL);
        String before = doc.outerHtml();
        extractor.extract(doc);
        assertThat(doc.outerHtml()).isEqualTo(before);
    }

    @Test
    void aDocumentWithoutHtmlOrBodyIsReadNotRepaired() {
        Document empty = new Document("https://example.com/");
        assertThat(extractor.extract(empty)).isEmpty();
        assertThat(empty.childNodeSize()).isZero();
    }

    @Test
    void fewerThanThreeStoryLinksIsNoListing() {
        String html = "<body><main><h3><a href=\"/world/2024/05/12/one-story-about-something\">One story about something big</a></h3>"
                + "<h3><a href=\"/world/2024/05/12/two-story-about-something\">Two story about something big</a></h3></main></body>";
        assertThat(teasers(html, SITE + "/world")).isEmpty();
    }

    @Test
    void deepNestingDoesNotOverflowAndHugePagesStayBounded() {
        StringBuilder html = new StringBuilder("<body>");
        html.append("<div>".repeat(5_000));
        for (int i = 0; i < 400; i++) {
            html.append("<h3><a href=\"/news/a-story-with-a-slug-").append(i).append("\">A story headline number ")
                    .append(i).append("</a></h3>");
        }
        html.append("</div>".repeat(5_000)).append("</body>");
        List<Teaser> teasers = teasers(html.toString(), SITE + "/");
        assertThat(teasers).hasSize(ListingExtractor.MAX_TEASERS);
    }

    @Test
    void headlinesNeedEnoughWords() {
        assertThat(ListingExtractor.isHeadline("Read more")).isFalse();
        assertThat(ListingExtractor.isHeadline("World")).isFalse();
        assertThat(ListingExtractor.isHeadline("Four words in here")).isTrue();
        assertThat(ListingExtractor.isHeadline("Supercalifragilistic!")).isTrue();
        assertThat(ListingExtractor.isHeadline("北朝鮮がミサイル発射")).isTrue();
        assertThat(ListingExtractor.isHeadline("速報")).isFalse();
    }
}
