package dev.newsbite.rules;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The general signals that tell an article's text from the page around it: class/id/role tokens,
 * tag groups and short-line text patterns. Kept as named data so tuning never touches control flow.
 * Every pattern is anchored or bounded (no nested quantifiers) and only ever sees capped input.
 */
public final class BoilerplateRules {
    private BoilerplateRules() {
    }

    /** Class and id strings are cut to this many characters before matching (hostile 5 MB attributes). */
    public static final int MAX_ATTRIBUTE_CHARS = 256;

    /** Tags whose subtree is never article text. */
    public static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "template", "svg", "canvas", "object", "embed", "applet", "map", "audio",
            "nav", "aside", "footer", "dialog", "menu", "input", "button", "select", "textarea", "option",
            "label", "link", "meta", "head", "title", "frameset", "frame", "area", "source", "track",
            // AMP's ads, trackers, share buttons, side menus and consent prompts: never the story.
            "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel",
            "amp-social-share", "amp-sidebar", "amp-consent", "amp-user-notification", "amp-geo",
            "amp-call-tracking", "amp-install-serviceworker");

    /** ARIA roles that mark page furniture. */
    public static final Set<String> DROP_ROLES = Set.of(
            "navigation", "menu", "menubar", "complementary", "alert", "alertdialog", "dialog", "banner",
            "contentinfo", "search", "toolbar", "tablist");

    /** Category bits of {@link #CLASS_WORDS}. */
    public static final int FURNITURE = 1;
    public static final int LIKELY = 1 << 1;
    public static final int CONTENT = 1 << 2;
    public static final int POSITIVE = 1 << 3;
    public static final int NEGATIVE = 1 << 4;
    public static final int BODY = 1 << 5;
    public static final int SOURCE = 1 << 6;
    public static final int CREDIT = 1 << 7;
    public static final int CAPTION = 1 << 8;
    public static final int COMMENTS = 1 << 9;
    public static final int EMBED = 1 << 10;
    public static final int DEK = 1 << 11;

    /**
     * Class and id words, by category. {@code =word} matches a whole word only.
     * <ul>
     *   <li>COMMENTS: reader comments, never the story, skipped even when relaxing;</li>
     *   <li>FURNITURE: furniture whatever else the element says (sharing, comments, related
     *       stories, newsletters, ads, paywalls, consent banners, author boxes, tag lists);</li>
     *   <li>LIKELY: usually furniture; kept when the element also carries a CONTENT word or holds
     *       most of the text;</li>
     *   <li>POSITIVE, NEGATIVE: Readability's class weights (+25 / -25 per attribute);</li>
     *   <li>BODY: names that say "article body" (a strong hint for the container);</li>
     *   <li>EMBED: a quoted post or player ("social-media-embed"): part of the story, never
     *       furniture, whatever else its name says;</li>
     *   <li>DEK: a standfirst under the headline (dropped from the start of the body: the
     *       metadata carries it);</li>
     *   <li>SOURCE: a syndication line's box; CREDIT: a picture credit inside a caption;
     *       CAPTION: a caption outside any figure element.</li>
     * </ul>
     */
    public static final Keywords CLASS_WORDS = Keywords.builder()
            .add(COMMENTS, "comment", "disqus", "=replies", "=respond")
            .add(FURNITURE, "share", "sharing", "social", "newsletter", "related", "recommend", "outbrain",
                    "taboola", "=adslot", "=dfp", "=gpt", "=promo", "=promos", "=sponsored", "=tag", "=tags",
                    "taglist", "tag-list", "=topics", "=keywords", "=byline", "author-bio", "author-info",
                    "about-author", "breadcrumb", "pagination", "=pager", "=subscribe", "=subscription",
                    "=signup", "sign-up", "=cookie", "cookie-", "consent", "gdpr", "=toolbar", "more-stories",
                    "read-more", "readmore", "most-popular", "=popular", "=trending", "=signin", "=login",
                    "skip-link", "=skip", "visually-hidden", "sr-only", "screen-reader-text", "=print",
                    // Pull quotes repeat the body's own sentences; a table of contents repeats its headings.
                    "pullquote", "pull-quote", "pull_quote", "=toc", "table-of-contents", "tableofcontents",
                    // A link dressed as a button is a call to act (subscribe, comment, share), not prose.
                    "button-wrapper", "=button", "=btn")
            .add(LIKELY, "-ad-", "banner", "combx", "community", "cover-wrap", "extra", "footer", "header",
                    "masthead", "legends", "menu", "remark", "rss", "shoutbox", "skyscraper",
                    "sponsor", "supplemental", "ad-break", "agegate", "yom-remote", "nav", "foot", "aside",
                    "follow", "author", "meta", "gallery-counter", "carousel", "slideshow", "video-player",
                    "teaser", "promo", "=card", "=ad", "=ads", "=adv", "=advert", "advertisement", "=popup",
                    "=modal", "=overlay", "sidebar", "=rail", "=widget", "=hidden", "paywall")
            .add(CONTENT, "article", "body", "column", "content", "main", "mathjax", "shadow", "story", "entry",
                    "post", "text",
                    // An author's notes at the end of a post: "foot" alone would call them furniture.
                    "footnote")
            .add(POSITIVE, "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
                    "text", "blog", "story")
            .add(NEGATIVE, "-ad-", "hidden", "=hid", "banner", "combx", "comment", "com-", "contact", "footer",
                    "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
                    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "newsletter",
                    "subscribe")
            .add(BODY, "articlebody", "article-body", "article_body", "article__body", "articletext",
                    "article-text", "article_text", "article-content", "article_content", "article__content",
                    "articlecontent", "story-body", "storybody", "story_body", "story-content", "story__body",
                    "entry-content", "entry_content", "post-content", "post_content", "postcontent", "post-body",
                    "post_body", "post-text", "body-text", "bodytext", "main-content", "content-body",
                    "article__text", "rich-text", "richtext", "caas-body", "text-body")
            .add(EMBED, "embed", "twitter-tweet", "instagram-media", "tiktok")
            .add(DEK, "standfirst", "subtitle", "subheadline", "sub-headline", "strapline", "=dek", "=deck")
            .add(SOURCE, "source", "syndication", "provider", "credit-line", "agency", "copyright")
            .add(CREDIT, "credit", "copyright", "photographer", "source", "byline", "attribution", "rights")
            .add(CAPTION, "caption", "credit", "photo-text", "image-text", "img-text")
            .build();

    /** The {@link #CLASS_WORDS} categories of an element's class and id together. */
    public static int classBits(org.jsoup.nodes.Element e) {
        String name = classAndId(e);
        return name.isEmpty() ? 0 : CLASS_WORDS.scan(name);
    }

    /** The {@link #CLASS_WORDS} categories of one attribute value (capped, lower-cased). */
    public static int bitsOf(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        if (value.length() > MAX_ATTRIBUTE_CHARS) {
            value = value.substring(0, MAX_ATTRIBUTE_CHARS);
        }
        return CLASS_WORDS.scan(value.toLowerCase(Locale.ROOT));
    }

    /**
     * Whole short lines that are furniture: related links, comment prompts, ads, paywall and
     * newsletter prompts, "follow us" lines, gallery counters. Matched against lines of at most
     * {@link #MAX_FURNITURE_LINE} characters, case-insensitively.
     */
    public static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?:advertisement|advertising|advert|ad|ads|sponsored|(?:this|the) (?:slideshow|gallery|video|content|feature|player) requires javascript.*|sponsored content|story continues below|"
            + "(?:the )?article continues below.*|continue reading.*|scroll to continue.*|"
            + "(?:read|see|watch|listen) (?:more|also|next|the full story).*|(?:also read|related|more|recommended|"
            + "trending|most read|most popular|related articles?|related stories|related coverage|"
            + "related content|more on this story|more from .{1,40}|read next|up next|watch|listen)\\s*[:|»>-].*|"
            + "(?:also read|related articles?|related stories|more stories|you may also like|you might also like|"
            + "recommended for you|more on this topic|trending now|most read|most popular|around the web)|"
            + "add your comment.*|join the (?:conversation|discussion|debate).*|to join the conversation.*|"
            + "(?:leave|post|write|view|show|read) (?:a |your |all )?comments?.*|\\d+ comments?|comments?|"
            + "be the first to comment.*|you are commenting as.*|"
            + "(?:subscribe|sign up|register|log in|login) (?:to|for|now|today|here).*|"
            + "(?:subscribe|subscribers?) (?:only|to continue reading).*|already a subscriber.*|"
            + "not a (?:subscriber|member) (?:yet)?.*|(?:get|enjoy|unlock|for) unlimited (?:digital )?access.*|"
            + "(?:subscribe|join) (?:now |today )?(?:from|for) (?:just |only )?[$£€]\\d.*|"
            + "(?:become|start) (?:a )?(?:subscriber|member|subscription).*|already have an account.*|"
            + "(?:subscribe|sign in|log in) to (?:keep|continue) reading.*|"
            + "follow (?:us|me|him|her|them) on .*|follow .{1,40} on (?:twitter|facebook|instagram|x)\\b.*|"
            + "like us on facebook.*|share (?:this|on) .*|share|share this|click here to .*|tap here to .*|"
            + "(?:image|photo|picture|slide) \\d+ (?:of|/) \\d+|\\d+ (?:of|/) \\d+|"
            + "we use cookies.*|this site uses cookies.*|accept cookies.*|"
            + "get (?:the|our) .{1,40}newsletter.*|sign up for .{1,60}newsletter.*|"
            + "(?:tags?|topics?|filed under|categor(?:y|ies)|see also|related roundup|buyer's guide|more about)\\s*:.*|"
            + "(?:this|the) (?:post|article|page|story) (?:may )?contains? affiliate.*|"
            + "[\\p{L} ]{1,20}:\\s*https?://\\S+|"
            + "have a (?:news |story )?tip\\b.*|got a (?:news |story )?tip\\b.*|"
            + "download (?:the|our) app.*|skip (?:to|ad).*|back to top|print|email|text size|font size|"

            + "copyright .{1,80}|©.{1,80}|all rights reserved.*|table of contents|"
            // A feed's republishing tail ("The post X appeared first on Y.").
            + "the post .{1,120} appeared first on .{1,60}|"
            + "(?:please )?enable javascript.*|loading\\.*|"
            + "(?:this|the) (?:article|story|post) (?:was|has been|is) (?:originally )?(?:published|updated|"
            + "written|produced|amended|corrected)? ?(?:on|at|by|in)? .{0,80})[.!]?");

    /** Lines longer than this are never judged by {@link #FURNITURE_LINE}. */
    public static final int MAX_FURNITURE_LINE = 160;

    /**
     * The first words of {@link #FURNITURE_LINE}'s forms. A line opening with another word (and
     * with no address in it, no digit or sign first) cannot match, so most lines skip the
     * regex, the costliest step of filtering a body's blocks. Keep in step with the pattern.
     */
    private static final Set<String> FURNITURE_OPENERS = Set.of(
            "advertisement", "advertising", "advert", "ad", "ads", "sponsored", "this", "the", "story", "article",
            "continue", "scroll", "read", "see", "watch", "listen", "also", "related", "more", "recommended",
            "trending", "most", "up", "you", "around", "add", "join", "to", "leave", "post", "write", "view", "show",
            "comment", "comments", "be", "subscribe", "sign", "register", "log", "login", "subscriber",
            "subscribers", "already", "not", "get", "enjoy", "unlock", "for", "become", "start", "follow", "like",
            "share", "click", "tap", "image", "photo", "picture", "slide", "we", "accept", "tag", "tags", "topic",
            "topics", "filed", "category", "categories", "buyer", "have", "got", "download", "skip", "back",
            "print", "email", "text", "font", "copyright", "all", "please", "enable", "loading", "table");

    /** Whether a lower-cased, stripped line of at most {@link #MAX_FURNITURE_LINE} characters is furniture. */
    public static boolean isFurnitureLine(String lower) {
        if (lower.isEmpty()) {
            return false;
        }
        int word = 0;
        while (word < lower.length() && Character.isLetter(lower.charAt(word))) {
            word++;
        }
        if (word > 0 && !FURNITURE_OPENERS.contains(lower.substring(0, word)) && !lower.contains("http")) {
            return false;
        }
        return FURNITURE_LINE.matcher(lower).matches();
    }

    /** A byline line under the headline ("By Jane Doe"). */
    public static final Pattern BYLINE_LINE = Pattern.compile(
            "(?i:by|von|par|por|door|di|av)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,5}"
            + "(?:\\s*(?:,|and|&|\\||-|–|—)\\s*.{1,60})?");

    /** A date (or "updated ...") line repeated in the body. */
    public static final Pattern DATE_LINE = Pattern.compile(
            "(?:(?:published|updated|posted|last updated|modified|first published)(?:\\s+(?:at|on))?\\s*:?\\s*)?"
            + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
            + "(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}|"
            + "\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"
            + "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,5}|[+-]\\d{2}:?\\d{2})?)?"
            + "(?:\\s*[|/,-]\\s*(?:updated|modified)?\\s*:?.{0,40})?"
            + "|(?:published|updated|posted|last updated|modified)(?:\\s+(?:at|on))?\\s*:?\\s*"
            + "\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?.{0,30}");

    /** Agencies and papers whose bare name closes a syndicated story. */
    public static final Pattern SOURCE_NAME = Pattern.compile(
            "(?:the times|the sunday times|the telegraph|the guardian|the washington post|the new york times|"
            + "the wall street journal|wall street journal|financial times|the economist|reuters|ap|"
            + "associated press|the associated press|afp|agence france-presse|bloomberg|bloomberg news|pa|"
            + "press association|pa media|dpa|xinhua|ani|pti|ians|upi|kyodo|yonhap|aap|nyt|wsj|cnn|"
            + "the conversation|the independent|daily mail|the sun|abc news|nbc news|cbs news|bbc|"
            + "tribune news service|tribune content agency|mcclatchy|gannett|tass|ria novosti|efe|ansa)");

    /** "Source: Bloomberg", "Via Reuters", "— Reuters", "(AP)". */
    public static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:(?:source|sources|via|from|quelle|fuente|fonte|with|additional reporting by|"
            + "this article (?:originally )?appeared (?:in|on)|originally published (?:in|on|by))\\s*:?\\s*|"
            + "[—–-]\\s*|\\()?(.{2,60}?)\\)?\\.?", Pattern.CASE_INSENSITIVE);

    /** Caption tails that are a credit: "Picture: AFP", "Photo: Getty Images", "(AFP)", "/ Reuters". */
    public static final Pattern CREDIT_TAIL = Pattern.compile(
            "(?:^|\\s)((?:(?:picture|pictures|photo|photos|photograph|image|images|credit|photo credit|"
            + "image credit|illustration|video|source|foto|bild|crédit|crédito)\\s*:|"
            + "(?:photo|photograph|picture|image|illustration)s? (?:by|courtesy(?: of)?)\\b|courtesy of\\b|©|\\(c\\))"
            + "[^\\n]{1,120})$"
            + "|\\s*(\\((?:photo|image|picture)?:?\\s*[\\p{Lu}][^()\\n]{0,60}\\))$"
            + "|\\s+([/|]\\s*[\\p{Lu}][^/|\\n]{0,60})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Lower-cased class and id, capped, for matching against the patterns above. */
    public static String classAndId(org.jsoup.nodes.Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        String both = cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
        if (both.length() > MAX_ATTRIBUTE_CHARS) {
            both = both.substring(0, MAX_ATTRIBUTE_CHARS);
        }
        return both.toLowerCase(Locale.ROOT);
    }
}
