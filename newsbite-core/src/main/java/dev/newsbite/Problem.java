package dev.newsbite;

import java.util.Objects;

/**
 * Something that went wrong or was cut short while extracting, without stopping the extraction:
 * {@code code} is a stable word ({@code truncated}, {@code time-budget}, {@code charset}, …),
 * {@code message} one line for a person.
 */
public record Problem(String code, String message) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
