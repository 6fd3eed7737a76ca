package dev.newsbite.reader.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import dev.newsbite.reader.address.ReaderAddress;
import dev.newsbite.reader.library.Reading;
import dev.newsbite.render.JsonRenderer;
import dev.newsbite.similar.Outlet;
import dev.newsbite.similar.StoryGroups;
import dev.newsbite.similar.StoryPrint;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Also published by": the other outlets' copies of a story the reader shows, found through the
 * {@link StoryGroups} the reader was given. Copies at the article's own addresses or on its own site
 * (same host, "www." aside, and port: an AMP or print version) are not other outlets and are left
 * out; one copy per site. A failing
 * {@code StoryGroups} costs the list, never the page. Thread-safe.
 *
 * <p>In the JSON answer the list is {@value #JSON_FIELD}: an array, best first, of objects with
 * {@code url} (the copy's address), {@code reader} (its NewsBite reader path, or null),
 * {@code site}, {@code title} and {@code published} (ISO-8601 instant), each null when unknown.
 */
final class SameStory {
    static final String JSON_FIELD = "alsoPublishedBy";
    static final int MAX_OUTLETS = 8;
    /** Asked for more than are shown: some answers are the article's own site. */
    private static final int ASKED = MAX_OUTLETS * 2;
    private static final Logger LOG = LoggerFactory.getLogger(SameStory.class);

    private final StoryGroups groups;

    SameStory(StoryGroups groups) {
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /** The other outlets' copies of the story read in {@code reading}, best first; empty for a listing page. */
    List<Outlet> of(Reading reading) {
        Article article = reading.article();
        if (article.pageType() != PageType.ARTICLE || !article.teasers().isEmpty()) {
            return List.of();
        }
        StoryPrint print = StoryPrint.of(article);
        if (print.isEmpty()) {
            return List.of();
        }
        List<Outlet> found;
        try {
            found = groups.sameStory(reading.url().toString(), print, ASKED);
        } catch (RuntimeException e) {
            LOG.warn("cannot look up other copies of {}: {}", reading.url(), e.getMessage());
            return List.of();
        }
        Set<String> own = new HashSet<>();
        own.add(reading.url().toString());
        own.add(reading.original().toString());
        if (article.canonicalUrl() != null) {
            own.add(article.canonicalUrl());
        }
        Set<String> sites = new HashSet<>();
        sites.add(siteOf(reading.url().toString()));
        sites.add(siteOf(reading.original().toString()));
        List<Outlet> outlets = new ArrayList<>();
        for (Outlet o : found) {
            String site = siteOf(o.url());
            if (outlets.size() < MAX_OUTLETS && !own.contains(o.url()) && site != null && sites.add(site)) {
                outlets.add(o);
            }
        }
        return outlets;
    }

    /** An article's pretty JSON with the list added as its last field. */
    static String withOutlets(String articleJson, List<Outlet> outlets) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Outlet o : outlets) {
            ObjectNode item = list.addObject();
            item.put("url", o.url());
            item.put("reader", ReaderAddress.pathFor(o.url()).orElse(null));
            item.put("site", o.site());
            item.put("title", o.title());
            item.put("published", o.published() == null ? null : DateTimeFormatter.ISO_INSTANT.format(o.published()));
        }
        int end = articleJson.lastIndexOf('}');
        return articleJson.substring(0, end).stripTrailing() + ",\n  \"" + JSON_FIELD + "\" : "
                + JsonRenderer.writeHtmlSafe(list) + "\n}\n";
    }

    /** The host without "www.", lower-cased, with the port when there is one; null when the address has no host. */
    private static String siteOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            String host = uri.getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
