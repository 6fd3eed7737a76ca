package dev.newsbite.content;

import dev.newsbite.clean.Pruner;
import dev.newsbite.model.Embed;
import java.util.Locale;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

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
        String text = quote.text().strip();
        if (text.length() > 280) {
            text = text.substring(0, 280);
        }
        return new Embed(absolute(quote, url), kind, text.isEmpty() ? null : text);
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
