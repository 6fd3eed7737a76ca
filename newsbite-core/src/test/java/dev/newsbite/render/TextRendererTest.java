package dev.newsbite.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.model.Article;
import dev.newsbite.model.Embed;
import dev.newsbite.model.Figure;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {
    private final TextRenderer renderer = new TextRenderer();

    @Test
    void keepsTheOldReadersShapeWithTheBylineLine() {
        String text = renderer.render(SampleArticles.story());
        assertThat(text).startsWith("""
                The Australian

                Putin and Kim letters ‘show Moscow seeking arms’

                The US says Putin and Kim have exchanged letters.

                By Jane Doe · 21 March 2023

                The US claims Putin and Kim have exchanged letters in recent weeks.

                Putin and Kim in 2019. Picture: AFP

                Kirby said the letters followed visits by Russian officials to Pyongyang.

                What happens next

                - Sanctions
                - Talks

                1. First step
                2. Second step

                We urge North Korea to cease its arms negotiations.
                — John Kirby
                """);
        assertThat(text).endsWith("""
                [video] Missile launch footage: https://video.example.com/v/42

                Japan's defence ministry also confirmed the launch.

                The Times

                Original URL: https://www.example.com/world/putin-kim-letters/news-story/7339ede2
                """);
    }

    @Test
    void printsAFiguresCaptionOnceEvenWhenTheCaptionAlreadyHoldsTheCredit() {
        Article a = SampleArticles.withBody(new Figure(List.of("https://x.example/a.jpg"), null,
                "Kim in Pyongyang. Picture: AFP", "Picture: AFP"));
        String text = renderer.render(a);
        assertThat(text).containsOnlyOnce("Kim in Pyongyang.").containsOnlyOnce("Picture: AFP");
    }

    @Test
    void aFigureFallsBackToAltTextAndShowsNothingWithoutWords() {
        Article a = SampleArticles.withBody(
                new Paragraph("Before."),
                new Figure(List.of("https://x.example/a.jpg"), "A crowd at the rally", null, "Photo: Reuters"),
                new Figure(List.of("https://x.example/b.jpg"), null, null, null),
                new Figure(List.of("https://x.example/c.jpg"), " ", null, "Getty"),
                new Paragraph("After."));
        assertThat(renderer.render(a)).contains("Before.\n\nA crowd at the rally Photo: Reuters\n\nAfter.");
    }

    @Test
    void siteLineFallsBackToTheHostAndDateOnlyBylineWorks() {
        Article a = new Article("https://www.news.example.co.uk/a/story-1", null, PageType.ARTICLE, "T", null,
                List.of(), "2021-07-04", null, null, null, null, null, List.of(new Paragraph("Body.")), List.of());
        assertThat(renderer.render(a)).startsWith("news.example.co.uk\n\nT\n\n4 July 2021\n\nBody.\n\n");
    }

    @Test
    void severalAuthorsReadNaturally() {
        Article a = new Article(SampleArticles.URL, null, PageType.ARTICLE, "T", null,
                List.of("Ann Lee", "Bo Chen", "Cy Young"), "2020-01-02T03:04:05Z", null, "Site", null, null, null,
                List.of(), List.of());
        assertThat(renderer.render(a)).contains("\n\nBy Ann Lee, Bo Chen and Cy Young · 2 January 2020\n\n");
    }

    @Test
    void anUnparseableDateIsShownAsGiven() {
        Article a = new Article(SampleArticles.URL, null, PageType.ARTICLE, "T", null, List.of("Ann"),
                "Tuesday evening", null, "Site", null, null, null, List.of(), List.of());
        assertThat(renderer.render(a)).contains("By Ann · Tuesday evening");
    }

    @Test
    void terminalControlCharactersFromThePageAreDropped() {
        Article a = SampleArticles.withBody(new Paragraph("Red \u001b[31malert\u001b[0m and a bell\u0007."));
        String text = renderer.render(a);
        assertThat(text).contains("Red [31malert[0m and a bell.").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void tablesLineUpWhenCellsAreShortAndUseTabsOtherwise() {
        String aligned = TextRenderer.table(new Table(null, 1,
                List.of(List.of("Team", "Pts"), List.of("Arsenal", "89"), List.of("Man City", "91"))));
        assertThat(aligned).isEqualTo("""
                Team      Pts
                -------------
                Arsenal   89
                Man City  91""");
        String long_ = "x".repeat(TextRenderer.MAX_ALIGNED_CELL_CHARS + 1);
        String tabbed = TextRenderer.table(new Table(null, 0, List.of(List.of("a", long_), List.of("bb", "c"))));
        assertThat(tabbed).isEqualTo("a\t" + long_ + "\nbb\tc");
    }

    @Test
    void embedsWithoutAWebAddressAreLeftOut() {
        Article a = SampleArticles.withBody(new Embed("javascript:alert(1)", "video", "x"),
                new Embed("https://v.example/1", null, null));
        String text = renderer.render(a);
        assertThat(text).doesNotContain("javascript").contains("[embed] https://v.example/1");
    }

    @Test
    void listingPagesShowEachTeaser() {
        assertThat(renderer.render(SampleArticles.listing())).isEqualTo("""
                Example News

                World news

                Floods force thousands from their homes in the north
                Rivers burst their banks overnight.
                By Ana Ruiz
                https://news.example.org/world/2024/05/floods-north

                Elections: what the new coalition means for you
                https://news.example.org/world/2024/05/coalition

                Original URL: https://news.example.org/world
                """);
    }

    @Test
    void anEmptyArticleStillRenders() {
        Article a = new Article(null, null, PageType.OTHER, null, null, null, null, null, null, null, null, null,
                null, null);
        assertThat(renderer.render(a)).isEqualTo("\n");
    }
}
