package dev.newsbite.listing;

import dev.newsbite.model.Teaser;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Finds the story teasers of a section or front page. Runs on the parsed document before content
 * cleaning; does not change it. Stateless and thread-safe.
 */
public final class ListingExtractor {

    /** Teasers in page order, without duplicates; empty when the page lists no stories. */
    public List<Teaser> extract(Document doc) {
        return List.of();
    }
}
