package dev.newsbite.reader.view;

import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.Embed;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Heading;
import dev.newsbite.model.Link;
import dev.newsbite.model.ListBlock;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import dev.newsbite.model.Table;
import dev.newsbite.model.Teaser;
import dev.newsbite.reader.store.RecentRead;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small hand-written views for the page tests (made up; no real page's text). */
final class SampleViews {
    static final String URL = "https://www.example.com/world/2026/11/river-town-floods";
    static final String OTHER_STORY = "https://news.example.org/politics/2026/11/budget-vote";
    static final String REPORT_PDF = "https://www.example.com/files/flood-report.pdf";
    static final String CAPTION = "Volunteers fill sandbags on the embankment at dawn.";
    static final String CREDIT = "Picture: Example Agency";
    static final Instant FETCHED = Instant.parse("2026-11-29T10:41:00Z");

    private SampleViews() {
    }

    static Article story(String leadImage, String secondImage) {
        String linked = "The council said the new flood wall, approved after last year's budget vote, held.";
        int vote = linked.indexOf("budget vote");
        String withPdf = "Engineers had warned in a report that the older banks were weak.";
        int report = withPdf.indexOf("a report");
        List<Block> body = List.of(
                new Paragraph("Hundreds of homes in the river town were cleared overnight as the water rose faster "
                        + "than forecast, the emergency service said on Sunday."),
                new Figure(List.of(leadImage), "Sandbags on an embankment", CAPTION, CREDIT),
                new Paragraph(linked, List.of(new Link(vote, vote + "budget vote".length(), OTHER_STORY))),
                new Paragraph(withPdf, List.of(new Link(report, report + "a report".length(), REPORT_PDF))),
                new Heading(2, "What happens next"),
                new Paragraph("Residents were told to expect three more days of rain. Schools will stay shut:"),
                new ListBlock(false, List.of("Primary schools until Wednesday", "The secondary school until further notice")),
                new Quote("We have never seen the river climb this quickly, and we have lived here forty years.",
                        "A resident of the lower town"),
                new Heading(3, "Rainfall this week"),
                new Table("Millimetres of rain by day", 1, List.of(List.of("Day", "Rain (mm)", "River level (m)"),
                        List.of("Friday", "31", "2.4"), List.of("Saturday", "58", "3.9"), List.of("Sunday", "22", "4.6"))),
                new Figure(List.of(secondImage), null, "The main street under water on Sunday afternoon.", "Picture: J. Smith"),
                new Embed("https://video.example.net/v/42", "video", "Drone footage of the flooded town"),
                new Paragraph("The regional government is expected to declare a disaster zone on Monday."));
        return new Article(URL, URL, PageType.ARTICLE, "River town evacuated as floods break a forty-year record",
                "The water rose a metre overnight; the new flood wall held, but the old banks did not.",
                List.of("Ana Ruiz", "Tom Berg"), "2026-11-29T07:15:00+01:00", null, "The Example Times", "Example Wire",
                "en", null, body, List.of());
    }

    static ArticleView storyView() {
        return new ArticleView(story("https://img.example.com/sandbags.jpg", "https://img.example.com/street.jpg"),
                URI.create(URL), FETCHED, null);
    }

    static Article listing(String image) {
        List<Teaser> teasers = new ArrayList<>();
        teasers.add(new Teaser("River town evacuated as floods break a forty-year record", URL,
                "The water rose a metre overnight; the new flood wall held.", "By Ana Ruiz", image));
        teasers.add(new Teaser("Budget vote: what the new flood money pays for", OTHER_STORY,
                "Most of it goes to walls and pumps, the rest to warning systems.", null, image));
        teasers.add(new Teaser("Opinion: towns on rivers need a plan for the next hundred years",
                "https://news.example.org/opinion/2026/11/river-towns-plan", null, "By Lee Chen", null));
        teasers.add(new Teaser("Rail lines reopen after the storm", "https://news.example.org/travel/2026/11/rail-reopens",
                "Trains will run a reduced timetable until Friday.", null, image));
        return new Article("https://news.example.org/world", null, PageType.LISTING, "World", null, List.of(), null, null,
                "Example News", null, "en", null, List.of(), teasers);
    }

    static final String LONG_URL = "https://www.example.com/" + "very-long-path-segment-without-any-break".repeat(6)
            + "?id=" + "1234567890".repeat(8);

    /** Long unbroken words, a wide table, a long address: what must not make a phone scroll sideways. */
    static Article stress() {
        String word = "Unbrokenwordthatgoesonandonwithoutanyspaceatall".repeat(3);
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            header.add("Column heading " + i);
            row.add("value-" + i + "-without-spaces");
        }
        return new Article(LONG_URL, null, PageType.ARTICLE, word + " headline", word, List.of(word), null, null, word,
                word, "en", null, List.of(new Paragraph("See " + LONG_URL + " for more.",
                        List.of(new Link(4, 4 + LONG_URL.length(), LONG_URL))), new Heading(2, word),
                        new ListBlock(true, List.of(word)), new Quote(word, word),
                        new Table(word, 1, List.of(header, row, row)), new Paragraph(word)), List.of());
    }

    static HomeView home() {
        return new HomeView(List.of(
                new RecentRead(URL, "River town evacuated as floods break a forty-year record", "The Example Times",
                        FETCHED),
                new RecentRead(OTHER_STORY, null, null, FETCHED.minusSeconds(3_600)),
                new RecentRead("http://plain.example.net/story/1", "A page read over plain HTTP", "Plain News",
                        FETCHED.minusSeconds(86_400))), null, null);
    }

    static ErrorView unreachable() {
        return new ErrorView(502, "unreachable", "The original page could not be reached",
                "news.example.org did not answer within 10 seconds.", OTHER_STORY);
    }
}
