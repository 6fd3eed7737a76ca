package dev.newsbite.content;

import dev.newsbite.rules.BoilerplateRules;
import dev.newsbite.model.Figure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads images and their words: the best URL of each image (lazy attributes, the largest srcset
 * candidate, noscript copies; placeholders ignored), and a caption split from its credit.
 */
final class Figures {
    private static final int MAX_IMAGES_PER_FIGURE = 20;
    private static final int MAX_SRCSET_CHARS = 4096;

    private Figures() {
    }

    /** Every image URL under {@code e} (e itself included), best first, without repeats. */
    static List<String> imageUrls(Element e) {
        Set<String> urls = new LinkedHashSet<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (urls.size() < MAX_IMAGES_PER_FIGURE && node instanceof Element img
                        && (img.nameIs("img") || img.nameIs("source"))) {
                    String url = imageUrl(img);
                    if (url != null) {
                        urls.add(url);
                    }
                }
            }
        }, e);
        return new ArrayList<>(urls);
    }

    /** The best address of one image element, or null when it has only a placeholder. */
    static String imageUrl(Element img) {
        for (String attr : new String[] {"data-srcset", "srcset"}) {
            String best = largestFromSrcset(img, img.attr(attr));
            if (best != null) {
                return best;
            }
        }
        for (String attr : new String[] {"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url",
            "data-hi-res-src", "src"}) {
            String v = img.attr(attr).strip();
            if (usable(v)) {
                String abs = absolute(img, v);
                if (abs != null && !isTracker(img, abs)) {
                    return abs;
                }
            }
        }
        return null;
    }

    private static String largestFromSrcset(Element img, String srcset) {
        if (srcset.isBlank()) {
            return null;
        }
        if (srcset.length() > MAX_SRCSET_CHARS) {
            srcset = srcset.substring(0, MAX_SRCSET_CHARS);
        }
        String best = null;
        double bestSize = -1;
        for (String candidate : srcset.split(",\\s+|,(?=\\S+\\s+\\d)")) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts.length == 0 || !usable(parts[0])) {
                continue;
            }
            double size = 1;
            if (parts.length > 1) {
                String d = parts[1];
                try {
                    size = Double.parseDouble(d.substring(0, Math.max(0, d.length() - 1)));
                    if (d.endsWith("x")) {
                        size *= 1000; // density descriptors rank above nothing, below real widths rarely mixed
                    }
                } catch (NumberFormatException ex) {
                    size = 1;
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = parts[0];
            }
        }
        return best == null ? null : absolute(img, best);
    }

    private static boolean usable(String v) {
        return !v.isEmpty() && !v.startsWith("data:") && !v.startsWith("javascript:") && !v.startsWith("about:")
                && !v.startsWith("{");
    }

    private static boolean isTracker(Element img, String url) {
        return "1".equals(img.attr("width")) && "1".equals(img.attr("height"))
                || url.contains("spacer.gif") || url.contains("blank.gif") || url.contains("pixel.gif")
                || url.contains("transparent.gif") || url.contains("placeholder");
    }

    private static String absolute(Element img, String url) {
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return url;
        }
        String base = img.baseUri();
        String abs = base.isEmpty() ? url : StringUtil.resolve(base, url);
        return abs.isEmpty() ? null : abs;
    }

    /**
     * A figure from an element holding images and (maybe) a caption: caption and credit kept
     * apart, each once. {@code captionEl} may be null.
     */
    static Figure figure(List<String> images, String alt, Element captionEl) {
        if (captionEl == null) {
            return new Figure(images, alt, null, null);
        }
        String[] cc = captionAndCredit(captionEl);
        return new Figure(images, alt, cc[0], cc[1]);
    }

    /** {caption, credit} of a caption element; either may be null. */
    static String[] captionAndCredit(Element captionEl) {
        StringBuilder caption = new StringBuilder();
        StringBuilder credit = new StringBuilder();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            int creditDepth = -1;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && creditDepth < 0 && el != captionEl
                        && (BoilerplateRules.classBits(el) & BoilerplateRules.CREDIT) != 0) {
                    creditDepth = depth;
                } else if (node instanceof TextNode t) {
                    (creditDepth >= 0 ? credit : caption).append(t.getWholeText());
                } else if (node instanceof Element el && el.nameIs("br")) {
                    (creditDepth >= 0 ? credit : caption).append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (depth == creditDepth) {
                    creditDepth = -1;
                    caption.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, captionEl);
        String cap = normalise(caption.toString());
        String cred = normalise(credit.toString());
        if (cred.isEmpty()) {
            Matcher m = BoilerplateRules.CREDIT_TAIL.matcher(cap);
            if (m.find()) {
                String found = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                cred = found.strip();
                cap = cap.substring(0, m.start()).strip();
                if (cred.startsWith("/") || cred.startsWith("|")) {
                    cred = cred.substring(1).strip();
                }
            }
        }
        return new String[] {cap.isEmpty() ? null : cap, cred.isEmpty() ? null : cred};
    }

    /** Whitespace runs (no-break and zero-width spaces included) to one space, ends trimmed. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
