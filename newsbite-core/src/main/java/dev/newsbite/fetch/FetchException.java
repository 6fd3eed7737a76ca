package dev.newsbite.fetch;

import java.util.Objects;

/**
 * A page could not be fetched. The message is one line meant for a person; {@link #kind()} is
 * stable for programs.
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the fetch failed. */
    public enum Kind {
        /** Not an http(s) URL, or no host; also a redirect to such a URL. */
        BAD_URL,
        /** The host resolves to a loopback, private or otherwise non-public address. */
        REFUSED_ADDRESS,
        /** The host cannot be resolved or reached, or the connection broke. */
        UNREACHABLE,
        /** No complete answer within the policy's time. */
        TIMEOUT,
        /** The body is larger than the policy allows (as sent or decompressed). */
        TOO_LARGE,
        /** More redirects than the policy allows. */
        TOO_MANY_REDIRECTS,
        /** An HTTP status other than success (or 304 to a conditional request). */
        HTTP_STATUS,
        /** The answer is not an HTML page (another content type or encoding). */
        NOT_HTML
    }

    private final Kind kind;
    private final int status;

    public FetchException(Kind kind, String message) {
        this(kind, message, -1, null);
    }

    public FetchException(Kind kind, String message, Throwable cause) {
        this(kind, message, -1, cause);
    }

    FetchException(Kind kind, String message, int status, Throwable cause) {
        super(message, cause, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status for {@link Kind#HTTP_STATUS}, else -1. */
    public int status() {
        return status;
    }
}
