package dev.newsbite.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The article model's ISO-8601 dates as instants: with an offset, without one (UTC), or a bare date. */
final class Dates {
    private static final int MAX_CHARS = 64;

    private Dates() {
    }

    /** The instant {@code iso} names, or null when it is none of the forms the model uses. */
    static Instant parse(String iso) {
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
