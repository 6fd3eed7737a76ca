package dev.newsbite.bite;

import dev.newsbite.bite.entities.Entity;
import dev.newsbite.bite.quotes.Quote;
import java.util.List;

/**
 * Finds who and where an article names and who said what in it. {@link BiteMaker} asks it once
 * per article page; implementations must be thread-safe, as extractors are shared between threads.
 */
@FunctionalInterface
public interface PeopleAndQuotes {

    /**
     * The named entities (people, organisations, places; most central first) and the direct
     * quotations of an article.
     *
     * @param paragraphs the body's running paragraphs, in order
     * @param language the article's BCP 47 language tag, or null
     */
    Found find(List<String> paragraphs, String language);

    /** What was found; both lists may be empty, neither is null. */
    record Found(List<Entity> entities, List<Quote> quotes) {
        public static final Found NOTHING = new Found(List.of(), List.of());

        public Found {
            entities = entities == null ? List.of() : List.copyOf(entities);
            quotes = quotes == null ? List.of() : List.copyOf(quotes);
        }
    }

    /** Finds nothing: a bite of summary, reading time and word count alone. */
    static PeopleAndQuotes none() {
        return (paragraphs, language) -> Found.NOTHING;
    }

    /**
     * The finders every extractor uses by default.
     *
     * <p>Merge point: the entity and quote finders ({@code entities.EntityFinder},
     * {@code quotes.QuoteFinder}) are built on another branch. When both are on this one, this
     * method becomes:
     * <pre>{@code
     * EntityFinder entities = EntityFinder.create();
     * QuoteFinder quotes = QuoteFinder.create();
     * return (paragraphs, language) -> {
     *     List<Entity> found = entities.find(paragraphs, language);
     *     List<Entity> people = found.stream().filter(e -> e.kind() == EntityKind.PERSON).toList();
     *     return new Found(found, quotes.find(paragraphs, people, language));
     * };
     * }</pre>
     */
    static PeopleAndQuotes standard() {
        return none();
    }
}
