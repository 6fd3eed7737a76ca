package dev.newsbite.clean;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * AMP pages use their own elements for pictures and players ({@code amp-img}, {@code amp-youtube},
 * {@code amp-iframe}). Renaming them to the HTML elements they stand for, with the address they
 * imply, lets every later stage read them as it reads any page. AMP's ad, analytics and share
 * elements are dropped by {@link dev.newsbite.rules.BoilerplateRules#DROP_TAGS}.
 */
public final class AmpElements {
    /** Ids put into a player's address: short tokens only, so an attribute cannot build a path. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private AmpElements() {
    }

    /** True when {@code tag} is an AMP element ("amp-…"); a cheap test, run on every element. */
    public static boolean isAmp(String tag) {
        return tag.length() > 4 && tag.charAt(3) == '-' && tag.startsWith("amp-");
    }

    /** Renames {@code e} in place when it is an AMP picture or player we can read. */
    public static void normalise(Element e) {
        switch (e.normalName()) {
            case "amp-img", "amp-anim" -> e.tagName("img");
            case "amp-video" -> e.tagName("video");
            case "amp-iframe" -> e.tagName("iframe");
            // A slideshow of pictures: a box of images like any gallery's div.
            case "amp-carousel" -> e.tagName("div");
            case "amp-youtube" -> player(e, "data-videoid", "https://www.youtube.com/embed/");
            case "amp-vimeo" -> player(e, "data-videoid", "https://player.vimeo.com/video/");
            case "amp-dailymotion" -> player(e, "data-videoid", "https://www.dailymotion.com/embed/video/");
            case "amp-soundcloud" -> player(e, "data-trackid", "https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/");
            default -> {
            }
        }
    }

    private static void player(Element e, String idAttribute, String prefix) {
        String id = e.attr(idAttribute).strip();
        if (!ID.matcher(id).matches()) {
            return;
        }
        e.tagName("iframe");
        e.attr("src", prefix + id);
    }
}
