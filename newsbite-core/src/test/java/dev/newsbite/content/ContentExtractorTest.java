package dev.newsbite.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.internal.Deadline;
import dev.newsbite.meta.Metadata;
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
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {
    static final String URL = "https://news.example.com/world/story-1";
    static final String PARA = "The minister said on Tuesday that the talks, which began last month in Geneva, "
            + "had made real progress on the questions that matter most to both sides. ";

    static Content extract(String bodyHtml) {
        return extract(bodyHtml, meta("Putin and Kim letters show Moscow seeking arms", null));
    }

    static Content extract(String bodyHtml, Metadata meta) {
        String html = bodyHtml.startsWith("<html") ? bodyHtml
                : "<html><head><title>t</title></head><body>" + bodyHtml + "</body></html>";
        return new ContentExtractor().extract(Jsoup.parse(html, URL), meta, Deadline.none());
    }

    static Metadata meta(String title, String articleBody) {
        return new Metadata(title, null, List.of(), null, null, null, null, null, null, null, articleBody, null);
    }

    static String text(Content c) {
        return new Article(URL, null, PageType.ARTICLE, null, null, null, null, null, null, null, null, null,
                c.body(), null).bodyText();
    }

    static String story(String inner) {
        return "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + "<article><h1>Putin and Kim letters show Moscow seeking arms</h1>" + inner + "</article>"
                + "<footer>© Example News 2024</footer>";
    }

    @Test
    void keepsParagraphsAndDropsPageFurniture() {
        Content c = extract(story("<p>" + PARA + "</p><p>Second. " + PARA + "</p>"));
        assertThat(c.body()).hasSize(2).allMatch(b -> b instanceof Paragraph);
        assertThat(text(c)).startsWith("The minister said").doesNotContain("Home").doesNotContain("Example News")
                .doesNotContain("Putin and Kim letters");
    }

    @Test
    void figureCaptionAndCreditAreKeptApartAndOnce() {
        Content c = extract(story("<p>" + PARA + "</p><figure><img src='/img/a.jpg' alt='Two leaders'>"
                + "<figcaption>Putin and Kim in 2019. Picture: AFP</figcaption></figure><p>" + PARA + "x</p>"));
        List<Figure> figures = c.body().stream().filter(b -> b instanceof Figure).map(b -> (Figure) b).toList();
        assertThat(figures).hasSize(1);
        Figure f = figures.get(0);
        assertThat(f.images()).containsExactly("https://news.example.com/img/a.jpg");
        assertThat(f.caption()).isEqualTo("Putin and Kim in 2019.");
        assertThat(f.credit()).isEqualTo("Picture: AFP");
        assertThat(f.alt()).isEqualTo("Two leaders");
        assertThat(text(c)).doesNotContain("Picture: AFP").doesNotContain("Putin and Kim in 2019");
    }

    @Test
    void creditInItsOwnElementIsSplitFromTheCaption() {
        Content c = extract(story("<p>" + PARA + "</p><figure><img src='a.jpg'><figcaption>Crowds in the square."
                + " <span class='credit'>Getty Images</span></figcaption></figure>"));
        Figure f = (Figure) c.body().stream().filter(b -> b instanceof Figure).findFirst().orElseThrow();
        assertThat(f.caption()).isEqualTo("Crowds in the square.");
        assertThat(f.credit()).isEqualTo("Getty Images");
    }

    @Test
    void aLineThatIsOnlyALinkToAnotherStoryIsDropped() {
        Content c = extract(story("<p>" + PARA + "</p><p><a href='/world/drones'>Ukraine launches drone attacks"
                + " against Russia</a></p><p>" + PARA + "again</p>"));
        assertThat(text(c)).doesNotContain("Ukraine launches");
        assertThat(c.body()).hasSize(2);
    }

    @Test
    void commentPromptsAdsAndReadMoreLinesAreDropped() {
        Content c = extract(story("<p>" + PARA + "</p><p>Advertisement</p><p>Read more: Why the talks failed</p>"
                + "<p>" + PARA + "two</p><p>Add your comment to this story</p><p>Join the conversation</p>"
                + "<p>To join the conversation, please log in.</p><p>Subscribe to continue reading</p>"
                + "<p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>"));
        assertThat(text(c)).doesNotContain("Advertisement").doesNotContain("Read more").doesNotContain("comment")
                .doesNotContain("conversation").doesNotContain("Subscribe").doesNotContain("inbox");
        assertThat(c.body()).hasSize(2);
    }

    @Test
    void shareBarsNewslettersAndRelatedBoxesInsideTheArticleAreDropped() {
        Content c = extract(story("<div class='share-bar'><a href='#'>Facebook</a><a href='#'>Twitter</a></div>"
                + "<p>" + PARA + "</p><div class='newsletter-signup'><p>Get our daily briefing in your inbox every"
                + " morning, free of charge, with all the news you need.</p></div>"
                + "<div class='related-stories'><ul><li><a href='/a'>Another story about things</a></li></ul></div>"
                + "<p>" + PARA + "end</p>"));
        assertThat(text(c)).doesNotContain("Facebook").doesNotContain("briefing").doesNotContain("Another story");
    }

    @Test
    void linksAreKeptAsAbsoluteSpansInsideParagraphs() {
        Content c = extract(story("<p>Read the <a href='/report.pdf'>full report</a> here, " + PARA + "</p>"));
        Paragraph p = (Paragraph) c.body().get(0);
        assertThat(p.links()).hasSize(1);
        Link l = p.links().get(0);
        assertThat(p.text().substring(l.start(), l.end())).isEqualTo("full report");
        assertThat(l.href()).isEqualTo("https://news.example.com/report.pdf");
    }

    @Test
    void doubleLineBreaksSplitParagraphsAndTextOnlyDivsAreParagraphs() {
        Content c = extract(story("<div>" + PARA + "<br><br>Second part. " + PARA + "</div><div><em>Third</em> "
                + PARA + "</div>"));
        assertThat(c.body()).hasSize(3).allMatch(b -> b instanceof Paragraph);
        assertThat(((Paragraph) c.body().get(1)).text()).startsWith("Second part.");
        assertThat(((Paragraph) c.body().get(2)).text()).startsWith("Third The minister");
    }

    @Test
    void subHeadingsListsAndQuotesAreKeptTyped() {
        Content c = extract(story("<p>" + PARA + "</p><h2>What happens next</h2><p>" + PARA + "2</p>"
                + "<ul><li>First point of the plan</li><li>Second point of the plan</li></ul>"
                + "<blockquote><p>We will not give in to pressure, today or ever.</p></blockquote><p>" + PARA + "3</p>"));
        assertThat(c.body()).anySatisfy(b -> assertThat(b).isEqualTo(new Heading(2, "What happens next")));
        assertThat(c.body()).anySatisfy(b -> assertThat(b).isEqualTo(
                new ListBlock(false, List.of("First point of the plan", "Second point of the plan"))));
        assertThat(c.body()).anySatisfy(b -> assertThat(b).isInstanceOf(Quote.class));
    }

    @Test
    void lazyImagesTakeTheirRealAddress() {
        Content c = extract(story("<p>" + PARA + "</p>"
                + "<figure><img src='data:image/gif;base64,R0lGOD' data-src='/img/lazy.jpg'></figure>"
                + "<p>" + PARA + "2</p>"
                + "<figure><img src='/img/small.jpg' srcset='/img/s.jpg 320w, /img/l.jpg 1280w, /img/m.jpg 640w'></figure>"
                + "<p>" + PARA + "3</p>"
                + "<div><img class='lazy' src='/img/placeholder.gif'><noscript><img src='/img/real.jpg'></noscript></div>"
                + "<p>" + PARA + "4</p>"));
        List<String> firstImages = c.body().stream().filter(b -> b instanceof Figure)
                .map(b -> ((Figure) b).images().get(0)).toList();
        assertThat(firstImages).containsExactly("https://news.example.com/img/lazy.jpg",
                "https://news.example.com/img/l.jpg", "https://news.example.com/img/real.jpg");
    }

    @Test
    void videoFramesAndTweetsBecomeEmbeds() {
        Content c = extract(story("<p>" + PARA + "</p><iframe src='https://www.youtube.com/embed/abc' title='Clip'>"
                + "</iframe><iframe src='https://ads.example.net/slot'></iframe><p>" + PARA + "2</p>"
                + "<blockquote class='twitter-tweet'><p>Big news today</p>— Someone "
                + "<a href='https://twitter.com/someone/status/1'>May 1, 2024</a></blockquote><p>" + PARA + "3</p>"));
        List<Embed> embeds = c.body().stream().filter(b -> b instanceof Embed).map(b -> (Embed) b).toList();
        assertThat(embeds).extracting(Embed::kind).containsExactly("video", "tweet");
        assertThat(embeds.get(0).url()).isEqualTo("https://www.youtube.com/embed/abc");
        assertThat(embeds.get(1).url()).isEqualTo("https://twitter.com/someone/status/1");
        // The post's words are part of the story as readers see it: kept as a quote before the link,
        // its signature as the quote's cite.
        assertThat(c.body()).contains(new Quote("Big news today", "Someone May 1, 2024"));
    }

    @Test
    void aQuotedPostsMediaLinkAndSignatureAreNotBodyText() {
        Content c = extract(story("<p>" + PARA + "</p><blockquote class='twitter-tweet'><p>Launch day. "
                + "<a href='https://t.co/x1'>pic.twitter.com/x1Ab</a></p>&mdash; Space Desk (@spacedesk) "
                + "<a href='https://twitter.com/spacedesk/status/9'>May 1, 2024</a></blockquote><p>" + PARA + "2</p>"));
        assertThat(c.body()).contains(new Quote("Launch day.", "Space Desk (@spacedesk) May 1, 2024"));
        assertThat(text(c)).doesNotContain("pic.twitter.com").doesNotContain("@spacedesk");
    }

    @Test
    void aPlayerInAWordlessBoxIsStillAnEmbed() {
        Content c = extract(story("<p>" + PARA + "</p><div class='video-embed'><iframe "
                + "src='https://www.youtube.com/embed/xyz'></iframe></div><p>" + PARA + "2</p>"));
        assertThat(c.body()).filteredOn(b -> b instanceof Embed).extracting(b -> ((Embed) b).url())
                .containsExactly("https://www.youtube.com/embed/xyz");
    }

    @Test
    void theStandfirstUnderTheHeadlineLeavesTheBody() {
        String dek = "The minister hopes a deal on grain can be signed before the winter sets in.";
        Metadata meta = new Metadata("Putin and Kim letters show Moscow seeking arms", dek, List.of(), null, null,
                null, null, null, null, null, null, null);
        Content c = extract(story("<p class='story-intro'>" + dek + "</p><div class='story-body'><p>" + PARA
                + "</p><p>" + PARA + "2</p></div>"), meta);
        assertThat(text(c)).doesNotContain("grain can be signed").startsWith("The minister said");
        // The same words as the story's own first paragraph, inside its box, are the story's.
        Content lead = extract(story("<div class='story-body'><p>" + dek + "</p><p>" + PARA + "</p><p>" + PARA
                + "2</p></div>"), meta);
        assertThat(text(lead)).startsWith(dek);
        // Under the headline too, a lead of several sentences that the description repeats is the story's.
        String longLead = "The minister arrived early. Talks began at nine. Both sides said it went well.";
        Metadata described = new Metadata("Putin and Kim letters show Moscow seeking arms", longLead, List.of(),
                null, null, null, null, null, null, null, null, null);
        Content kept = extract(story("<p>" + longLead + "</p><p>" + PARA + "</p><p>" + PARA + "2</p>"), described);
        assertThat(text(kept)).startsWith(longLead);
    }

    @Test
    void aDekNamedByItsClassLeavesTheBodyEvenWhenTheMetadataSaysOtherwise() {
        Content c = extract(story("<p class='article-standfirst'>Talks on grain resume in the spring, officials "
                + "say.</p><p>" + PARA + "</p><p>" + PARA + "2</p>"));
        assertThat(text(c)).doesNotContain("Talks on grain").startsWith("The minister said");
    }

    @Test
    void headlineBylineAndDateLinesAboveAnOldPagesStoryAreDropped() {
        Content c = extract("<table><tr><td><font size='5'><b>Putin and Kim letters show Moscow seeking arms"
                + "</b></font><br><font size='2'>By Wes Harlan, Staff Writer<br>Posted April 14, 2026</font><br><br>"
                + "<div class='storytext'>" + PARA + "<br><br>" + PARA + "2</div><br>"
                + "<font size='1'>Copyright 2026 Valley Online. No part of this site may be reproduced without "
                + "permission.</font></td></tr></table>", meta("Valley Online - Putin and Kim letters show Moscow "
                + "seeking arms", null));
        assertThat(text(c)).startsWith("The minister said").doesNotContain("Wes Harlan")
                .doesNotContain("reproduced");
    }

    @Test
    void subscriptionPromptsAreFurniture() {
        Content c = extract(story("<p>" + PARA + "</p><p>" + PARA + "2</p><p>Not a subscriber yet? "
                + "<a href='/subscribe'>Get unlimited access for $2 a week</a>.</p>"));
        assertThat(text(c)).doesNotContain("unlimited access");
    }

    @Test
    void aClosingSyndicationLineBecomesTheSource() {
        Content c = extract(story("<p>" + PARA + "</p><p>" + PARA + "2</p><p>The Times</p>"));
        assertThat(c.source()).isEqualTo("The Times");
        assertThat(text(c)).doesNotContain("The Times");
        Content marked = extract(story("<p>" + PARA + "</p><p>" + PARA + "2</p>"
                + "<div class='story-source'>Northern Daily Courier</div>"));
        assertThat(marked.source()).isEqualTo("Northern Daily Courier");
        Content labelled = extract(story("<p>" + PARA + "</p><p>Source: Bloomberg</p>"));
        assertThat(labelled.source()).isEqualTo("Bloomberg");
    }

    @Test
    void headlineBylineAndDateRepeatedInTheBodyAreDropped() {
        Content c = extract("<div class='story'><h1>Putin and Kim letters show Moscow seeking arms</h1>"
                + "<p>By Jane Doe</p><p>March 3, 2024</p><p>" + PARA + "</p><p>" + PARA + "2</p></div>");
        assertThat(text(c)).doesNotContain("Jane Doe").doesNotContain("March 3").doesNotContain("Putin");
    }

    @Test
    void aBodyOnlyInNextDataIsFound() {
        String json = "{\"props\":{\"pageProps\":{\"story\":{\"headline\":\"H\",\"blocks\":["
                + "{\"type\":\"paragraph\",\"text\":\"" + PARA + "\"},"
                + "{\"type\":\"paragraph\",\"text\":\"Second. " + PARA + "\"},"
                + "{\"type\":\"ad\",\"id\":\"x\"}]}}}}";
        Content c = extract("<html><head></head><body><div id='__next'>Loading...</div>"
                + "<script id='__NEXT_DATA__' type='application/json'>" + json + "</script></body></html>");
        assertThat(c.body()).hasSize(2);
        assertThat(text(c)).startsWith("The minister said").contains("Second. The minister");
    }

    @Test
    void subHeadingsInANextDataBodyAreHeadings() {
        String json = "{\"props\":{\"pageProps\":{\"article\":{\"content_elements\":["
                + "{\"type\":\"text\",\"content\":\"" + PARA + "\"},"
                + "{\"type\":\"header\",\"level\":3,\"content\":\"Farmers brace for winter\"},"
                + "{\"type\":\"text\",\"content\":\"Second. " + PARA + "\"}]}}}}";
        Content c = extract("<html><head></head><body><div id='__next'>Loading...</div>"
                + "<script id='__NEXT_DATA__' type='application/json'>" + json + "</script></body></html>");
        assertThat(c.body()).hasSize(3);
        assertThat(c.body().get(1)).isEqualTo(new Heading(3, "Farmers brace for winter"));
    }

    @Test
    void jsonLdArticleBodyIsUsedWhenTheDomHasNone() {
        String body = PARA + "\n\nSecond paragraph. " + PARA;
        Content c = extract("<div id='app'>Please enable JavaScript.</div>", meta("A title", body));
        assertThat(c.body()).hasSize(2);
        assertThat(text(c)).contains("Second paragraph.");
    }

    @Test
    void hiddenElementsAreNeverText() {
        Content c = extract(story("<p>" + PARA + "</p><p style='display:none'>Secret hidden words here.</p>"
                + "<p hidden>Also hidden words.</p><div aria-hidden='true'>Screen readers skip this.</div>"));
        assertThat(text(c)).doesNotContain("hidden words").doesNotContain("skip this");
    }

    @Test
    void dataTablesAreReadAsRowsWithoutARepeatedFooter() {
        Content c = extract(story("<p>" + PARA + "</p><table><thead><tr><th>Player</th><th>Plays</th></tr></thead>"
                + "<tfoot><tr><th>Player</th><th>Plays</th></tr></tfoot><tbody><tr><td>Ward</td><td>74</td></tr>"
                + "<tr><td>Carrie</td><td>63</td></tr></tbody></table><p>" + PARA + "2</p>"));
        dev.newsbite.model.Table t = (dev.newsbite.model.Table) c.body().stream()
                .filter(b -> b instanceof dev.newsbite.model.Table).findFirst().orElseThrow();
        assertThat(t.headerRows()).isEqualTo(1);
        assertThat(t.rows()).containsExactly(List.of("Player", "Plays"), List.of("Ward", "74"), List.of("Carrie", "63"));
    }

    @Test
    void inBodyBlocksComeOutInReadingOrder() {
        Content c = extract(story("<p>" + PARA + "</p><h3>Sub</h3><p>" + PARA + "2</p>"));
        List<Class<? extends Block>> kinds = c.body().stream().<Class<? extends Block>>map(Block::getClass).toList();
        assertThat(kinds).containsExactly(Paragraph.class, Heading.class, Paragraph.class);
    }
}
