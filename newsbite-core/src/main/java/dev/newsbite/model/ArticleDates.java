package dev.newsbite.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The article model's ISO-8601 dates ({@link Article#published()}, {@link Article#modified()}) as
 * instants: with an offset, without one (read as UTC), or a bare date (its start, UTC).
 */
public final class ArticleDates {
    private static final int MAX_CHARS = 64;

    private ArticleDates() {
    }

    /** The instant {@code iso} names, or null when it is none of the forms the model uses. */
    public static Instant parse(String iso) {
        if (iso == null || iso.isBlank() || iso.length() > MAX_CHARS) {
            return null;
        }
        String s = iso.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // Not with an offset: try the plainer forms.
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // Not a local date-time either.
        }
        try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
