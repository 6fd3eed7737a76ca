package dev.newsbite.listing;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Where on a page a link sits: site furniture (navigation, menus, page header and footer, share
 * bars, tag lists, comments, ads) and recommendation rails ("related", "most read", "trending",
 * sponsored widgets) hold links to stories that are not the page's own list. A teaser card's own
 * {@code <header>}/{@code <footer>} inside an {@code <article>} is not furniture.
 *
 * <p>Class and id values are cut into lower-case words at spaces, "-", "_" and case changes are
 * ignored; a word, or two or three neighbouring words run together ("most-read" → "mostread"),
 * is looked up in a set. No regular expression runs per element.
 */
final class PageZones {
    /** Deeper than this, a link's surroundings are not worth reading (hostile nesting). */
    static final int MAX_ANCESTORS = 48;
    /** Class/id values longer than this are not read (they are generated noise or an attack). */
    static final int MAX_NAMES_CHARS = 400;

    static final Set<String> FURNITURE_WORDS = Set.of(
            // navigation and menus
            "nav", "navbar", "navigation", "menu", "menus", "megamenu", "submenu", "dropdown", "breadcrumb",
            "breadcrumbs", "masthead", "sitemap", "skiplink", "skiplinks", "offcanvas", "drawer", "toolbar",
            "siteheader", "globalheader", "pageheader", "topbar",
            // page footer
            "footer", "sitefooter", "globalfooter", "colophon",
            // sharing, accounts, tags
            "social", "share", "sharing", "sharebar", "sharetools", "login", "signin", "subscribe",
            "subscription", "newsletter", "cookie", "cookies", "consent", "paywall", "pagination", "pager",
            "tags", "taglist", "keywords", "topics", "comment", "comments",
            // recommendation rails and ads
            "related", "recommended", "recommendations", "popular", "mostread", "mostpopular", "mostviewed",
            "mostshared", "mostcommented", "trending", "readnext", "upnext", "morestories", "morenews",
            "morefrom", "youmaylike", "youmayalsolike", "alsolike", "outbrain", "taboola", "sponsored",
            "promoted", "partner", "partners", "ad", "ads", "advert", "adverts", "advertisement", "modal",
            "recirc", "recirculation", "recommends", "topposts", "recentposts", "popularposts", "sidebar",
            "rail", "siderail", "rightrail", "leftrail");

    private PageZones() {
    }

    /** Whether {@code link} sits in site furniture or a recommendation rail. */
    static boolean inFurniture(Element link) {
        return inFurniture(link, new IdentityHashMap<>());
    }

    /**
     * As {@link #inFurniture(Element)}, remembering in {@code named} which elements' own names
     * mark furniture: links share ancestors, so a page's class names are read once.
     */
    static boolean inFurniture(Element link, Map<Element, Boolean> named) {
        boolean pendingHeaderOrFooter = false;
        int depth = 0;
        for (Element el = link; el != null && depth < MAX_ANCESTORS; el = el.parent(), depth++) {
            switch (el.normalName()) {
                case "nav", "menu", "form", "dialog", "aside" -> {
                    return true;
                }
                case "header", "footer" -> pendingHeaderOrFooter = true;
                case "article" -> pendingHeaderOrFooter = false;
                case "body", "html" -> {
                    return pendingHeaderOrFooter;
                }
                default -> {
                }
            }
            if (el.attributesSize() == 0) {
                continue;
            }
            Boolean known = named.get(el);
            if (known == null) {
                known = namesFurniture(el);
                named.put(el, known);
            }
            if (known) {
                return true;
            }
            if (isWholeName(el.className(), "header")) {
                pendingHeaderOrFooter = true;
            }
        }
        return pendingHeaderOrFooter;
    }

    private static boolean namesFurniture(Element el) {
        String role = el.attr("role");
        if (!role.isEmpty() && (role.equals("navigation") || role.equals("menu") || role.equals("menubar")
                || role.equals("banner") || role.equals("contentinfo") || role.equals("dialog"))) {
            return true;
        }
        return names(el.className(), FURNITURE_WORDS, true) || names(el.id(), FURNITURE_WORDS, true);
    }

    /**
     * Whether a class or id value holds one of {@code words}, alone or as two or three neighbouring
     * words run together. Words break at anything but ASCII letters and digits.
     */
    static boolean names(String value, Set<String> words) {
        return names(value, words, false);
    }

    /** As {@link #names(String, Set)}; with {@code navSuffixes}, "mainnav" and "topmenu" count too. */
    static boolean names(String value, Set<String> words, boolean navSuffixes) {
        int n = value.length();
        if (n == 0 || n > MAX_NAMES_CHARS) {
            return false;
        }
        String prev2 = null;
        String prev1 = null;
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(value.charAt(i))) {
                if (Character.isWhitespace(value.charAt(i))) {
                    prev1 = null; // words of different class names do not run together
                    prev2 = null;
                }
                i++;
            }
            int start = i;
            while (i < n && isWordChar(value.charAt(i))) {
                i++;
                if (i < n && Character.isUpperCase(value.charAt(i)) && Character.isLowerCase(value.charAt(i - 1))) {
                    break;
                }
            }
            if (start == i) {
                break;
            }
            String word = value.substring(start, i).toLowerCase(java.util.Locale.ROOT);
            if (words.contains(word) || (navSuffixes && (word.endsWith("nav") || word.endsWith("menu")))
                    || (prev1 != null && words.contains(prev1 + word))
                    || (prev2 != null && words.contains(prev2 + prev1 + word))) {
                return true;
            }
            prev2 = prev1;
            prev1 = word;
        }
        return false;
    }

    /** Letters and digits; a lower-to-upper case change ("relatedLink") also ends a word. */
    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isWholeName(String classAttr, String name) {
        int at = classAttr.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            boolean startOk = at == 0 || Character.isWhitespace(classAttr.charAt(at - 1));
            boolean endOk = end == classAttr.length() || Character.isWhitespace(classAttr.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = classAttr.indexOf(name, end);
        }
        return false;
    }
}
