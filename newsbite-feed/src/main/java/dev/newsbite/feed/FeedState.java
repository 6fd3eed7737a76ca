package dev.newsbite.feed;

import dev.newsbite.fetch.Validators;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A feed as of its last refresh: what the source listed, the validators for asking it again, the
 * articles fetched so far (by item URL) and the items that failed. Pass it to the next
 * {@link FeedRefresher#refresh} to refresh politely. Immutable.
 *
 * @param source the address the feed is made from, as asked
 * @param validators the source's validators, for a conditional request next time
 * @param page the source as read
 * @param articles the articles fetched, by item URL; only items the source still lists
 * @param failed item URLs whose page held no article (not asked again while listed)
 * @param checkedAt when the source was last asked
 */
public record FeedState(URI source, Validators validators, SourcePage page, Map<String, FeedArticle> articles,
        Set<String> failed, Instant checkedAt) {
    public FeedState {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(validators, "validators");
        Objects.requireNonNull(page, "page");
        articles = Map.copyOf(articles);
        failed = Set.copyOf(failed);
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** The items that have an article, in the source's order: the feed's entries. */
    public List<SourceItem> itemsWithArticles() {
        return page.items().stream().filter(i -> articles.containsKey(i.url())).toList();
    }

    /** Items listed whose article is not fetched yet (and did not fail): the next refresh's work. */
    public int pending() {
        int n = 0;
        for (SourceItem item : page.items()) {
            if (!articles.containsKey(item.url()) && !failed.contains(item.url())) {
                n++;
            }
        }
        return n;
    }
}
