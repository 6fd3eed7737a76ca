package dev.newsbite.bite;

import dev.newsbite.bite.entities.Entity;
import dev.newsbite.bite.entities.EntityFinder;
import dev.newsbite.bite.quotes.Quote;
import dev.newsbite.bite.quotes.QuoteFinder;
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
     * The finders every extractor uses by default: the rule-based {@link EntityFinder} and
     * {@link QuoteFinder}. The quote finder gets every entity, not only people: organisations
     * speak too ("the agency said").
     */
    static PeopleAndQuotes standard() {
        EntityFinder entities = EntityFinder.create();
        QuoteFinder quotes = QuoteFinder.create();
        return (paragraphs, language) -> {
            List<Entity> found = entities.find(paragraphs, language);
            return new Found(found, quotes.find(paragraphs, found, language));
        };
    }
}
