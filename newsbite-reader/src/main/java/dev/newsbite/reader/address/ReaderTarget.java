package dev.newsbite.reader.address;

import dev.newsbite.render.Format;
import java.net.URI;
import java.util.Objects;

/**
 * What a reader address asks for: the page at {@code origin}, in {@code format}.
 *
 * @param origin the original page, absolute http(s)
 * @param format how to answer; {@link Format#HTML} is the reader page
 */
public record ReaderTarget(URI origin, Format format) {
    public ReaderTarget {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
    }

    /** The canonical reader path of this target (path and query, percent-encoded). */
    public String path() {
        return ReaderAddress.pathFor(origin, format);
    }
}
