package dev.newsbite.reader.view;

import dev.newsbite.reader.address.ReaderAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which links on a reader page keep the person inside NewsBite. A link to another web page (an
 * http(s) address whose path does not name a file of some other kind) is read through the reader;
 * a link to a PDF, an image, a sound, a feed, an archive, or anything that is not http(s) goes to
 * where it points, since the reader could only answer "not an article" for it.
 *
 * <p>Stateless and thread-safe.
 */
final class ReaderLinks {
    /** No real link comes near this; longer ones are left as they are. */
    private static final int MAX_URL_CHARS = 4_096;
    /** Extensions of files that are not pages: the reader cannot turn them into an article. */
    private static final Set<String> NOT_PAGES = Set.of(
            "pdf", "jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "ico", "heic",
            "mp3", "m4a", "aac", "ogg", "oga", "opus", "wav", "flac", "mp4", "m4v", "mov", "webm", "ogv", "avi",
            "wmv", "mkv", "m3u8", "zip", "gz", "tgz", "tar", "rar", "7z", "bz2", "xz", "doc", "docx", "xls",
            "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "csv", "txt", "md", "json", "xml", "rss", "atom",
            "ics", "vcf", "epub", "mobi", "exe", "dmg", "apk", "msi", "iso", "deb", "rpm", "css", "js", "woff",
            "woff2", "ttf", "otf");
    /** Longer "extensions" are a dotted slug ("version-2.0-released"), not a file type. */
    private static final int MAX_EXTENSION_CHARS = 5;

    private ReaderLinks() {
    }

    /**
     * Where a link to {@code href} (an absolute URL from the page) should point on a reader page:
     * its reader path when it is a web page, else {@code href} itself.
     */
    static String hrefFor(String href) {
        if (href == null || href.length() > MAX_URL_CHARS || !isWebPage(href)) {
            return href;
        }
        return ReaderAddress.pathFor(href).orElse(href);
    }

    /** True for an absolute http(s) URL with a host whose path does not end in a non-page file. */
    static boolean isWebPage(String href) {
        URI uri;
        try {
            uri = new URI(href.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return false;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash || path.length() - dot - 1 > MAX_EXTENSION_CHARS) {
            return true;
        }
        return !NOT_PAGES.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
