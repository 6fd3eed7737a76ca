package dev.newsbite.reader.feed;

import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.reader.address.ReaderTarget;
import dev.newsbite.render.Format;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Feed addresses: {@code /feed} followed by the reader address of the section page or feed
 * ({@code /feed/example.com/world/}, {@code /feed/http:example.com/rss.xml}). The original's path
 * is taken as it stands: a suffix such as {@code .json} is part of it, not a format.
 */
public final class FeedPaths {
    static final String PREFIX = "/feed";

    private FeedPaths() {
    }

    /** The source a feed path names, from the raw request path and query; empty when none. */
    public static Optional<URI> source(String rawPath, String rawQuery) {
        if (rawPath == null || !rawPath.startsWith(PREFIX + "/")) {
            return Optional.empty();
        }
        // An explicit format=html keeps the path whole (the reader's suffixes mean nothing here).
        String query = rawQuery == null || rawQuery.isEmpty() ? "format=html" : rawQuery + "&format=html";
        return ReaderAddress.parse(rawPath.substring(PREFIX.length()), query).map(ReaderTarget::origin);
    }

    /** The feed path of {@code source} (path and query, percent-encoded). */
    public static String pathFor(URI source) {
        String reader = ReaderAddress.pathFor(source, Format.HTML);
        // Only the whole-path form: strip the format=html the reader adds for suffixed paths.
        if (reader.endsWith("?format=html")) {
            reader = reader.substring(0, reader.length() - "?format=html".length());
        } else if (reader.endsWith("&format=html")) {
            reader = reader.substring(0, reader.length() - "&format=html".length());
        }
        return PREFIX + reader;
    }

    /** The feed path of an original URL, or null when it is not an http(s) URL with a host (for templates). */
    public static String pathFor(String original) {
        if (original == null) {
            return null;
        }
        try {
            URI uri = new URI(original);
            return uri.getHost() == null || uri.getScheme() == null
                    || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    ? null : pathFor(uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
