package dev.newsbite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.newsbite.model.Article;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every rendering of any article must satisfy, whatever the page held: each renderer
 * answers; the HTML, parsed back as a browser would, holds no script, no event handler and no
 * link or source outside http(s) (and inline raster images); the Markdown carries no raw HTML and
 * no link outside http(s); the JSON reads back into the same article.
 */
final class RenderChecks {
    /** Elements that run code, load documents or send data; none may come out of a rendering. */
    private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "form", "input", "button", "textarea", "select", "base", "link", "svg", "math",
            "noscript", "template", "video", "audio", "source", "portal");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
            "xlink:href", "poster", "background", "cite", "data", "ping");
    private static final Pattern WEB = Pattern.compile("https?://.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DATA_IMAGE = Pattern.compile("data:image/(?:png|jpe?g|gif|webp|avif);base64,[A-Za-z0-9+/=]*",
            Pattern.CASE_INSENSITIVE);
    /** A Markdown link or image destination: what follows "](" up to the closing parenthesis. */
    private static final Pattern MD_DESTINATION = Pattern.compile("\\]\\(([^)]*)\\)");

    private static final TextRenderer TEXT = new TextRenderer();
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final HtmlRenderer HTML = new HtmlRenderer();
    private static final JsonRenderer JSON = new JsonRenderer();

    private RenderChecks() {
    }

    /** Renders {@code article} in every format and checks each output. */
    static void allFormats(Article article) {
        assertNotNull(TEXT.render(article), "text rendering");
        markdown(MARKDOWN.render(article));
        String page = HTML.render(article);
        html(page, Jsoup.parse(page));
        String fragment = HTML.renderFragment(article);
        html(fragment, Jsoup.parseBodyFragment(fragment));
        assertEquals(article, JsonRenderer.read(JSON.render(article)), "the pretty JSON reads back into the same article");
        assertEquals(article, JsonRenderer.read(JSON.renderCompact(article)), "the compact JSON reads back into the same article");
    }

    static void html(String raw, Document parsed) {
        assertTrue(!raw.toLowerCase(Locale.ROOT).contains("<script"), () -> "a <script in the HTML output:\n" + raw);
        for (Element el : parsed.getAllElements()) {
            String tag = el.normalName();
            if (FORBIDDEN_TAGS.contains(tag)) {
                fail("a <" + tag + "> element in the HTML output:\n" + raw);
            }
            if (tag.equals("meta") && el.hasAttr("http-equiv")
                    && !el.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                fail("a meta http-equiv other than the CSP:\n" + el.outerHtml());
            }
            for (Attribute a : el.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    fail("an event handler attribute " + name + " in the HTML output:\n" + el.outerHtml());
                }
                if (name.equals("style") || name.equals("srcdoc") || name.equals("formaction")) {
                    fail("a " + name + " attribute in the HTML output:\n" + el.outerHtml());
                }
                if (URL_ATTRIBUTES.contains(name)) {
                    checkUrl(tag, name, a.getValue(), el);
                }
            }
        }
    }

    private static void checkUrl(String tag, String attribute, String value, Element el) {
        // As a browser reads it: surrounding whitespace and embedded tabs and line breaks do not count.
        String url = value.strip().replaceAll("[\\t\\n\\r]", "");
        boolean web = WEB.matcher(url).matches();
        boolean inlineImage = tag.equals("img") && attribute.equals("src") && DATA_IMAGE.matcher(url).matches();
        if (!web && !inlineImage) {
            fail(attribute + "=\"" + value + "\" is neither an http(s) address nor an inline image:\n" + el.outerHtml());
        }
    }

    static void markdown(String md) {
        assertNotNull(md, "Markdown rendering");
        for (int i = md.indexOf('<'); i >= 0; i = md.indexOf('<', i + 1)) {
            if (!escaped(md, i)) {
                fail("raw '<' in the Markdown at " + i + ": " + excerpt(md, i));
            }
        }
        Matcher m = MD_DESTINATION.matcher(md);
        while (m.find()) {
            if (escaped(md, m.start())) {
                continue;
            }
            String destination = m.group(1);
            if (!WEB.matcher(destination).matches() && !DATA_IMAGE.matcher(destination).matches()) {
                fail("a Markdown link to something other than http(s): " + excerpt(md, m.start()));
            }
        }
    }

    /** True when the character at {@code at} follows an odd run of backslashes. */
    private static boolean escaped(String s, int at) {
        int slashes = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private static String excerpt(String s, int at) {
        return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60));
    }
}
