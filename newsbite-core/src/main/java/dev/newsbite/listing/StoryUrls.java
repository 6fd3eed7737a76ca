package dev.newsbite.listing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells story addresses from the rest, on one site: a story's path carries a slug
 * ("/world/putin-and-kim-exchange-letters") or an id ("/news-story/7339ede2…", "/a/123456",
 * "/2024/05/12/…", "?id=12345"); section, tag, author, login, share and file links do not. Cheap
 * string work first; {@link URI} only for the rare relative forms.
 *
 * <p>Immutable: one per page.
 */
final class StoryUrls {
    /** Path segments that mark a page about many stories or about the site, never a story. */
    private static final Set<String> NOT_STORY_SEGMENTS = Set.of(
            "tag", "tags", "topic", "topics", "author", "authors", "byline", "contributor", "contributors",
            "people", "profile", "profiles", "user", "users", "members", "category", "categories", "section",
            "sections", "archive", "archives", "search", "login", "logout", "signin", "sign-in", "signup",
            "sign-up", "register", "subscribe", "subscription", "subscriptions", "account", "my-account",
            "newsletter", "newsletters", "share", "sharer", "print", "about", "about-us", "contact",
            "contact-us", "privacy", "privacy-policy", "terms", "terms-of-use", "terms-and-conditions",
            "cookies", "cookie-policy", "help", "faq", "jobs", "careers", "advertise", "advertising", "feed",
            "rss", "comments", "page", "wp-login.php", "wp-admin", "cdn-cgi", "static", "assets", "shop",
            "store", "podcasts", "corrections", "accessibility", "sitemap", "gallery-index", "video-index");
    private static final Set<String> FILE_EXTENSIONS = Set.of(
            "jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "pdf", "mp3", "mp4", "m4a", "mov", "zip",
            "xml", "rss", "json", "css", "js", "ics", "doc", "docx", "xls", "xlsx", "ppt", "epub");
    /** Parameters that carry a story's id on sites without slugs. */
    private static final Set<String> ID_PARAMETERS = Set.of(
            "id", "p", "story", "storyid", "article", "articleid", "aid", "newsid", "nid", "no", "idxno", "sid");
    static final int MIN_ID_DIGITS = 5;
    static final int MIN_SLUG_WORDS = 3;
    static final int MAX_URL_CHARS = 2_048;
    private static final int MAX_NOT_STORY_SEGMENT_CHARS = 24;

    private final String pageUrl;
    private final String scheme;
    private final String host;
    /** "scheme://authority" of the page, as written, for resolving root-relative links. */
    private final String origin;
    private final String siteDomain;
    /** The page's address for resolving the rare path-relative link; null when it does not parse. */
    private final URI base;

    private StoryUrls(String pageUrl, String scheme, String host, URI base) {
        this.pageUrl = pageUrl;
        int end = scheme == null ? -1 : indexOfAny(pageUrl, "/?#", scheme.length() + 3);
        this.origin = scheme == null ? null : end < 0 ? pageUrl : pageUrl.substring(0, end);
        this.scheme = scheme;
        this.host = host;
        this.siteDomain = host == null ? null : siteDomain(host);
        this.base = base;
    }

    /** For a page at {@code pageUrl} (absolute, or blank when unknown: then only absolute links count). */
    static StoryUrls forPage(String pageUrl) {
        String url = withoutFragment(pageUrl == null ? "" : pageUrl.strip());
        int colon = url.indexOf("://");
        if (colon <= 0 || url.length() > MAX_URL_CHARS) {
            return new StoryUrls("", null, null, null);
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new StoryUrls("", null, null, null);
        }
        String host = hostOf(url, colon + 3);
        URI base;
        try {
            base = URI.create(url);
        } catch (IllegalArgumentException e) {
            base = null;
        }
        return new StoryUrls(url, scheme, host, base);
    }

    boolean knowsPage() {
        return host != null;
    }

    /**
     * The absolute address of {@code href} without its fragment when it is a story on this site,
     * else null.
     */
    String storyOrNull(String href) {
        String h = href.strip();
        if (h.isEmpty() || h.length() > MAX_URL_CHARS || h.charAt(0) == '#' || !mayBeStory(h)) {
            return null;
        }
        String abs = absolute(h);
        if (abs == null) {
            return null;
        }
        abs = withoutFragment(abs);
        // The host was checked by mayBeStory (absolute links) or is the page's own (relative ones).
        int hostStart = abs.indexOf("://") + 3;
        int pathStart = indexOfAny(abs, "/?", hostStart);
        if (pathStart < 0) {
            return null;
        }
        if (abs.equals(pageUrl) || sameIgnoringSlash(abs, pageUrl)) {
            return null;
        }
        int queryStart = abs.indexOf('?', pathStart);
        String path = abs.substring(pathStart, queryStart < 0 ? abs.length() : queryStart);
        String query = queryStart < 0 ? "" : abs.substring(queryStart + 1);
        return looksLikeStory(path, query) ? abs : null;
    }

