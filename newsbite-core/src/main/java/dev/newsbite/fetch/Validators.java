package dev.newsbite.fetch;

/**
 * The HTTP validators of a page fetched before, for a conditional request: an {@code ETag} sent
 * back as {@code If-None-Match}, a {@code Last-Modified} date sent back as
 * {@code If-Modified-Since}. Either may be null.
 */
public record Validators(String etag, String lastModified) {
    private static final Validators NONE = new Validators(null, null);

    public Validators {
        etag = blankToNull(etag);
        lastModified = blankToNull(lastModified);
    }

    /** No validators: an unconditional request. */
    public static Validators none() {
        return NONE;
    }

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
