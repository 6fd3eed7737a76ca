package dev.newsbite.reader.library;

import dev.newsbite.fetch.FetchException;

/** Fetch failures as the reader reports them. */
final class Failures {
    private Failures() {
    }

    static ReadFailure of(FetchException e, String url) {
        ReadFailure.Kind kind = switch (e.kind()) {
            case BAD_URL -> ReadFailure.Kind.BAD_URL;
            case REFUSED_ADDRESS -> ReadFailure.Kind.REFUSED;
            case UNREACHABLE -> ReadFailure.Kind.UNREACHABLE;
            case TIMEOUT -> ReadFailure.Kind.TIMEOUT;
            case TOO_LARGE -> ReadFailure.Kind.TOO_LARGE;
            case TOO_MANY_REDIRECTS -> ReadFailure.Kind.TOO_MANY_REDIRECTS;
            case NOT_HTML -> ReadFailure.Kind.NOT_HTML;
            case HTTP_STATUS -> e.status() == 404 || e.status() == 410 ? ReadFailure.Kind.NOT_FOUND
                    : ReadFailure.Kind.ORIGIN_ERROR;
        };
        return new ReadFailure(kind, e.getMessage(), url);
    }
}
