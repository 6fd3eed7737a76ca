package dev.newsbite.reader.feed;

import dev.newsbite.feed.FeedException;
import dev.newsbite.reader.library.ReadFailure;

/** Feed failures as the reader reports them: the same kinds and statuses as a page that fails. */
final class FeedFailures {
    private static final int MAX_MESSAGE = 300;

    private FeedFailures() {
    }

    static ReadFailure of(FeedException e, String url) {
        ReadFailure.Kind kind = switch (e.kind()) {
            case NOT_A_FEED_SOURCE, BROKEN_FEED -> ReadFailure.Kind.NOT_AN_ARTICLE;
            case FETCH -> switch (e.fetchKind()) {
                case BAD_URL -> ReadFailure.Kind.BAD_URL;
                case REFUSED_ADDRESS -> ReadFailure.Kind.REFUSED;
                case UNREACHABLE -> ReadFailure.Kind.UNREACHABLE;
                case TIMEOUT -> ReadFailure.Kind.TIMEOUT;
                case TOO_LARGE -> ReadFailure.Kind.TOO_LARGE;
                case TOO_MANY_REDIRECTS -> ReadFailure.Kind.TOO_MANY_REDIRECTS;
                case NOT_HTML -> ReadFailure.Kind.NOT_HTML;
                case HTTP_STATUS -> e.getCause() instanceof dev.newsbite.fetch.FetchException f
                        && (f.status() == 404 || f.status() == 410) ? ReadFailure.Kind.NOT_FOUND
                        : ReadFailure.Kind.ORIGIN_ERROR;
            };
        };
        return new ReadFailure(kind, printable(e.getMessage()), url);
    }

    /** The origin's words may be anything: one line of printable text, cut short. */
    private static String printable(String message) {
        if (message == null || message.isBlank()) {
            return "no feed could be made from this page";
        }
        StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_MESSAGE));
        for (int i = 0; i < message.length() && out.length() < MAX_MESSAGE; i++) {
            char c = message.charAt(i);
            out.append(Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFD' ? ' ' : c);
        }
        return out.toString().strip();
    }
}
