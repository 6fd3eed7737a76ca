package dev.newsbite;

import dev.newsbite.model.Article;

/**
 * The front door for casual use: one shared {@link Extractor} with default options. Heavier users
 * build their own {@link Extractor} with {@link ExtractOptions}.
 */
public final class NewsBite {
    private static final Extractor DEFAULT = Extractor.create();

    private NewsBite() {
    }

    /** The article in {@code html}, whose address is {@code url} (may be null). */
    public static Article extract(String html, String url) throws ExtractionException {
        return DEFAULT.extract(html, url).article();
    }

    /** The article in page bytes, decoded as a browser would. */
    public static Article extract(byte[] html, String url) throws ExtractionException {
        return DEFAULT.extract(html, url, null).article();
    }
}
