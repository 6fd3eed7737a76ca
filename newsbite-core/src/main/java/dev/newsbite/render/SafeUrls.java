package dev.newsbite.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which URLs from a page may become a link or an image in our output. Page data is hostile: only
 * web addresses ({@code http:}, {@code https:}) survive, plus inline raster images for {@code src}.
 * Everything else ({@code javascript:}, {@code vbscript:}, {@code file:}, {@code data:} text, …)
 * is dropped rather than repaired.
 */
final class SafeUrls {
    /** Longer addresses are junk or an attack; no real story link comes near this. */
    static final int MAX_URL_CHARS = 4_096;
    /** Inline images beyond this are not worth carrying into a reader page. */
    static final int MAX_DATA_IMAGE_CHARS = 200_000;

    private static final Pattern WEB = Pattern.compile("https?://[^\\s/?#\\\\]+[^\\s]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_IMAGE = Pattern.compile(
            "data:image/(?:png|jpe?g|gif|webp|avif);base64,[A-Za-z0-9+/=]+", Pattern.CASE_INSENSITIVE);
    /** A path, query or fragment on the reader's own site, as a link rewriter may produce. */
    private static final Pattern LOCAL = Pattern.compile("(?:/(?![/\\\\])|[?#])[^\\s]*");

    private SafeUrls() {
    }

    /** {@code url} when it is an absolute http(s) address, else null. */
    static String webOrNull(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.isEmpty() || u.length() > MAX_URL_CHARS || hasControl(u) || !WEB.matcher(u).matches()) {
            return null;
        }
        return u;
    }

    /** {@code url} when it may be an image source: a web address or an inline raster image. */
    static String imageOrNull(String url) {
        String web = webOrNull(url);
        if (web != null) {
            return web;
        }
        if (url == null) {
            return null;
        }
        String u = url.strip();
        if (u.length() <= MAX_DATA_IMAGE_CHARS && u.regionMatches(true, 0, "data:image/", 0, 11)
                && DATA_IMAGE.matcher(u).matches()) {
            return u;
        }
        return null;
    }

    /**
     * What a link rewriter returned, when it is still safe: a web address or a path/query on the
     * reader's own site. A rewriter cannot smuggle in {@code javascript:}.
     */
    static String rewrittenOrNull(String href) {
        String web = webOrNull(href);
        if (web != null) {
            return web;
        }
        if (href == null) {
            return null;
        }
        String h = href.strip();
        if (h.isEmpty() || h.length() > MAX_URL_CHARS || hasControl(h) || !LOCAL.matcher(h).matches()) {
            return null;
        }
        return h;
    }

    /** The host of an http(s) URL without a leading "www.", or null. */
    static String hostOf(String url) {
        String web = webOrNull(url);
        if (web == null) {
            return null;
        }
        int start = web.indexOf("//") + 2;
        int end = start;
        while (end < web.length() && "/?#".indexOf(web.charAt(end)) < 0) {
            end++;
        }
        String host = web.substring(start, end);
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        return host.isEmpty() ? null : host;
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
