package dev.newsbite.render;

import dev.newsbite.model.Article;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Link;
import dev.newsbite.model.ListBlock;
import dev.newsbite.model.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The small pieces every renderer shows the same way: the site line, the byline/date line, a
 * figure's words (caption once, then the credit), and page text made safe to print.
 */
final class ArticleParts {
    static final String SEPARATOR = " · ";
    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** Text fields are page data: a "date" this long is not one. */
    private static final int MAX_RAW_DATE_CHARS = 64;

    private ArticleParts() {
    }

    /** The publication's name, else the host of the page's URL, or null. */
    static String siteLine(Article article) {
        String site = clean(article.siteName());
        if (site != null) {
            return site;
        }
        String host = SafeUrls.hostOf(article.url());
        return host != null ? host : SafeUrls.hostOf(article.canonicalUrl());
    }

    /** The page's own address when it is an http(s) URL (else its canonical one), or null. */
    static String originalUrl(Article article) {
        return SafeUrls.webOrNull(article.url() != null ? article.url() : article.canonicalUrl());
    }

    /** The first of a figure's images that may be shown, or null. */
    static String firstImage(Figure figure) {
        for (String image : figure.images()) {
            String safe = SafeUrls.imageOrNull(image);
            if (safe != null) {
                return safe;
            }
        }
        return null;
    }

    /** A list's items made fit to print, blank ones left out. */
    static List<String> listItems(ListBlock list) {
        List<String> items = new ArrayList<>(list.items().size());
        for (String raw : list.items()) {
            String item = clean(raw);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** The item's marker: "- " or "1. ", "2. ", … */
    static String listMarker(ListBlock list, int index) {
        return list.ordered() ? (index + 1) + ". " : "- ";
    }

    /** Adds {@code part} to a document's parts unless it is null or blank. */
    static void addPart(List<String> parts, String part) {
        if (part != null && !part.isBlank()) {
            parts.add(part);
        }
    }

    /** "By A, B and C", or null when there are no authors. */
    static String byAuthors(List<String> authors) {
        List<String> names = authors.stream().map(ArticleParts::clean).filter(n -> n != null).toList();
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() == 1) {
            return "By " + names.get(0);
        }
        return "By " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "By Jane Doe · 21 March 2023", either half alone, or null. */
    static String bylineLine(Article article) {
        String by = byAuthors(article.authors());
        String date = humanDate(article.published());
        if (by != null && date != null) {
            return by + SEPARATOR + date;
        }
        return by != null ? by : date;
    }

    /**
     * A reader's date ("21 March 2023") for an ISO-8601 value, in the page's own offset; the value
     * as given when it does not parse; null when blank.
     */
    static String humanDate(String iso) {
        LocalDate date = dateOf(iso);
        if (date != null) {
            return HUMAN_DATE.format(date);
        }
        String raw = clean(iso);
        return raw == null || raw.length() > MAX_RAW_DATE_CHARS ? null : raw;
    }

    /** The calendar date of an ISO-8601 value, or null when it is not one. */
    static LocalDate dateOf(String iso) {
        if (iso == null) {
            return null;
        }
        String s = iso.strip();
        if (s.isEmpty() || s.length() > MAX_RAW_DATE_CHARS) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // not with an offset: try the other ISO shapes a page may give
        }
        try {
            return LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s) : ZonedDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A figure's words for one line: the caption (else the alt text) once, then the credit unless
     * the caption already ends with it; null when the figure has no caption or alt text (a credit
     * alone says nothing about the picture).
     */
    static String figureLine(Figure figure) {
        String caption = clean(figure.caption());
        if (caption == null) {
            caption = clean(figure.alt());
        }
        if (caption == null) {
            return null;
        }
        String credit = creditBeyond(caption, figure.credit());
        return credit == null ? caption : caption + " " + credit;
    }

    /** The figure's credit when {@code caption} does not already end with (or contain) it, else null. */
    static String creditBeyond(String caption, String credit) {
        String c = clean(credit);
        if (c == null) {
            return null;
        }
        if (caption != null && caption.toLowerCase(Locale.ROOT).contains(c.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return c;
    }

    /**
     * Page text made fit to print: terminal control characters (ESC, C1, NUL, CR…) removed, the
     * ends stripped, blank results as null. Line breaks and tabs inside stay.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = withoutControls(text).strip();
        return s.isEmpty() ? null : s;
    }

    /** {@code text} without terminal control characters; line breaks and tabs stay. */
    static String withoutControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !control) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A run of a paragraph's text, linked to {@code href} (an http(s) URL) or not (null). */
    record Piece(String text, String href) {
    }

    /**
     * A paragraph cut at its link spans, in order. Spans that overlap an earlier one, fall outside
     * the text or point anywhere but an http(s) address leave their text unlinked. Control
     * characters are removed and the paragraph's ends stripped; empty when the paragraph is blank.
     */
    static List<Piece> pieces(Paragraph paragraph) {
        String text = paragraph.text();
        List<Link> links = new ArrayList<>(paragraph.links());
        links.sort(Comparator.comparingInt(Link::start));
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Link link : links) {
            String href = SafeUrls.webOrNull(link.href());
            if (href == null || link.start() < at || link.end() > text.length() || link.end() == link.start()) {
                continue;
            }
            if (link.start() > at) {
                pieces.add(new Piece(text.substring(at, link.start()), null));
            }
            pieces.add(new Piece(text.substring(link.start(), link.end()), href));
            at = link.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        List<Piece> cleaned = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            String t = withoutControls(pieces.get(i).text());
            if (i == 0) {
                t = t.stripLeading();
            }
            if (i == pieces.size() - 1) {
                t = t.stripTrailing();
            }
            if (!t.isEmpty()) {
                cleaned.add(new Piece(t, pieces.get(i).href()));
            }
        }
        return cleaned;
    }

    /** {@link #clean} on one line: line breaks and tabs become spaces. */
    static String oneLine(String text) {
        String s = clean(text);
        if (s == null) {
            return null;
        }
        if (s.indexOf('\n') >= 0 || s.indexOf('\t') >= 0) {
            s = s.replace('\n', ' ').replace('\t', ' ');
        }
        return s;
    }
}
