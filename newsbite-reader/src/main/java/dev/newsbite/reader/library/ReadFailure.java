package dev.newsbite.reader.library;

import java.util.Objects;

/**
 * A page could not be read and no stored copy could stand in. The message is one line for a
 * person; {@link #kind()} and {@link #status()} are stable for programs.
 */
public final class ReadFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why, with the HTTP status the reader answers with and the word programs see. */
    public enum Kind {
        BAD_URL(400, "bad-url"),
        REFUSED(403, "refused"),
        NOT_FOUND(404, "not-found"),
        NOT_AN_ARTICLE(422, "not-an-article"),
        NOT_HTML(415, "not-html"),
        UNREACHABLE(502, "unreachable"),
        ORIGIN_ERROR(502, "origin-error"),
        TOO_LARGE(502, "too-large"),
        TOO_MANY_REDIRECTS(502, "too-many-redirects"),
        TIMEOUT(504, "timeout"),
        BUSY(503, "busy"),
        RATE_LIMITED(429, "rate-limited"),
        INTERNAL(500, "internal");

        private final int status;
        private final String wireName;

        Kind(int status, String wireName) {
            this.status = status;
            this.wireName = wireName;
        }

        /** The HTTP status the reader answers with. */
        public int status() {
            return status;
        }

        /** The stable word in JSON errors and page classes. */
        public String wireName() {
            return wireName;
        }
    }

    private final Kind kind;
    private final String url;
    private final long retryAfterNanos;

    public ReadFailure(Kind kind, String message, String url) {
        this(kind, message, url, 0);
    }

    /**
     * @param retryAfterNanos how long the caller should wait before asking again (0: not said)
     */
    public ReadFailure(Kind kind, String message, String url, long retryAfterNanos) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.url = url;
        this.retryAfterNanos = Math.max(0, retryAfterNanos);
    }

    /** How long to wait before asking again, in nanoseconds; 0 when not said. */
    public long retryAfterNanos() {
        return retryAfterNanos;
    }

    public Kind kind() {
        return kind;
    }

    /** The address asked for, or null when there was none to speak of. */
    public String url() {
        return url;
    }
}
