package dev.newsbite.content;

import java.net.MalformedURLException;
import java.net.URL;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

/**
 * Makes a page's links absolute exactly as jsoup's {@code absUrl} does, without its cost per link:
 * jsoup re-parses the base address and runs a control-character regex over both addresses for
 * every link (a tenth of all the memory a page's extraction allocated). Here the base is parsed
 * once, and jsoup's own code takes over whenever a link is unusual (control characters, or an
 * address it cannot resolve), so the answers stay jsoup's.
 */
final class LinkResolver {
    private final String base;
    /** The parsed base, or null when it cannot be parsed or needs cleaning first (jsoup's path then). */
    private final URL baseUrl;

    private LinkResolver(String base) {
        this.base = base;
        this.baseUrl = parsed(base);
    }

    static LinkResolver against(String base) {
        return new LinkResolver(base);
    }

    String base() {
        return base;
    }

    /** What {@code link.absUrl("href")} gives. */
    String href(Element link) {
        if (!link.hasAttr("href")) {
            return "";
        }
        return absolute(link.attr("href"));
    }

    /** What jsoup's {@code StringUtil.resolve(base, relative)} gives. */
    String absolute(String relative) {
        if (baseUrl == null || hasControlChars(relative)) {
            return StringUtil.resolve(base, relative);
        }
        try {
            return StringUtil.resolve(baseUrl, relative).toExternalForm();
        } catch (MalformedURLException e) {
            return StringUtil.resolve(base, relative);
        }
    }

    private static URL parsed(String base) {
        if (hasControlChars(base)) {
            return null;
        }
        try {
            return new URL(base);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static boolean hasControlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }
}
