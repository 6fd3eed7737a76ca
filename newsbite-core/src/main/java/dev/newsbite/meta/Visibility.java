package dev.newsbite.meta;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Whether a candidate element is out of sight: hidden itself or under a hidden ancestor. */
final class Visibility {
    /** Ancestors looked at for a hidden one; deeper nesting than this is no real page. */
    private static final int MAX_ANCESTORS = 200;

    private Visibility() {
    }

    /**
     * Whether the element or an ancestor is hidden (or, when asked, a figure). Checked only for
     * the few candidates found, not for every element.
     */
    static boolean hiddenOrInside(Element el, boolean orFigure) {
        int seen = 0;
        for (Element e = el; e != null && seen++ < MAX_ANCESTORS; e = e.parent()) {
            if (e.attributesSize() > 0 && isHidden(e)) {
                return true;
            }
            if (orFigure && (e.normalName().equals("figure") || e.normalName().equals("figcaption"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(Element el) {
        if (el.hasAttr("hidden") || el.attr("aria-hidden").equals("true")) {
            return true;
        }
        String style = el.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
