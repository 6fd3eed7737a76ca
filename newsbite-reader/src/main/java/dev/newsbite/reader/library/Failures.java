package dev.newsbite.reader.library;

import dev.newsbite.fetch.FetchException;

/** Fetch failures as the reader reports them. */
public final class Failures {
    private Failures() {
    }

    public static ReadFailure of(FetchException e, String url) {
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
        return new ReadFailure(kind, printable(e.getMessage()), url);
    }

    /** Longest message shown: a failure quotes what the origin sent, and the origin may send anything. */
    static final int MAX_MESSAGE = 300;

    /**
     * {@code message} fit to show a person: control characters and undecodable bytes (an origin that
     * answered with binary junk gets quoted in the transport's message) become spaces or are dropped,
     * and it is cut to {@value #MAX_MESSAGE} characters.
     */
    static String printable(String message) {
        if (message == null || message.isBlank()) {
            return "the page could not be fetched";
        }
        StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 1));
        for (int i = 0; i < message.length() && out.length() < MAX_MESSAGE; i++) {
            char c = message.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD' || Character.isSurrogate(c)
                    || Character.getType(c) == Character.PRIVATE_USE || (c >= 0x80 && c < 0xA0)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        if (out.length() >= MAX_MESSAGE && message.length() > MAX_MESSAGE) {
            out.setLength(MAX_MESSAGE - 1);
            out.append('…');
        }
        return out.toString().strip();
    }
}
