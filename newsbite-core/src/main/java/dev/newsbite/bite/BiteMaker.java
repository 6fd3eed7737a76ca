package dev.newsbite.bite;

import dev.newsbite.bite.entities.Entity;
import dev.newsbite.bite.entities.EntityKind;
import dev.newsbite.model.Article;
import dev.newsbite.model.Bite;
import dev.newsbite.model.Block;
import dev.newsbite.model.Named;
import dev.newsbite.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts the bite on an article: summary, reading time and word count from the body, people,
 * organisations, places and quotes from a {@link PeopleAndQuotes}. Immutable and thread-safe when
 * its {@link PeopleAndQuotes} is.
 */
public final class BiteMaker {
    /** At most this many people, organisations and places each: a bite, not an index. */
    static final int MAX_NAMES = 10;

    private final Summariser summariser = new Summariser();
    private final PeopleAndQuotes finder;

    public BiteMaker(PeopleAndQuotes finder) {
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    /** With the default finders ({@link PeopleAndQuotes#standard()}). */
    public static BiteMaker standard() {
        return new BiteMaker(PeopleAndQuotes.standard());
    }

    /**
     * Loads ICU's sentence and word break data now rather than on the first article: a few hundred
     * milliseconds, once per JVM. For servers that want their first reading as quick as the rest.
     */
    public static void warmUp() {
        Sentences.split("Warm up. Done.", "en");
        Words.count("準備完了。");
    }

    /** {@code article} with its bite and quotes. */
    public Article addTo(Article article) {
        List<Block> body = article.body();
        Words.Count count = Words.Count.NONE;
        Words.Counter counter = new Words.Counter();
        List<String> paragraphs = new ArrayList<>();
        for (Block block : body) {
            String text = block.text();
            if (text != null && !text.isBlank()) {
                count = count.plus(counter.count(text));
            }
            if (block instanceof Paragraph p && !p.text().isBlank()) {
                paragraphs.add(p.text());
            }
        }
        List<String> summary = summariser.summarise(body, article.title(), article.standfirst(), article.language());
        PeopleAndQuotes.Found found = paragraphs.isEmpty()
                ? PeopleAndQuotes.Found.NOTHING
                : finder.find(List.copyOf(paragraphs), article.language());
        Bite bite = new Bite(summary, count.minutes(), count.words(),
                named(found.entities(), EntityKind.PERSON),
                named(found.entities(), EntityKind.ORGANISATION),
                named(found.entities(), EntityKind.PLACE));
        return article.withBite(bite, found.quotes());
    }

    private static List<Named> named(List<Entity> entities, EntityKind kind) {
        List<Named> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() == kind && out.size() < MAX_NAMES) {
                out.add(new Named(e.name(), e.mentions()));
            }
        }
        return out;
    }
}
