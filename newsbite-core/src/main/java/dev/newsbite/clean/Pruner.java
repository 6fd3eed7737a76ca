package dev.newsbite.clean;

import static dev.newsbite.rules.BoilerplateRules.DROP_ROLES;
import static dev.newsbite.rules.BoilerplateRules.DROP_TAGS;
import static dev.newsbite.rules.BoilerplateRules.MAX_ATTRIBUTE_CHARS;

import dev.newsbite.rules.BoilerplateRules;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Judges one element on its own: is it never article text (dropped), furniture by its name
 * (always or likely), or neutral. Looks only at the element's tag and attributes, never at its
 * subtree, so a walk over the page can call it once per element.
 */
public final class Pruner {
    /** What an element is, judged by its tag and attributes. */
    public enum Verdict {
        /** Not text at all (scripts, hidden, navigation): removed from the page. */
        DROP,
        /** Reader comments: always skipped. */
        COMMENTS,
        /** Named as furniture (share bar, related, newsletter): skipped unless relaxing. */
        FURNITURE,
        /** Named like furniture ("header", "meta"): skipped unless it holds most of the text. */
        LIKELY_FURNITURE,
        NEUTRAL
    }

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    /** Players and posts worth keeping as embeds; other frames are ads and widgets. */
    public static final Pattern EMBED_SOURCE = Pattern.compile(
            "youtube\\.com|youtube-nocookie\\.com|youtu\\.be|vimeo\\.com|dailymotion\\.com|player\\.|"
            + "/embed|/player|video|twitter\\.com|x\\.com/|instagram\\.com|facebook\\.com/plugins/(?:post|video)|"
            + "tiktok\\.com|soundcloud\\.com|spotify\\.com|brightcove|jwplayer|datawrapper|flourish|"
            + "google\\.com/maps|infogram|scribd|podcasts?\\.");

    private Pruner() {
    }

    public static Verdict judge(Element e) {
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)) {
            return Verdict.DROP;
        }
        if (tag.equals("iframe")) {
            return EMBED_SOURCE.matcher(cap(frameSource(e))).find() ? Verdict.NEUTRAL : Verdict.DROP;
        }
        if (tag.equals("noscript")) {
            // A <noscript><img></noscript> is often the only real copy of a lazy image.
            return holdsImageNear(e) ? Verdict.NEUTRAL : Verdict.DROP;
        }
        if (e.attributesSize() == 0) {
            return Verdict.NEUTRAL;
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) || hiddenByStyle(e)) {
            return Verdict.DROP;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && DROP_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return Verdict.DROP;
        }
        if (tag.equals("body") || tag.equals("article") || tag.equals("main")
                || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            return Verdict.NEUTRAL;
        }
        int bits = BoilerplateRules.classBits(e);
        if (bits == 0) {
            return tag.equals("header") ? Verdict.LIKELY_FURNITURE : Verdict.NEUTRAL;
        }
        if ((bits & (BoilerplateRules.BODY | BoilerplateRules.EMBED)) != 0) {
            return Verdict.NEUTRAL;
        }
        if ((bits & BoilerplateRules.COMMENTS) != 0) {
            return Verdict.COMMENTS;
        }
        if ((bits & BoilerplateRules.FURNITURE) != 0) {
            return Verdict.FURNITURE;
        }
        if (tag.equals("header")
                || (bits & BoilerplateRules.LIKELY) != 0 && (bits & BoilerplateRules.CONTENT) == 0) {
            return Verdict.LIKELY_FURNITURE;
        }
        return Verdict.NEUTRAL;
    }

    /** The frame's address, lazy attributes included. */
    public static String frameSource(Element e) {
        String src = e.attr("src");
        if (src.isEmpty() || src.startsWith("about:")) {
            src = e.attr("data-src");
        }
        if (src.isEmpty()) {
            src = e.attr("data-lazy-src");
        }
        return src;
    }

    /** An img among the first few nodes below {@code e}: bounded, so nested noscripts stay linear. */
    private static boolean holdsImageNear(Element e) {
        return e.stream().limit(32).anyMatch(d -> d.nameIs("img"));
    }

    private static boolean hiddenByStyle(Element e) {
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = cap(style).toLowerCase(Locale.ROOT);
        return (s.contains("none") || s.contains("hidden")) && HIDDEN_STYLE.matcher(s).find();
    }

    private static String cap(String s) {
        return s.length() > MAX_ATTRIBUTE_CHARS ? s.substring(0, MAX_ATTRIBUTE_CHARS) : s;
    }
}
