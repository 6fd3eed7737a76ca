package dev.newsbite.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsbite.text.OneLine;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Messages for people: one line, never a stack trace. */
public final class Messages {
    private Messages() {
    }

    /** {@code text} on one line (newlines and control characters become spaces), at most 500 characters. */
    public static String oneLine(String text) {
        return OneLine.of(text);
    }

    /** A throwable as one line: its message, or its type when it has none; the type too for unexpected ones. */
    public static String describe(Throwable e) {
        return OneLine.describe(e);
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
