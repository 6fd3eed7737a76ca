package dev.newsbite.listing;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where on a page a link sits: site furniture (navigation, menus, page header and footer, share
 * bars, tag lists, comments, ads) and recommendation rails ("related", "most read", "trending",
 * sponsored widgets) hold links to stories that are not the page's own list. A teaser card's own
 * {@code <header>}/{@code <footer>} inside an {@code <article>} is not furniture.
 */
final class PageZones {
    /** Deeper than this, a link's surroundings are not worth reading (hostile nesting). */
    static final int MAX_ANCESTORS = 48;

    /** Class or id words (between start/end, spaces, "-" and "_") that mark furniture and rails. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:^|[\\s_-])(?:nav|navbar|navigation|menu|menus|megamenu|submenu|dropdown|breadcrumbs?|masthead"
                    + "|footer|sitefooter|skiplinks?|sitemap|social|share|sharing|sharebar|sharetools|login|signin"
                    + "|subscribe|subscription|newsletter|cookies?|consent|paywall|pagination|pager|tags|taglist"
                    + "|keywords|topics|related|recommended|recommendations|popular|mostread|mostpopular|trending"
                    + "|readnext|outbrain|taboola|sponsored|promoted|partners?|comments?|ad|ads|advert|advertisement"
                    + "|toolbar|offcanvas|drawer|modal)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /** Two-word names that the single-word list cannot see ("most-read", "read-next", "more-stories"). */
    private static final Pattern FURNITURE_PHRASES = Pattern.compile(
            "most[_-]?(?:read|popular|viewed|shared|commented)|read[_-]?next|more[_-](?:stories|news|from)"
                    + "|you[_-]?may[_-]?(?:also[_-]?)?like|site[_-]?header|global[_-]?header|page[_-]?header",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_WORD = Pattern.compile("(?:^|\\s)header(?:$|\\s)", Pattern.CASE_INSENSITIVE);

    private PageZones() {
    }

    /** Whether {@code link} sits in site furniture or a recommendation rail. */
    static boolean inFurniture(Element link) {
        boolean pendingHeaderOrFooter = false;
        int depth = 0;
        for (Element el = link; el != null && depth < MAX_ANCESTORS; el = el.parent(), depth++) {
            String tag = el.normalName();
            switch (tag) {
                case "nav", "menu", "form", "dialog" -> {
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
            String role = el.attr("role");
            if (!role.isEmpty() && (role.equals("navigation") || role.equals("menu") || role.equals("menubar")
                    || role.equals("banner") || role.equals("contentinfo") || role.equals("dialog"))) {
                return true;
            }
            String cls = el.className();
            String id = el.id();
            if (marks(cls) || marks(id)) {
                return true;
            }
            if (HEADER_WORD.matcher(cls).find()) {
                pendingHeaderOrFooter = true;
            }
        }
        return pendingHeaderOrFooter;
    }

    private static boolean marks(String names) {
        return !names.isEmpty() && names.length() < 512
                && (FURNITURE.matcher(names).find() || FURNITURE_PHRASES.matcher(names).find());
    }
}
