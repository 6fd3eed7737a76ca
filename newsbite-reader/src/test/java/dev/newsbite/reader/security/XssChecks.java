package dev.newsbite.reader.security;

import dev.newsbite.reader.view.Pages;
import dev.newsbite.render.HtmlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What must never be in an HTML page NewsBite sends, read as the browser would parse it: each
 * method returns the violations found (empty when clean), named so a failure says where.
 */
final class XssChecks {
    /** Elements that run, load or submit something; none may appear. */
    private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "base", "link", "portal", "svg", "math", "template", "noscript", "xmp", "noembed",
            "noframes", "video", "audio", "source", "track", "input", "button", "select", "textarea", "keygen",
            "isindex", "details", "marquee", "image", "area", "map", "picture", "param", "plaintext", "listing");
    private static final String OWN_FORMS = "form.read-form[action=/read], form.read-form[action=/search]";
    /** A data: URL that is only a picture. */
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(?:png|jpe?g|gif|webp|avif);base64,.*");
    /** What a browser ignores inside a URL before looking at its scheme: whitespace and control characters. */
    private static final Pattern URL_NOISE = Pattern.compile("[\\x00-\\x20\\x7f]");
    /** Attributes a browser reads as an address. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
            "poster", "data", "background", "cite", "longdesc", "lowsrc", "dynsrc", "ping", "xlink:href", "code",
            "codebase", "archive", "usemap", "manifest", "icon", "profile", "classid", "content", "itemtype");
    private static final Set<String> OWN_META_CSP = Set.of(Pages.META_CONTENT_SECURITY_POLICY,
            HtmlRenderer.CONTENT_SECURITY_POLICY);

    private XssChecks() {
    }

    /** A reader HTML page (or fragment): only the markup NewsBite itself writes. */
    static List<String> readerHtml(String where, String html) {
        List<String> bad = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            boolean ownAlternate = tag.equals("link") && e.attr("rel").equals("alternate")
                    && e.attr("href").startsWith("/") && !e.attr("href").startsWith("//");
            if (FORBIDDEN_TAGS.contains(tag) && !ownAlternate) {
                // The reader's own forms: the address box (a GET form to /read) and the search form (/search).
                boolean ownForm = (tag.equals("input") || tag.equals("button") || tag.equals("select"))
                        && !e.parents().select(OWN_FORMS).isEmpty();
                if (!ownForm && !ownBiteBox(e)) {
                    bad.add(where + ": <" + tag + "> " + abbreviated(e.outerHtml()));
                }
            }
            if (tag.equals("form") && !(e.hasClass("read-form") && ("/read".equals(e.attr("action"))
                    || "/search".equals(e.attr("action"))) && !e.attr("method").equalsIgnoreCase("post"))) {
                bad.add(where + ": a form that is not the reader's own: " + abbreviated(e.outerHtml()));
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv")
                    && !(e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")
                            && OWN_META_CSP.contains(e.attr("content")))) {
                bad.add(where + ": " + abbreviated(e.outerHtml()));
            }
            if (tag.equals("style") && !e.parent().normalName().equals("head")) {
                bad.add(where + ": a <style> outside the page's head");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = URL_NOISE.matcher(a.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    bad.add(where + ": event attribute " + name + " on <" + tag + ">");
                }
                if (name.equals("style") || name.equals("srcdoc") || name.equals("formaction") || name.contains(":")) {
                    bad.add(where + ": attribute " + name + " on <" + tag + ">");
                }
                if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("livescript:")
                        || value.startsWith("data:") && !DATA_IMAGE.matcher(value).matches()
                        || name.equals("content") && value.contains("url="))) {
                    bad.add(where + ": " + name + "=\"" + abbreviated(a.getValue()) + "\" on <" + tag + ">");
                }
            }
        }
        return bad;
    }

    /**
     * The reader's own "In brief" box: a {@code <details class="bite">} straight inside the page's
     * main element (never inside the article, whose markup comes from the page), with no attribute
     * but its class and {@code open}. Event attributes are still caught by the attribute checks.
     */
    private static boolean ownBiteBox(Element e) {
        return e.normalName().equals("details") && e.className().equals("bite") && e.parent() != null
                && e.parent().normalName().equals("main")
                && e.parents().stream().noneMatch(p -> p.normalName().equals("article"))
                && e.attributes().asList().stream()
                        .allMatch(a -> a.getKey().equals("class") || a.getKey().equals("open"));
    }

    /**
     * A text, Markdown or JSON answer, as a browser would read it if it were ever taken for HTML:
     * not one element may come out of it.
     */
    static List<String> inertAsHtml(String where, String body) {
        List<String> bad = new ArrayList<>();
        Document doc = Jsoup.parse(body);
        for (Element e : doc.getAllElements()) {
            if (!Set.of("#root", "html", "head", "body").contains(e.normalName())) {
                bad.add(where + ": read as HTML it makes <" + e.normalName() + "> " + abbreviated(e.outerHtml()));
            }
        }
        return bad;
    }

    static String abbreviated(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 160 ? one : one.substring(0, 157) + "...";
    }
}
