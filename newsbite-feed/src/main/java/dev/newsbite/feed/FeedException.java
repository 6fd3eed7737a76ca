package dev.newsbite.feed;

import dev.newsbite.fetch.FetchException;
import java.util.Objects;

/**
 * A feed could not be made from an address. The message is one line meant for a person;
 * {@link #kind()} is stable for programs, and {@link #fetchKind()} says why a fetch failed.
 */
public final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why no feed came out. */
    public enum Kind {
        /** The section page or feed could not be fetched (see {@link #fetchKind()}). */
        FETCH,
        /** The page is neither a section/front page nor an RSS or Atom feed (an article, a login page). */
        NOT_A_FEED_SOURCE,
        /** The page says it is a feed but cannot be read as RSS or Atom. */
        BROKEN_FEED
    }

    private final Kind kind;
    private final FetchException.Kind fetchKind;

    public FeedException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fetchKind = null;
    }

    /** The source itself could not be fetched. */
    public FeedException(FetchException cause) {
        super(cause.getMessage(), cause, false, false);
        this.kind = Kind.FETCH;
        this.fetchKind = cause.kind();
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#FETCH}, why the fetch failed; else null. */
    public FetchException.Kind fetchKind() {
        return fetchKind;
    }
}
