package dev.newsbite.reader.feed;

import dev.newsbite.feed.FeedException;
import dev.newsbite.fetch.FetchException;
import dev.newsbite.reader.library.Failures;
import dev.newsbite.reader.library.ReadFailure;

/** Feed failures as the reader reports them: the same kinds and statuses as a page that fails. */
final class FeedFailures {
    private static final int MAX_MESSAGE = 300;

    private FeedFailures() {
    }

    static ReadFailure of(FeedException e, String url) {
        if (e.getCause() instanceof FetchException fetch) {
            return Failures.of(fetch, url); // the source page failed as any page can
        }
        return new ReadFailure(ReadFailure.Kind.NOT_AN_ARTICLE, printable(e.getMessage()), url);
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
