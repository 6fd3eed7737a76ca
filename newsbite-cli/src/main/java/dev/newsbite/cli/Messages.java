package dev.newsbite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;

/** Messages for people: one line, never a stack trace. */
public final class Messages {
    private static final int MAX_LENGTH = 500;
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private Messages() {
    }

    /** {@code text} on one line (newlines and control characters become spaces), at most 500 characters. */
    public static String oneLine(String text) {
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
        return message == null || message.isBlank() ? type : oneLine(type + ": " + message);
    }

    /** Why an I/O operation failed, in words ("no such file", "permission denied", …). */
    public static String ioReason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return oneLine(f.getReason());
        }
        if (e instanceof JsonProcessingException j) {
            return "not valid JSON (" + oneLine(j.getOriginalMessage()) + ")";
        }
        return describe(e);
    }
}
