package dev.newsbite.listing;

import dev.newsbite.meta.Metadata;
import dev.newsbite.model.Teaser;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A section or front page's own metadata. The article-minded scan finds the first teaser's dek and
 * byline and takes them for the page's; a section page has no author, and its standfirst is its own
 * description or nothing.
 */
public final class ListingMetadata {
    private static final String DESCRIPTION = "meta[name=description], meta[property=og:description], "
            + "meta[name=twitter:description]";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ListingMetadata() {
    }

    public static Metadata of(Metadata meta, Document doc, List<Teaser> teasers) {
        String standfirst = meta.standfirst();
        if (standfirst != null && belongsToATeaser(standfirst, teasers)) {
            standfirst = description(doc);
            if (standfirst != null && belongsToATeaser(standfirst, teasers)) {
                standfirst = null;
            }
        }
        return new Metadata(meta.title(), standfirst, List.of(), meta.published(), meta.modified(), meta.siteName(),
                meta.source(), meta.language(), meta.canonicalUrl(), meta.leadImage(), meta.articleBody(),
                meta.declaredType());
    }

    private static boolean belongsToATeaser(String text, List<Teaser> teasers) {
        String wanted = normal(text);
        for (Teaser t : teasers) {
            if (wanted.equals(normal(t.standfirst())) || wanted.equals(normal(t.headline()))) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s == null ? "" : WHITESPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String description(Document doc) {
        Element meta = doc.head().selectFirst(DESCRIPTION);
        if (meta == null) {
            return null;
        }
        String text = meta.attr("content").strip();
        return text.isEmpty() ? null : text;
    }
}
