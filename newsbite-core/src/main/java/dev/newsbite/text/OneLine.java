package dev.newsbite.text;

import java.util.regex.Pattern;

/**
 * Messages for people and for output rows: one line, at most 500 characters, never a stack trace.
 * Shared by the command line and the Spark job, so that a page's {@code error} reads the same from
 * either.
 */
public final class OneLine {
    private static final int MAX_LENGTH = 500;
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private OneLine() {
    }

    /** {@code text} on one line (newlines and control characters become spaces), at most 500 characters. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        StringBuilder s = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        for (int i = 0; i < text.length() && s.length() <= MAX_LENGTH; i++) {
            char c = text.charAt(i);
            s.append(Character.isISOControl(c) ? ' ' : c);
        }
        String line = SPACES.matcher(s.toString().strip()).replaceAll(" ");
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH - 1) + "…" : line;
    }

    /** A throwable as one line: its message, or its type when it has none; the type too for unexpected ones. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : of(type + ": " + message);
    }
}
