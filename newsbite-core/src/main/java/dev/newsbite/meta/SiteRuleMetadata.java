package dev.newsbite.meta;

import dev.newsbite.rules.SiteRule;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Applies a site rule's {@code title} and {@code date} selectors over what the page says about
 * itself: a rule is written for one site by someone who looked at it, so where its selector
 * matches it wins; where it matches nothing the page's own metadata stands.
 */
public final class SiteRuleMetadata {
    /** Attributes that hold a machine-readable date, in the order they are trusted. */
    private static final String[] DATE_ATTRIBUTES = {"datetime", "content", "data-timestamp", "data-date"};

    private SiteRuleMetadata() {
    }

    public static Metadata apply(SiteRule rule, Document doc, Metadata meta) {
        String title = meta.title();
        String published = meta.published();
        Element titleElement = select(doc, rule.title());
        if (titleElement != null) {
            String text = titleElement.text().strip();
            if (!text.isEmpty()) {
                title = text;
            }
        }
        Element dateElement = select(doc, rule.date());
        if (dateElement != null) {
            String date = dateOf(dateElement);
            if (date != null) {
                published = date;
            }
        }
        if (title == meta.title() && published == meta.published()) {
            return meta;
        }
        return new Metadata(title, meta.standfirst(), meta.authors(), published, meta.modified(), meta.siteName(),
                meta.source(), meta.language(), meta.canonicalUrl(), meta.leadImage(), meta.articleBody(),
                meta.declaredType());
    }

    private static Element select(Document doc, String selector) {
        return selector == null ? null : doc.selectFirst(selector);
    }

    private static String dateOf(Element element) {
        for (String attribute : DATE_ATTRIBUTES) {
            if (element.hasAttr(attribute)) {
                String date = Dates.normalise(element.attr(attribute));
                if (date != null) {
                    return date;
                }
            }
        }
        return Dates.normalise(element.text());
    }
}
