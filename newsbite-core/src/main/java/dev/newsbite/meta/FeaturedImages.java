package dev.newsbite.meta;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The featured image CMSs print above a story (WordPress's post thumbnail, Drupal's image field, a
 * large figure between the headline and the first paragraph): the lead image of pages that name
 * none in their metadata. Asked only about img elements, so it may look at a few ancestors.
 */
final class FeaturedImages {
    /** Ancestors looked at for a featured-image wrapper or a figure. */
    private static final int MAX_DEPTH = 3;
    /** A plain figure's image narrower than this (when it says) is an icon or a thumbnail. */
    private static final int MIN_WIDTH = 400;
    private static final int MAX_SRCSET_CHARS = 4000;
    private static final String[] LAZY_SOURCES = {"data-src", "data-lazy-src", "data-original", "data-srcset",
        "data-lazy-srcset"};
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private FeaturedImages() {
    }

    /**
     * The image's source when it is a featured image; null otherwise. {@code leadPosition}: the img
     * comes after the headline and before the story's first paragraph, where a plain figure leads.
     */
    static String source(Element img, boolean leadPosition) {
        boolean featured = img.hasClass("wp-post-image");
        boolean inFigure = false;
        Element a = img.parent();
        for (int depth = 0; a != null && depth < MAX_DEPTH && !featured; depth++, a = a.parent()) {
            String cls = a.className();
            featured = cls.contains("post-thumbnail") || cls.contains("field--name-field-image");
            inFigure |= a.normalName().equals("figure");
        }
        if (!featured && !(inFigure && leadPosition && wideEnough(img))) {
            return null;
        }
        return bestSource(img);
    }

    private static boolean wideEnough(Element img) {
        String width = img.attr("width").strip();
        if (width.isEmpty() || width.length() > 5) {
            return width.isEmpty();
        }
        for (int i = 0; i < width.length(); i++) {
            if (!Character.isDigit(width.charAt(i))) {
                return true;
            }
        }
        return Integer.parseInt(width) >= MIN_WIDTH;
    }

    /** The lazy source when there is one, else the widest srcset candidate, else src; never a data: URI. */
    static String bestSource(Element img) {
        for (String key : LAZY_SOURCES) {
            String v = img.attr(key).strip();
            if (!v.isEmpty()) {
                String url = key.endsWith("srcset") ? widest(v) : v;
                if (usable(url)) {
                    return url;
                }
            }
        }
        String srcset = img.attr("srcset").strip();
        if (!srcset.isEmpty()) {
            String url = widest(srcset);
            if (usable(url)) {
                return url;
            }
        }
        String src = img.attr("src").strip();
        return usable(src) ? src : null;
    }

    /** The candidate with the largest width descriptor in a srcset; the first when none says. */
    static String widest(String srcset) {
        String s = srcset.length() > MAX_SRCSET_CHARS ? srcset.substring(0, MAX_SRCSET_CHARS) : srcset;
        String best = null;
        int bestWidth = -1;
        for (String item : s.split(",")) {
            String[] parts = WHITESPACE.split(item.strip());
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            int w = 0;
            if (parts.length > 1) {
                String d = parts[1];
                if (d.length() > 1 && d.length() <= 6 && (d.endsWith("w") || d.endsWith("W"))
                        && d.chars().limit(d.length() - 1).allMatch(Character::isDigit)) {
                    w = Integer.parseInt(d.substring(0, d.length() - 1));
                }
            }
            if (w > bestWidth) {
                best = parts[0];
                bestWidth = w;
            }
        }
        return best;
    }

    private static boolean usable(String url) {
        return url != null && !url.isEmpty() && !url.regionMatches(true, 0, "data:", 0, 5);
    }
}
