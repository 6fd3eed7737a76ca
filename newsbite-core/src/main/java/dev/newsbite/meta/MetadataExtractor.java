package dev.newsbite.meta;

import org.jsoup.nodes.Document;

/**
 * Reads a page's metadata. Runs on the document as parsed, before any cleaning (JSON-LD lives in
 * script elements that cleaning removes). Stateless and thread-safe.
 */
public final class MetadataExtractor {

    public Metadata extract(Document doc) {
        String title = doc.title().isBlank() ? null : doc.title().strip();
        return new Metadata(title, null, null, null, null, null, null, null, null, null, null, null);
    }
}
