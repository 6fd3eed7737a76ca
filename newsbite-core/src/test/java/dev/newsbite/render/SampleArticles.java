package dev.newsbite.render;

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
import java.util.List;

/** Articles built by hand for the renderer tests: every block kind, and hostile variants. */
final class SampleArticles {
    static final String URL = "https://www.example.com/world/putin-kim-letters/news-story/7339ede2";

    private SampleArticles() {
    }

    static Article story() {
        String linked = "Kirby said the letters followed visits by Russian officials to Pyongyang.";
        int start = linked.indexOf("Russian officials");
        List<Block> body = List.of(
                new Paragraph("The US claims Putin and Kim have exchanged letters in recent weeks."),
                new Figure(List.of("https://img.example.com/putin-kim.jpg"), "Putin and Kim shake hands",
                        "Putin and Kim in 2019.", "Picture: AFP"),
                new Paragraph(linked, List.of(new Link(start, start + "Russian officials".length(),
                        "https://www.example.com/world/russian-visits/news-story/1234"))),
                new Heading(2, "What happens next"),
                new ListBlock(false, List.of("Sanctions", "Talks")),
                new ListBlock(true, List.of("First step", "Second step")),
                new Quote("We urge North Korea to cease its arms negotiations.", "John Kirby"),
                new Table("Launches by year", 1, List.of(List.of("Year", "Launches"), List.of("2022", "37"),
                        List.of("2023", "12"))),
                new Embed("https://video.example.com/v/42", "video", "Missile launch footage"),
                new Paragraph("Japan's defence ministry also confirmed the launch."));
        return new Article(URL, URL, PageType.ARTICLE, "Putin and Kim letters ‘show Moscow seeking arms’",
                "The US says Putin and Kim have exchanged letters.", List.of("Jane Doe"),
                "2023-03-21T09:30:00+11:00", null, "The Australian", "The Times", "en", null, body, List.of());
    }

    static Article withBody(Block... blocks) {
        return new Article(URL, null, PageType.ARTICLE, "Title", null, List.of(), null, null, null, null, null, null,
                List.of(blocks), List.of());
    }

    static Article listing() {
        return new Article("https://news.example.org/world", null, PageType.LISTING, "World news", null, List.of(),
                null, null, "Example News", null, "en", null, List.of(), List.of(
                        new Teaser("Floods force thousands from their homes in the north",
                                "https://news.example.org/world/2024/05/floods-north", "Rivers burst their banks overnight.",
                                "By Ana Ruiz", "https://img.example.org/floods.jpg"),
                        new Teaser("Elections: what the new coalition means for you",
                                "https://news.example.org/world/2024/05/coalition", null, null, null)));
    }
}
