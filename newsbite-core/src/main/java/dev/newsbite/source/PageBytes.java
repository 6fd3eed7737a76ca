package dev.newsbite.source;

import dev.newsbite.Problem;
import java.util.Objects;

/**
 * The bytes of one page as read, and the problem met when they are only part of the page (a
 * truncated gzip file, a page over the size cap), else null. The array is not copied: treat it as
 * read-only.
 */
public record PageBytes(byte[] bytes, Problem problem) {
    public PageBytes {
        Objects.requireNonNull(bytes, "bytes");
    }

    /** True when the bytes are the whole page. */
    public boolean complete() {
        return problem == null;
    }
}
