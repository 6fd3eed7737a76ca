package dev.newsbite.listing;

import java.net.URI;
import java.util.Locale;

/**
 * Tells the addresses of stories on one site from the rest: same site (subdomains included), not
 * the page itself, and a story's shape ({@link PathShape}). Cheap string work first;
 * {@link URI} only for the rare path-relative forms.
 *
 * <p>Immutable: one per page.
 */
final class StoryUrls {
    static final int MAX_URL_CHARS = 2_048;

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
        return PathShape.looksLikeStory(path, query) ? abs : null;
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
        if (end < n && href.charAt(end) == '?' && PathShape.queryHasDigits(href, end + 1)) {
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
                if (PathShape.segmentHasEvidence(href, segStart, i)) {
                    return true;
                }
                if (previousYearEnd == segStart - 1 && PathShape.isMonth(href, segStart, i)) {
                    monthAfterYearEnd = i;
                }
                previousYearEnd = PathShape.isYear(href, segStart, i) ? i : -1;
            }
            segStart = i + 1;
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
