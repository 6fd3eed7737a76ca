package dev.newsbite.listing;

import dev.newsbite.meta.Metadata;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Teaser;
import java.util.List;

/** Decides whether a page is an article, a listing of stories, or neither. */
public final class PageClassifier {
    /** Below this much body text a page that does not call itself an article is not one. */
    static final int MIN_ARTICLE_CHARS = 250;
    /** A page with this many teasers and little body text is a listing. */
    static final int MIN_LISTING_TEASERS = 6;
    /** ... where "little" is below this. */
    static final int MAX_LISTING_BODY_CHARS = 2_000;

    public PageType classify(Metadata meta, String bodyText, List<Teaser> teasers) {
        int bodyChars = bodyText.length();
        boolean saysArticle = "article".equals(meta.declaredType());
        boolean saysListing = "listing".equals(meta.declaredType());
        if (saysArticle && bodyChars >= MIN_ARTICLE_CHARS) {
            return PageType.ARTICLE;
        }
        if (saysListing && teasers.size() >= 3) {
            return PageType.LISTING;
        }
        if (teasers.size() >= MIN_LISTING_TEASERS && bodyChars < MAX_LISTING_BODY_CHARS) {
            return PageType.LISTING;
        }
        if (bodyChars >= MIN_ARTICLE_CHARS || (saysArticle && bodyChars > 0)) {
            return PageType.ARTICLE;
        }
        if (teasers.size() >= 3) {
            return PageType.LISTING;
        }
        return PageType.OTHER;
    }

    /** Convenience for callers holding a finished article. */
    public PageType classify(Metadata meta, Article article) {
        return classify(meta, article.bodyText(), article.teasers());
    }
}
