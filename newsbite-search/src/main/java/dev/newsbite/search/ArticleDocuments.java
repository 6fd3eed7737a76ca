package dev.newsbite.search;

import dev.newsbite.model.Article;
import dev.newsbite.model.ArticleDates;
import dev.newsbite.model.Named;
import dev.newsbite.similar.StoryPrint;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * Turns an article into the index's document, and names the fields. The standfirst keeps offsets in
 * its postings, so its snippets are cut without analysing it again; the body is stored for its
 * snippets and analysed again for the hits shown. A change to how any field is
 * indexed must bump {@link ArticleIndex#SCHEMA}. Stateless.
 */
final class ArticleDocuments {
    static final String URL = "url";
    static final String TITLE = "title";
    static final String STANDFIRST = "standfirst";
    static final String BODY = "body";
    static final String BYLINE = "byline";
    static final String PEOPLE = "people";
    static final String PLACES = "places";
    /** The site as shown: its name, else its host. */
    static final String SITE = "site";
    /** The site's name and host, lower case, for the site filter. */
    static final String SITE_KEY = "site_key";
    /** Epoch milliseconds: a point for ranges, doc values for sorting, stored for showing. */
    static final String DATE = "date";
    /** Epoch milliseconds of the page's own date, stored only when it gives one. */
    static final String PUBLISHED = "published";
    /**
     * The story print's LSH band keys ({@link StoryPrint#bandValues()}), for finding other copies of
     * the story. Points, not terms: each article's keys are all but unique to it, and as terms they
     * cost the index a third as much as the body's words.
     */
    static final String STORY_BAND = "story_band";
    /** The story print itself, to check a candidate copy. */
    static final String STORY_PRINT = "story_print";

    /** No field is indexed past this many characters: a runaway page must not cost the index. */
    private static final int MAX_FIELD_CHARS = 200_000;
    private static final int MAX_NAMES = 50;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Analysed text, stored, with offsets for the highlighter. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private ArticleDocuments() {
    }

    static Document of(IndexedArticle entry) {
        Article a = entry.article();
        Document doc = new Document();
        doc.add(new StringField(URL, entry.url(), Field.Store.YES));
        addText(doc, TITLE, a.title(), TextField.TYPE_STORED); // shown whole: no snippet, no offsets
        addText(doc, STANDFIRST, a.standfirst(), TEXT_WITH_OFFSETS);
        // No offsets in the body's postings: they cost an eighth of indexing an article, while analysing
        // again the few bodies a results page shows costs it about nothing next to the search itself.
        addText(doc, BODY, a.bodyText(), TextField.TYPE_STORED);
        addText(doc, BYLINE, a.byline(), TextField.TYPE_STORED);
        if (a.bite() != null) {
            addNames(doc, PEOPLE, a.bite().people());
            addNames(doc, PLACES, a.bite().places());
        }
        String host = hostOf(a.url() != null ? a.url() : entry.url());
        String entryHost = a.url() == null || a.url().equals(entry.url()) ? host : hostOf(entry.url());
        String siteName = clean(a.siteName());
        String shown = siteName != null ? siteName : host;
        if (shown != null) {
            doc.add(new StoredField(SITE, shown));
        }
        Set<String> siteKeys = new LinkedHashSet<>();
        if (siteName != null) {
            siteKeys.add(siteKey(siteName));
        }
        if (host != null) {
            siteKeys.add(siteKey(host));
        }
        if (entryHost != null) {
            siteKeys.add(siteKey(entryHost));
        }
        for (String key : siteKeys) {
            doc.add(new StringField(SITE_KEY, key, Field.Store.NO));
        }
        Instant published = ArticleDates.parse(a.published());
        if (published != null) {
            doc.add(new StoredField(PUBLISHED, published.toEpochMilli()));
        }
        long date = (published != null ? published : entry.seenAt()).toEpochMilli();
        doc.add(new LongPoint(DATE, date));
        doc.add(new NumericDocValuesField(DATE, date));
        doc.add(new StoredField(DATE, date));
        StoryPrint print = StoryPrint.of(a);
        if (!print.isEmpty()) {
            for (long key : print.bandValues()) {
                doc.add(new LongPoint(STORY_BAND, key));
            }
            doc.add(new StoredField(STORY_PRINT, print.toBytes()));
        }
        return doc;
    }

    /** How a site filter is compared: lower case, spaces squeezed, without "www.". */
    static String siteKey(String site) {
        String s = SPACES.matcher(site.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.startsWith("www.") ? s.substring(4) : s;
    }


    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static void addNames(Document doc, String field, java.util.List<Named> names) {
        int n = 0;
        for (Named named : names) {
            String name = clean(named.name());
            if (name != null && n++ < MAX_NAMES) {
                doc.add(new TextField(field, name, Field.Store.YES));
            }
        }
    }

    private static void addText(Document doc, String field, String text, FieldType type) {
        String s = clean(text);
        if (s != null) {
            doc.add(new Field(field, s.length() <= MAX_FIELD_CHARS ? s : s.substring(0, MAX_FIELD_CHARS), type));
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }
}
