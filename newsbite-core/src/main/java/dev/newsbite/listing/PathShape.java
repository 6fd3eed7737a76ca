package dev.newsbite.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shape of a story's address, read from its path and query alone: a slug
 * ("/world/putin-and-kim-exchange-letters"), an id ("/news-story/7339ede2…", "/a/123456",
 * "?id=12345") or a dated path ("/2024/05/12/…"); never a section, tag, author, login or share
 * path, nor a file. The index-based checks serve {@link StoryUrls#mayBeStory}, the allocation-free
 * first look over a raw href.
 */
final class PathShape {
    /** Path segments that mark a page about many stories or about the site, never a story. */
    static final Set<String> NOT_STORY_SEGMENTS = Set.of(
            "tag", "tags", "topic", "topics", "author", "authors", "byline", "contributor", "contributors",
            "people", "profile", "profiles", "user", "users", "members", "category", "categories", "section",
            "sections", "archive", "archives", "search", "login", "logout", "signin", "sign-in", "signup",
            "sign-up", "register", "subscribe", "subscription", "subscriptions", "account", "my-account",
            "newsletter", "newsletters", "share", "sharer", "print", "about", "about-us", "contact",
            "contact-us", "privacy", "privacy-policy", "terms", "terms-of-use", "terms-and-conditions",
            "cookies", "cookie-policy", "help", "faq", "jobs", "careers", "advertise", "advertising", "feed",
            "rss", "comments", "page", "wp-login.php", "wp-admin", "cdn-cgi", "static", "assets", "shop",
            "store", "podcasts", "corrections", "accessibility", "sitemap", "gallery-index", "video-index");
    static final Set<String> FILE_EXTENSIONS = Set.of(
            "jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "pdf", "mp3", "mp4", "m4a", "mov", "zip",
            "xml", "rss", "json", "css", "js", "ics", "doc", "docx", "xls", "xlsx", "ppt", "epub");
    /** Parameters that carry a story's id on sites without slugs. */
    static final Set<String> ID_PARAMETERS = Set.of(
            "id", "p", "story", "storyid", "article", "articleid", "aid", "newsid", "nid", "no", "idxno", "sid");
    static final int MIN_ID_DIGITS = 5;
    static final int MIN_SLUG_WORDS = 3;
    private static final int MAX_NOT_STORY_SEGMENT_CHARS = 24;

    private PathShape() {
    }

    static boolean queryHasDigits(String s, int from) {
        int digits = 0;
        for (int i = from; i < s.length() && s.charAt(i) != '#'; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9' && ++digits >= 3) {
                return true;
            }
        }
        return false;
    }

    static boolean segmentHasEvidence(String s, int from, int to) {
        int words = 0;
        int letters = 0;
        int digitRun = 0;
        boolean inWord = false;
        boolean hexOnly = true;
        boolean hexDigit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digitRun >= MIN_ID_DIGITS) {
                    return true;
                }
                hexDigit = true;
            } else {
                digitRun = 0;
                if (!((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                    hexOnly = false;
                }
            }
            if (c == '-' || c == '_' || c == '+' || c == '.') {
                inWord = false;
            } else {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return (words >= MIN_SLUG_WORDS && letters >= 8) || (hexOnly && hexDigit && to - from >= 12);
    }

    static boolean isYear(String s, int from, int to) {
        return to - from == 4 && (s.startsWith("19", from) || s.startsWith("20", from))
                && Character.isDigit(s.charAt(from + 2)) && Character.isDigit(s.charAt(from + 3));
    }

    static boolean isMonth(String s, int from, int to) {
        int len = to - from;
        if (len < 1 || len > 2) {
            return false;
        }
        int m = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            m = m * 10 + (c - '0');
        }
        return m >= 1 && m <= 12;
    }

    /** Whether a path (and query) has the shape of one story's address. */
    static boolean looksLikeStory(String path, String query) {
        List<String> segments = new ArrayList<>(8);
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                if (i > start) {
                    segments.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (segments.isEmpty()) {
            return false;
        }
        boolean evidence = false;
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.length() <= MAX_NOT_STORY_SEGMENT_CHARS && NOT_STORY_SEGMENTS.contains(s.toLowerCase(Locale.ROOT))) {
                return false;
            }
            int dot = s.lastIndexOf('.');
            if (dot > 0 && s.length() - dot <= 6 && FILE_EXTENSIONS.contains(s.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                return false;
            }
            // "/2024/05/<something>": a dated story path.
            boolean datedPath = isYear(s) && i + 2 < segments.size() && isMonth(segments.get(i + 1));
            evidence |= datedPath || isSlug(s) || hasIdDigits(s) || isLongHexId(s);
        }
        return evidence || hasIdParameter(query);
    }

    /** "putin-and-kim-letters", "floods_force_thousands.html": several words joined. */
    static boolean isSlug(String segment) {
        int dot = segment.lastIndexOf('.');
        String s = dot > 0 ? segment.substring(0, dot) : segment;
        int words = 0;
        int letters = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '_' || c == '+') {
                inWord = false;
            } else {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return words >= MIN_SLUG_WORDS && letters >= 8;
    }

    /** A run of at least {@link #MIN_ID_DIGITS} digits: "123456", "article-1234567", "a123456.html". */
    static boolean hasIdDigits(String segment) {
        int run = 0;
        for (int i = 0; i < segment.length(); i++) {
            if (Character.isDigit(segment.charAt(i)) && segment.charAt(i) < 128) {
                if (++run >= MIN_ID_DIGITS) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** "7339ede251e400e19c339528371fab73": a long hexadecimal id with digits and letters. */
    static boolean isLongHexId(String segment) {
        if (segment.length() < 12) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ((c < 'a' || c > 'f') && (c < 'A' || c > 'F')) {
                return false;
            }
        }
        return digit;
    }

    static boolean isYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && Character.isDigit(s.charAt(2))
                && Character.isDigit(s.charAt(3));
    }

    static boolean isMonth(String s) {
        if (s.length() < 1 || s.length() > 2 || !Character.isDigit(s.charAt(0))
                || (s.length() == 2 && !Character.isDigit(s.charAt(1)))) {
            return false;
        }
        int m = Integer.parseInt(s);
        return m >= 1 && m <= 12;
    }

    static boolean hasIdParameter(String query) {
        if (query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&", 16)) {
            int eq = pair.indexOf('=');
            if (eq > 0 && ID_PARAMETERS.contains(pair.substring(0, eq).toLowerCase(Locale.ROOT))) {
                String value = pair.substring(eq + 1);
                int digits = 0;
                for (int i = 0; i < value.length(); i++) {
                    if (Character.isDigit(value.charAt(i))) {
                        digits++;
                    }
                }
                if (digits >= 3) {
                    return true;
                }
            }
        }
        return false;
    }
}