    /**
     * A first look at a raw href, allocation-free, for the common case of links that are not
     * stories (sections, icons, other schemes): false when its path has no slug, no id and no
     * dated segments and it has no query. Sound, not complete: {@link #looksLikeStory} decides.
     */
    boolean mayBeStory(String href) {
        int n = href.length();
        int pathStart;
        if (href.regionMatches(true, 0, "https://", 0, 8) || href.regionMatches(true, 0, "http://", 0, 7)
                || href.startsWith("//")) {
            int afterScheme = href.indexOf("//") + 2;
            pathStart = afterScheme;
            while (pathStart < n) {
                char c = href.charAt(pathStart);
                if (c == '/' || c == '?' || c == '#') {
                    break;
                }
                pathStart++;
            }
            if (!mayBeOnSite(href, afterScheme, pathStart)) {
                return false;
            }
        } else {
            int colon = href.indexOf(':');
            if (colon >= 0 && colon < indexOrLength(href, '/')) {
                return false; // mailto:, javascript:, tel:, …
            }
            pathStart = 0;
        }
        int end = pathStart;
        while (end < n && href.charAt(end) != '?' && href.charAt(end) != '#') {
            end++;
        }
        if (end < n && href.charAt(end) == '?' && queryHasDigits(href, end + 1)) {
            return true; // an id may sit in the query; the full check reads it
        }
        int segStart = pathStart;
        int previousYearEnd = -1;
        int monthAfterYearEnd = -1;
        for (int i = pathStart; i <= end; i++) {
            if (i < end && href.charAt(i) != '/') {
                continue;
            }
            if (i > segStart) {
                if (monthAfterYearEnd >= 0) {
                    return true; // something after "/<year>/<month>/"
                }
                if (segmentHasEvidence(href, segStart, i)) {
                    return true;
                }
                if (previousYearEnd == segStart - 1 && isMonth(href, segStart, i)) {
                    monthAfterYearEnd = i;
                }
                previousYearEnd = isYear(href, segStart, i) ? i : -1;
            }
            segStart = i + 1;
        }
        return false;
    }

    private static boolean queryHasDigits(String s, int from) {
        int digits = 0;
        for (int i = from; i < s.length() && s.charAt(i) != '#'; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9' && ++digits >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether the authority {@code [from, to)} may be on this site (ports and user info aside). */
    private boolean mayBeOnSite(String href, int from, int to) {
        if (siteDomain == null) {
            return true;
        }
        int end = to;
        for (int i = from; i < to; i++) {
            char c = href.charAt(i);
            if (c == '@') {
                return false; // user info in a link: a trick, not a story
            }
            if (c == ':') {
                end = i;
                break;
            }
        }
        int len = siteDomain.length();
        int start = end - len;
        if (start < from || !href.regionMatches(true, start, siteDomain, 0, len)) {
            return false;
        }
        return start == from || href.charAt(start - 1) == '.';
    }

    private static boolean segmentHasEvidence(String s, int from, int to) {
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

    private static boolean isYear(String s, int from, int to) {
        return to - from == 4 && (s.startsWith("19", from) || s.startsWith("20", from))
                && Character.isDigit(s.charAt(from + 2)) && Character.isDigit(s.charAt(from + 3));
    }

    private static boolean isMonth(String s, int from, int to) {
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

    private static boolean isYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && Character.isDigit(s.charAt(2))
                && Character.isDigit(s.charAt(3));
    }

    private static boolean isMonth(String s) {
        if (s.length() < 1 || s.length() > 2 || !Character.isDigit(s.charAt(0))
                || (s.length() == 2 && !Character.isDigit(s.charAt(1)))) {
            return false;
        }
        int m = Integer.parseInt(s);
        return m >= 1 && m <= 12;
    }

    private static boolean hasIdParameter(String query) {
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

    /** {@code href} made absolute against the page, or null when it is not an http(s) address. */
    String absolute(String href) {
        if (startsWithIgnoreCase(href, "https://") || startsWithIgnoreCase(href, "http://")) {
            return href;
        }
        if (host == null) {
            return null;
        }
        if (href.startsWith("//")) {
            return scheme + ":" + href;
        }
        if (href.charAt(0) == '/') {
            return origin + href;
        }
        if (base == null || (href.indexOf(':') >= 0 && href.indexOf(':') < indexOrLength(href, '/'))) {
            return null; // another scheme: mailto:, javascript:, whatsapp:, …
        }
        try {
            URI resolved = base.resolve(href.replace(" ", "%20"));
            String s = resolved.toString();
            return startsWithIgnoreCase(s, "http") ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int indexOrLength(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? s.length() : i;
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static boolean sameIgnoringSlash(String a, String b) {
        int la = a.endsWith("/") ? a.length() - 1 : a.length();
        int lb = b.endsWith("/") ? b.length() - 1 : b.length();
        return la == lb && a.regionMatches(0, b, 0, la);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The lower-case host of an absolute URL, without "www." and port; null when empty. */
    static String hostOf(String url, int hostStart) {
        int end = indexOfAny(url, "/?#", hostStart);
        String authority = url.substring(hostStart, end < 0 ? url.length() : end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        int colon = authority.indexOf(':');
        if (colon >= 0) {
            authority = authority.substring(0, colon);
        }
        String h = authority.toLowerCase(Locale.ROOT);
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        return h.isEmpty() ? null : h;
    }

    /**
     * The part of a host that names the site: the last two labels, or three under a short
     * second-level label ("co.uk", "com.au"), so "edition.example.com" and "example.com" match.
     */
    static String siteDomain(String host) {
        int last = host.lastIndexOf('.');
        if (last <= 0) {
            return host;
        }
        int second = host.lastIndexOf('.', last - 1);
        if (second < 0) {
            return host;
        }
        String sld = host.substring(second + 1, last);
        boolean shortSecondLevel = host.length() - last - 1 == 2 && sld.length() <= 3;
        if (shortSecondLevel) {
            int third = host.lastIndexOf('.', second - 1);
            return host.substring(third + 1);
        }
        return host.substring(second + 1);
    }
}
