package dev.newsbite.listing;

import dev.newsbite.meta.Metadata;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Teaser;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a page is an article, a listing of stories, or neither, from what the page says
 * it is, its body text and its teasers.
 *
 * <p>The body is first split into prose (paragraphs of running text) and echoes of the teasers (a
 * listing's "body" is often its own headlines and standfirsts found again). A story with a
 * related-stories rail keeps its prose, so it stays an article; a front page with a few-sentence
 * introduction has little prose beside many teasers, so it is a listing. Stateless and thread-safe.
 */
public final class PageClassifier {
    /** Below this much prose a page that does not call itself an article is not one. */
    static final int MIN_ARTICLE_CHARS = 250;
    /** A page with this many teasers and little prose is a listing. */
    static final int MIN_LISTING_TEASERS = 6;
    /** ... where "little" is below this ... */
    static final int MAX_LISTING_PROSE_CHARS = 700;
    /** ... or, with this many teasers, below this (a long intro above a long list). */
    static final int MANY_TEASERS = 20;
    static final int MAX_LISTING_PROSE_CHARS_WITH_MANY = 1_500;
    /**
     * A page that calls itself an article with this much prose is one, however many teasers its
     * rails and "more news" blocks hold (section pages rarely declare themselves articles, and
     * their intros are shorter).
     */
    static final int DECLARED_ARTICLE_MIN_PROSE_CHARS = 500;
    /** Fewest teasers for a page that calls itself a collection, or has no prose at all. */
    static final int MIN_TEASERS = 3;
    /** A paragraph shorter than this is a label, a date or a button, not prose. */
    static final int MIN_PROSE_PARAGRAPH_CHARS = 80;
    static final int CJK_CHAR_WEIGHT = 3;

    public PageType classify(Metadata meta, String bodyText, List<Teaser> teasers) {
        String declared = meta.declaredType();
        boolean saysArticle = "article".equals(declared);
        boolean saysListing = "listing".equals(declared);
        int teaserCount = teasers.size();
        int prose = proseChars(bodyText, teasers);

        if (saysListing && teaserCount >= MIN_TEASERS) {
            return PageType.LISTING;
        }
        if (teaserCount >= MIN_LISTING_TEASERS) {
            boolean littleProse = prose < MAX_LISTING_PROSE_CHARS
                    || (teaserCount >= MANY_TEASERS && prose < MAX_LISTING_PROSE_CHARS_WITH_MANY);
            // A page that calls itself an article and has a story's worth of prose is one, rail or not.
            boolean declaredStory = saysArticle && (prose >= DECLARED_ARTICLE_MIN_PROSE_CHARS
                    || (prose >= MIN_ARTICLE_CHARS && teaserCount < MANY_TEASERS));
            if (littleProse && !declaredStory) {
                return PageType.LISTING;
            }
        }
        if (prose >= MIN_ARTICLE_CHARS || (saysArticle && !bodyText.isBlank())) {
            return PageType.ARTICLE;
        }
        if (teaserCount >= MIN_TEASERS) {
            return PageType.LISTING;
        }
        return bodyText.length() >= MIN_ARTICLE_CHARS ? PageType.ARTICLE : PageType.OTHER;
    }

    /** Convenience for callers holding a finished article. */
    public PageType classify(Metadata meta, Article article) {
        return classify(meta, article.bodyText(), article.teasers());
    }

    /**
     * Characters of running text in the body: paragraphs (blank-line separated) of some length that
     * are not a teaser's headline or standfirst found again.
     */
    static int proseChars(String bodyText, List<Teaser> teasers) {
        if (bodyText.isEmpty()) {
            return 0;
        }
        Set<String> echoes = new HashSet<>();
        for (Teaser t : teasers) {
            echoes.add(key(t.headline()));
            if (t.standfirst() != null) {
                echoes.add(key(t.standfirst()));
            }
        }
        int prose = 0;
        int start = 0;
        while (start < bodyText.length()) {
            int end = bodyText.indexOf("\n\n", start);
            if (end < 0) {
                end = bodyText.length();
            }
            String paragraph = bodyText.substring(start, end).strip();
            int weight = weight(paragraph);
            if (weight >= MIN_PROSE_PARAGRAPH_CHARS && !echoes.contains(key(paragraph))) {
                prose += weight;
            }
            start = end + 2;
        }
        return prose;
    }

    /**
     * A paragraph's length in Latin-script characters: a Chinese, Japanese or Korean character
     * says about as much as {@link #CJK_CHAR_WEIGHT} Latin ones, so short CJK lines are prose too.
     */
    static int weight(String paragraph) {
        int weight = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            weight += c >= 0x2E80 && isCjk(c) ? CJK_CHAR_WEIGHT : 1;
        }
        return weight;
    }

    /** Whether {@code c} is written in Han, kana or Hangul. */
    static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
