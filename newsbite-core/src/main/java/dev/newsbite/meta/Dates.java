package dev.newsbite.meta;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the dates pages write and gives them back as ISO-8601: with the UTC offset when the page
 * gives one ({@code 2023-03-21T05:12:00+11:00}), as a local date-time when it gives none, as a bare
 * date when it gives only that. The parsing itself is java.time's; the patterns here only tidy the
 * words around a date ("Published on", "at", ordinals) so that the formatters can read it.
 */
final class Dates {
    private static final int MAX_DATE_CHARS = 80;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    /** {@code 2023-03-21}, {@code 2023-3-21T05:12}, seconds, fraction and offset optional. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
            .optionalStart()
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    /** "March 21 2023", "Mar 21 2023 5:12 pm EST", after {@link #tidy}. */
    private static final DateTimeFormatter MONTH_FIRST = words("[MMMM][MMM] d uuuu");
    /** "21 March 2023", "21 Mar 2023 17:12", after {@link #tidy}. */
    private static final DateTimeFormatter DAY_FIRST = words("d [MMMM][MMM] uuuu");

    private static final List<DateTimeFormatter> WORDED = List.of(MONTH_FIRST, DAY_FIRST);

    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{1,2}-\\d{1,2})[ T]+(\\d{1,2}:\\d{2})");
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("(\\d)\\s+(?=(?:[+-]\\d{2}:?\\d{2}|Z)$)");
    private static final Pattern SLASHED_ISO = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern UTC_WORD = Pattern.compile("\\s*\\b(?:UTC|GMT)$");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOISE_WORDS = Pattern.compile(
            "\\b(?:published|posted|updated|last|modified|on|at)\\b\\.?:?|[,|•·]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\b\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MERIDIEM = Pattern.compile("(\\d)\\s*([ap])\\.?\\s?m\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DOT = Pattern.compile("\\b([A-Za-z]{3,4})\\.");
    private static final Pattern SEPT = Pattern.compile("\\bSept\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EPOCH = Pattern.compile("^\\d{10}(?:\\d{3})?$");

    private Dates() {
    }

    /** The date as ISO-8601, or null when it cannot be read as one. */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = MetaText.collapseWhitespace(raw);
        if (s.isEmpty() || s.length() > MAX_DATE_CHARS) {
            return null;
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant instant = s.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return plausible(instant.atOffset(ZoneOffset.UTC));
        }
        String iso = isoCandidate(s);
        if (iso != null) {
            String out = parseIso(iso);
            if (out != null) {
                return out;
            }
        }
        TemporalAccessor rfc = parse(DateTimeFormatter.RFC_1123_DATE_TIME, s);
        if (rfc != null) {
            return plausible(rfc);
        }
        String tidy = tidy(s);
        for (DateTimeFormatter f : WORDED) {
            TemporalAccessor t = parse(f, tidy);
            if (t != null) {
                return plausible(t);
            }
        }
        return null;
    }

    private static String isoCandidate(String s) {
        String t = SLASHED_ISO.matcher(s).replaceFirst("$1-$2-$3");
        if (t.length() < 8 || !Character.isDigit(t.charAt(0)) || t.charAt(4) != '-') {
            return null;
        }
        t = DATE_SPACE_TIME.matcher(t).replaceFirst("$1T$2");
        t = UTC_WORD.matcher(t).replaceFirst("Z");
        t = SPACE_BEFORE_OFFSET.matcher(t).replaceFirst("$1");
        // "05:12" needs two digits for the hour
        int tee = t.indexOf('T');
        if (tee > 0 && tee + 2 < t.length() && t.charAt(tee + 2) == ':') {
            t = t.substring(0, tee + 1) + '0' + t.substring(tee + 1);
        }
        return t;
    }

    private static String parseIso(String s) {
        TemporalAccessor t = parse(ISO, s);
        if (t != null) {
            return plausible(t);
        }
        // a date followed by something else ("2023-03-21 (updated)"): keep the date part
        int end = 0;
        while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '-')) {
            end++;
        }
        if (end >= 8 && end < s.length()) {
            TemporalAccessor day = parse(ISO, s.substring(0, end));
            return day == null ? null : plausible(day);
        }
        return null;
    }

    /**
     * The best reading of the whole text by the formatter, or null. A cheap unresolved parse
     * comes first: most candidates fail, and failing through exceptions would cost more than
     * the rest of the metadata step.
     */
    private static TemporalAccessor parse(DateTimeFormatter f, String s) {
        ParsePosition pos = new ParsePosition(0);
        TemporalAccessor raw;
        try {
            raw = f.parseUnresolved(s, pos);
        } catch (DateTimeException e) {
            // an offset out of range ("+41:00") fails here already
            return null;
        }
        if (raw == null || pos.getErrorIndex() >= 0 || pos.getIndex() != s.length()) {
            return null;
        }
        // ask for the one type the text holds: trying each in turn costs an exception per miss
        TemporalQuery<? extends TemporalAccessor> query;
        if (raw.isSupported(ChronoField.OFFSET_SECONDS)) {
            query = OffsetDateTime::from;
        } else if (raw.query(TemporalQueries.zoneId()) != null) {
            query = ZonedDateTime::from;
        } else if (raw.isSupported(ChronoField.HOUR_OF_DAY) || raw.isSupported(ChronoField.CLOCK_HOUR_OF_AMPM)) {
            query = LocalDateTime::from;
        } else {
            query = LocalDate::from;
        }
        try {
            return f.parse(s, query);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String tidy(String s) {
        String t = ORDINAL.matcher(s).replaceAll("$1");
        t = MERIDIEM.matcher(t).replaceAll("$1 $2m");
        t = SEPT.matcher(t).replaceAll("Sep");
        t = MONTH_DOT.matcher(t).replaceAll("$1");
        t = WEEKDAY.matcher(t).replaceAll(" ");
        t = NOISE_WORDS.matcher(t).replaceAll(" ");
        t = t.replace(" - ", " ").replace('/', ' ');
        return MetaText.collapseWhitespace(t);
    }

    private static DateTimeFormatter words(String datePattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(datePattern)
                .optionalStart().appendPattern(" h:mm[:ss] a").optionalEnd()
                .optionalStart().appendPattern(" H:mm[:ss]").optionalEnd()
                .optionalStart().appendLiteral(' ').appendOffset("+HH:MM", "Z").optionalEnd()
                .optionalStart().appendLiteral(' ').appendOffset("+HHMM", "Z").optionalEnd()
                .optionalStart().appendPattern(" z").optionalEnd()
                .toFormatter(Locale.ENGLISH);
    }

    private static String plausible(TemporalAccessor t) {
        int year = t.get(ChronoField.YEAR);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        if (t instanceof ZonedDateTime z) {
            return z.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (t instanceof OffsetDateTime o) {
            return o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (t instanceof LocalDateTime l) {
            return l.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        if (t instanceof LocalDate d) {
            return d.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return null;
    }
}
