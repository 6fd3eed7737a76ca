package dev.newsbite.content;

import dev.newsbite.clean.Pruner;
import dev.newsbite.model.Embed;
import dev.newsbite.model.Quote;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Embedded players and posts, kept as links with a short kind word. */
final class Embeds {
    private Embeds() {
    }

    /** An embed for a player frame, or null when the frame is not one we keep. */
    static Embed fromFrame(Element frame) {
        String src = Pruner.frameSource(frame).strip();
        if (src.isEmpty() || !Pruner.EMBED_SOURCE.matcher(src).find()) {
            return null;
        }
        String url = absolute(frame, src);
        String title = frame.attr("title").strip();
        return new Embed(url, kindOf(url), title.isEmpty() ? null : title);
    }

    /** A bare player or post address alone in a figure's box, as WordPress leaves an embed it did not expand. */
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\"]{4,500}");

    /** An embed for {@code figure} when its only words (caption aside) are a player's or post's address, or null. */
    static Embed fromBareUrl(Element figure) {
        for (Element child : figure.children()) {
            if (child.nameIs("figcaption")) {
                continue;
            }
            String text = child.wholeText().strip();
            if (text.length() > 520 || !BARE_URL.matcher(text).matches()
                    || !Pruner.EMBED_SOURCE.matcher(text).find()) {
                return null;
            }
            Element caption = figure.selectFirst("figcaption");
            String title = caption == null ? "" : caption.text().strip();
            return new Embed(text, kindOf(text), title.isEmpty() ? null : title);
        }
        return null;
    }

    /** An embed for a social post quoted as a blockquote (tweet, Instagram, TikTok), or null. */
    static Embed fromBlockquote(Element quote) {
        String cls = quote.className().toLowerCase(Locale.ROOT);
        String kind = cls.contains("twitter-tweet") || cls.contains("twitter-video") ? "tweet"
                : cls.contains("instagram-media") ? "instagram"
                : cls.contains("tiktok-embed") ? "tiktok"
                : cls.contains("fb-xfbml") || cls.contains("facebook") ? "facebook"
                : null;
        if (kind == null) {
            return null;
        }
        String url = quote.attr("data-instgrm-permalink");
        if (url.isEmpty()) {
            url = quote.attr("cite");
        }
        if (url.isEmpty()) {
            // A tweet's own address is its last link (the date); earlier ones are in the text.
            var links = quote.getElementsByTag("a");
            url = links.isEmpty() ? "" : links.last().attr("href");
        }
        if (url.isEmpty()) {
            return null;
        }
        String text = MEDIA_LINK.matcher(quote.text()).replaceAll("").strip();
        if (text.length() > 280) {
            text = text.substring(0, 280);
        }
        return new Embed(absolute(quote, url), kind, text.isEmpty() ? null : text);
    }

    /** Links a post shows for its attached media ("pic.twitter.com/…", "t.co/…"): not its words. */
    private static final Pattern MEDIA_LINK = Pattern.compile(
            "\\s*(?:https?://)?(?:pic\\.twitter\\.com|pic\\.x\\.com|t\\.co)/\\S{1,40}");
    private static final int MAX_CITE_CHARS = 200;

    /**
     * The words of a quoted social post, without its media links; the signature under it ("— Name
     * (@handle) date") goes to the quote's cite. Null when the post has no words of its own.
     */
    static Quote postQuote(Element quote, Function<Element, String> flatText) {
        StringBuilder words = new StringBuilder();
        StringBuilder signature = new StringBuilder();
        for (Node child : quote.childNodes()) {
            if (child instanceof Element el && el.nameIs("p")) {
                String t = flatText.apply(el);
                if (!t.isEmpty()) {
                    words.append(words.length() > 0 ? "\n" : "").append(t);
                }
            } else if (signature.length() > MAX_CITE_CHARS * 4) {
                continue;
            } else if (child instanceof TextNode tn) {
                signature.append(tn.getWholeText());
            } else if (child instanceof Element el && !el.nameIs("script")) {
                signature.append(' ').append(el.text());
            }
        }
        String text;
        String cite;
        if (words.length() == 0) {
            // No paragraphs of its own: the whole text, its last line a signature when it is one.
            text = flatText.apply(quote);
            int cut = text.lastIndexOf('\n');
            String last = cut < 0 ? "" : text.substring(cut + 1).strip();
            if (!last.isEmpty() && (last.charAt(0) == '\u2014' || last.charAt(0) == '\u2013')) {
                text = text.substring(0, cut);
                cite = last;
            } else {
                cite = "";
            }
        } else {
            text = words.toString();
            cite = signature.toString();
        }
        text = MEDIA_LINK.matcher(text).replaceAll("").strip();
        cite = Figures.normalise(cite);
        while (!cite.isEmpty() && (cite.charAt(0) == '\u2014' || cite.charAt(0) == '\u2013' || cite.charAt(0) == '-')) {
            cite = cite.substring(1).strip();
        }
        if (cite.length() > MAX_CITE_CHARS) {
            cite = cite.substring(0, MAX_CITE_CHARS);
        }
        return text.isEmpty() ? null : new Quote(text, cite.isEmpty() ? null : cite);
    }

    private static String kindOf(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.contains("twitter.com") || u.contains("x.com/")) {
            return "tweet";
        }
        if (u.contains("instagram.com")) {
            return "instagram";
        }
        if (u.contains("soundcloud") || u.contains("spotify") || u.contains("podcast")) {
            return "audio";
        }
        if (u.contains("maps")) {
            return "map";
        }
        if (u.contains("datawrapper") || u.contains("flourish") || u.contains("infogram")) {
            return "chart";
        }
        return "video";
    }

    private static String absolute(Element e, String url) {
        if (url.startsWith("//")) {
            return "https:" + url;
        }
        String base = e.baseUri();
        String abs = base.isEmpty() ? url : StringUtil.resolve(base, url);
        return abs.isEmpty() ? url : abs;
    }
}
