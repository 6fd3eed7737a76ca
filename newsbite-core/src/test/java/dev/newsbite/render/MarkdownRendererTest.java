package dev.newsbite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Article;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Heading;
import dev.newsbite.model.Link;
import dev.newsbite.model.ListBlock;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import dev.newsbite.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersEveryBlockKind() {
        String md = renderer.render(SampleArticles.story());
        assertThat(md).startsWith("""
                The Australian

                # Putin and Kim letters ‘show Moscow seeking arms’

                *The US says Putin and Kim have exchanged letters.*

                By Jane Doe · 21 March 2023

                The US claims Putin and Kim have exchanged letters in recent weeks.

                ![Putin and Kim shake hands](https://img.example.com/putin-kim.jpg)
                *Putin and Kim in 2019. Picture: AFP*

                Kirby said the letters followed visits by [Russian officials](https://www.example.com/world/russian-visits/news-story/1234) to Pyongyang.

                ## What happens next

                - Sanctions
                - Talks

                1. First step
                2. Second step

                > We urge North Korea to cease its arms negotiations.
                >
                > — John Kirby

                *Launches by year*

                | Year | Launches |
                | --- | --- |
                | 2022 | 37 |
                | 2023 | 12 |

                *video:* [Missile launch footage](https://video.example.com/v/42)
                """);
        assertThat(md).endsWith("""
                The Times

                [Original URL](https://www.example.com/world/putin-kim-letters/news-story/7339ede2)
                """);
    }

    @Test
    void bodyLinesThatLookLikeMarkdownSyntaxStayText() {
        assertThat(MarkdownRenderer.paragraph(new Paragraph("# Not a heading"))).isEqualTo("\\# Not a heading");
        assertThat(MarkdownRenderer.paragraph(new Paragraph("1. Not a list"))).isEqualTo("1\\. Not a list");
        assertThat(MarkdownRenderer.paragraph(new Paragraph("2024) was a year"))).isEqualTo("2024\\) was a year");
        assertThat(MarkdownRenderer.paragraph(new Paragraph("- not a bullet"))).isEqualTo("\\- not a bullet");
        assertThat(MarkdownRenderer.paragraph(new Paragraph("+ nor this"))).isEqualTo("\\+ nor this");
        assertThat(MarkdownRenderer.paragraph(new Paragraph("> not a quote"))).isEqualTo("\\> not a quote");
        assertThat(MarkdownRenderer.paragraph(new Paragraph("    not code"))).isEqualTo("not code");
        assertThat(MarkdownRenderer.paragraph(new Paragraph("===")).startsWith("\\=")).isTrue();
    }

    @Test
    void inlineSyntaxAndRawHtmlAreEscaped() {
        String md = MarkdownRenderer.paragraph(new Paragraph(
                "Use *stars*, _under_, `code`, [a](b), <script>alert(1)</script>, a|b, ~~x~~ and &amp; but Q&A"));
        assertThat(md).isEqualTo("Use \\*stars\\*, \\_under\\_, \\`code\\`, \\[a\\](b), "
                + "\\<script\\>alert(1)\\</script\\>, a\\|b, \\~\\~x\\~\\~ and \\&amp; but Q&A");
    }

    @Test
    void lineBreaksInsideAParagraphAreHardBreaksAndEachLineIsGuarded() {
        String md = MarkdownRenderer.paragraph(new Paragraph("Roses are red\n# violets\n\n\n3. blue"));
        assertThat(md).isEqualTo("Roses are red\\\n\\# violets\\\n3\\. blue");
    }

    @Test
    void linksComeFromSpansAndOnlyWebAddressesBecomeLinks() {
        String text = "See the report and this one and that one.";
        Paragraph p = new Paragraph(text, List.of(
                new Link(text.indexOf("this"), text.indexOf("this") + 8, "javascript:alert(1)"),
                new Link(8, 14, "https://ex.example/a_(b)<c>"),
                new Link(10, 14, "https://ex.example/overlapping"),
                new Link(text.indexOf("that"), text.length() + 5, "https://ex.example/out-of-range")));
        assertThat(MarkdownRenderer.paragraph(p))
                .isEqualTo("See the [report](https://ex.example/a_%28b%29%3Cc%3E) and this one and that one.");
    }

    @Test
    void headingsUseTheirLevelAndCannotBeClosedEarly() {
        assertThat(MarkdownRenderer.block(new Heading(3, "Why #1 matters #"))).isEqualTo("### Why #1 matters \\#");
    }

    @Test
    void listItemsAndQuotesAreEscapedToo() {
        assertThat(MarkdownRenderer.block(new ListBlock(true, List.of("# one", "*two*"))))
                .isEqualTo("1. \\# one\n2. \\*two\\*");
        assertThat(MarkdownRenderer.block(new Quote("line one\n- line two", null)))
                .isEqualTo("> line one\\\n> \\- line two");
    }

    @Test
    void tableCellsCannotBreakTheTable() {
        String md = MarkdownRenderer.table(new Table(null, 0, List.of(List.of("a|b", "c\nd"), List.of("e"))));
        assertThat(md).isEqualTo("|  |  |\n| --- | --- |\n| a\\|b | c d |\n| e |  |");
    }

    @Test
    void figuresDropUnsafeSourcesButKeepTheirWords() {
        Article a = SampleArticles.withBody(
                new Figure(List.of("javascript:alert(1)", "https://x.example/ok.jpg"), "alt ]text", "Cap", "Credit"),
                new Figure(List.of("file:///etc/passwd"), null, "Only words", null));
        String md = renderer.render(a);
        assertThat(md).contains("![alt \\]text](https://x.example/ok.jpg)\n*Cap Credit*")
                .contains("\n\n*Only words*\n\n")
                .doesNotContain("javascript").doesNotContain("file:");
    }

    @Test
    void listingPagesLinkEachTeaser() {
        assertThat(renderer.render(SampleArticles.listing())).contains("""
                ## [Floods force thousands from their homes in the north](https://news.example.org/world/2024/05/floods-north)

                Rivers burst their banks overnight.

                *By Ana Ruiz*

                ## [Elections: what the new coalition means for you](https://news.example.org/world/2024/05/coalition)
                """);
    }

    @Test
    void leadImageShowsOnlyWhenTheBodyHasNoFigure() {
        Article withLead = new Article(SampleArticles.URL, null, dev.newsbite.model.PageType.ARTICLE, "T", null,
                null, null, null, null, null, null, "https://x.example/lead.jpg", List.of(new Paragraph("p")), null);
        assertThat(renderer.render(withLead)).contains("![](https://x.example/lead.jpg)");
        assertThat(renderer.render(SampleArticles.story())).doesNotContain("lead.jpg");
    }
}
