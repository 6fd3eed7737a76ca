package dev.newsbite.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page's JSON-LD says about its story: read from the article object (the first of an
 * Article kind, the one with a headline preferred), with the page and site objects as fallbacks.
 * Every text is entity-decoded and whitespace-collapsed, except {@code articleBody}, whose line
 * breaks are kept.
 */
record JsonLdFacts(
        String headline,
        String name,
        String description,
        List<String> personAuthors,
        List<String> otherAuthors,
        String published,
        String modified,
        String publisherName,
        String partOfName,
        String websiteName,
        String sourceName,
        String language,
        String image,
        String url,
        String articleBody,
        String declaredType) {

    static final JsonLdFacts NONE = new JsonLdFacts(null, null, null, List.of(), List.of(), null, null, null,
            null, null, null, null, null, null, null, null);

    private static final int MAX_BODY_CHARS = 200_000;

    static JsonLdFacts of(JsonLd.Graph graph) {
        if (graph.nodes().isEmpty()) {
            return NONE;
        }
        JsonNode article = null;
        JsonNode page = null;
        JsonNode website = null;
        boolean listing = false;
        for (JsonNode node : graph.nodes()) {
            if (JsonLd.hasType(node, JsonLd.ARTICLE_TYPES)) {
                if (article == null || (!article.has("headline") && node.has("headline"))) {
                    article = node;
                }
            } else if (JsonLd.hasType(node, JsonLd.LISTING_TYPES)) {
                listing = true;
                if (page == null) {
                    page = node;
                }
            } else if (JsonLd.hasType(node, JsonLd.PAGE_TYPES)) {
                if (page == null) {
                    page = node;
                }
                JsonNode main = graph.resolve(node.get("mainEntity"));
                if (main != null && JsonLd.hasType(main, JsonLd.LISTING_TYPES)) {
                    listing = true;
                }
            } else if (website == null && JsonLd.types(node).contains("website")) {
                website = node;
            }
        }
        JsonNode main = article != null ? article : page;
        if (main == null) {
            return new JsonLdFacts(null, null, null, List.of(), List.of(), null, null, null, null,
                    website == null ? null : JsonLd.text(website.get("name")), null, null, null, null, null,
                    null);
        }
        List<String> persons = new ArrayList<>();
        List<String> others = new ArrayList<>();
        authors(graph, main.get("author"), persons, others);
        if (persons.isEmpty() && others.isEmpty()) {
            authors(graph, main.get("creator"), persons, others);
        }
        String publisher = nameOf(graph, main.get("publisher"));
        String partOf = siteNameOf(graph, main.get("isPartOf"));
        String source = nameOf(graph, main.get("sourceOrganization"));
        if (source == null) {
            String provider = nameOf(graph, main.get("provider"));
            if (provider != null && !provider.equalsIgnoreCase(publisher == null ? "" : publisher)) {
                source = provider;
            }
        }
        if (source == null) {
            JsonNode basedOn = graph.resolve(main.get("isBasedOn"));
            if (basedOn != null && basedOn.isObject()) {
                source = nameOf(graph, basedOn.has("publisher") ? basedOn.get("publisher") : basedOn);
            }
        }
        String declared = article != null ? "article" : listing ? "listing" : null;
        return new JsonLdFacts(
                JsonLd.text(main.get("headline")),
                JsonLd.text(main.get("name")),
                description(graph, main),
                persons,
                others,
                JsonLd.text(first(main, "datePublished", "dateCreated", "uploadDate")),
                JsonLd.text(main.get("dateModified")),
                publisher,
                partOf,
                website == null ? null : JsonLd.text(website.get("name")),
                source,
                language(main.get("inLanguage")),
                image(graph, main.get("image"), 0),
                urlOf(main),
                article == null ? null : body(article),
                declared);
    }

    /**
     * The main object's description, or else that of the web page it belongs to: Yoast-style graphs
     * put the summary on the WebPage node, tied to the article by mainEntityOfPage or isPartOf, or
     * pointing back at it through mainEntity. A lone page node of the graph is the page too; a site's
     * description (its tagline) never is.
     */
    private static String description(JsonLd.Graph graph, JsonNode main) {
        String own = JsonLd.text(main.get("description"));
        if (own != null) {
            return own;
        }
        for (String key : new String[] {"mainEntityOfPage", "isPartOf"}) {
            JsonNode v = main.get(key);
            String d = pageDescription(graph, v != null && v.isArray() && !v.isEmpty() ? v.get(0) : v);
            if (d != null) {
                return d;
            }
        }
        JsonNode mainId = main.get("@id");
        int pages = 0;
        JsonNode lone = null;
        for (JsonNode node : graph.nodes()) {
            if (node == main || !JsonLd.hasType(node, JsonLd.PAGE_TYPES)) {
                continue;
            }
            pages++;
            lone = node;
            JsonNode entity = node.get("mainEntity");
            if (entity != null && mainId != null && entity.isObject()
                    && mainId.asText().equals(entity.path("@id").asText())) {
                String d = JsonLd.text(node.get("description"));
                if (d != null) {
                    return d;
                }
            }
        }
        return pages == 1 ? JsonLd.text(lone.get("description")) : null;
    }

    private static String pageDescription(JsonLd.Graph graph, JsonNode ref) {
        JsonNode page = graph.resolve(ref);
        if (page == null || !page.isObject() || !JsonLd.hasType(page, JsonLd.PAGE_TYPES)) {
            return null;
        }
        return JsonLd.text(page.get("description"));
    }

    private static JsonNode first(JsonNode node, String... keys) {
        for (String key : keys) {
            JsonNode v = node.get(key);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return null;
    }

    private static void authors(JsonLd.Graph graph, JsonNode value, List<String> persons, List<String> others) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                if (v.isArray()) {
                    continue; // a nested list is no author
                }
                authors(graph, v, persons, others);
            }
            return;
        }
        if (value.isTextual()) {
            String s = MetaText.clean(value.asText());
            if (s != null && !MetaText.isUrl(s)) {
                persons.add(s);
            }
            return;
        }
        JsonNode author = graph.resolve(value);
        if (author == null || !author.isObject()) {
            return;
        }
        // the name only: an author's url or sameAs is a page about them, not a name
        String name = JsonLd.text(author.get("name"));
        if (name == null) {
            String given = JsonLd.text(author.get("givenName"));
            String family = JsonLd.text(author.get("familyName"));
            if (given != null || family != null) {
                name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
            }
        }
        if (name == null || MetaText.isUrl(name)) {
            return;
        }
        List<String> types = JsonLd.types(author);
        boolean organisation = !types.isEmpty() && !types.contains("person")
                && JsonLd.hasType(author, JsonLd.SITE_TYPES);
        (organisation ? others : persons).add(name);
    }

    private static String nameOf(JsonLd.Graph graph, JsonNode value) {
        JsonNode v = value != null && value.isArray() && !value.isEmpty() ? value.get(0) : value;
        v = graph.resolve(v);
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            String s = MetaText.clean(v.asText());
            return MetaText.isUrl(s) ? null : s;
        }
        String name = JsonLd.text(v.get("name"));
        return MetaText.isUrl(name) ? null : name;
    }

    /** isPartOf names the site only when it points at a site or periodical, not at a web page. */
    private static String siteNameOf(JsonLd.Graph graph, JsonNode value) {
        JsonNode v = graph.resolve(value != null && value.isArray() && !value.isEmpty() ? value.get(0) : value);
        if (v == null || !v.isObject() || !JsonLd.hasType(v, JsonLd.SITE_TYPES)) {
            return null;
        }
        return nameOf(graph, v);
    }

    private static String language(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isObject()) {
            String tag = JsonLd.text(value.get("alternateName"));
            return tag != null ? tag : JsonLd.text(value.get("name"));
        }
        return JsonLd.text(value);
    }

    private static String image(JsonLd.Graph graph, JsonNode value, int depth) {
        if (value == null || depth > 3) {
            return null;
        }
        if (value.isTextual()) {
            return MetaText.clean(value.asText());
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                String s = image(graph, v, depth + 1);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        JsonNode v = graph.resolve(value);
        if (v != null && v.isObject()) {
            for (String key : new String[] {"url", "contentUrl", "@id"}) {
                JsonNode u = v.get(key);
                if (u != null && (u.isTextual() || u.isArray())) {
                    String s = image(graph, u, depth + 1);
                    if (s != null && !s.startsWith("#")) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    private static String urlOf(JsonNode main) {
        String url = JsonLd.text(main.get("url"));
        if (url == null) {
            JsonNode page = main.get("mainEntityOfPage");
            if (page != null && page.isTextual()) {
                url = MetaText.clean(page.asText());
            } else if (page != null && page.isObject()) {
                url = JsonLd.text(page.has("@id") ? page.get("@id") : page.get("url"));
            }
        }
        return url != null && (url.startsWith("http") || url.startsWith("/")) ? url : null;
    }

    /** The story's text, entities decoded, paragraph breaks kept. */
    private static String body(JsonNode article) {
        JsonNode v = article.get("articleBody");
        if (v == null || !v.isTextual()) {
            v = article.get("text");
        }
        if (v == null || !v.isTextual()) {
            return null;
        }
        String s = v.asText();
        if (s.length() > MAX_BODY_CHARS) {
            s = s.substring(0, MAX_BODY_CHARS);
        }
        if (s.indexOf('&') >= 0) {
            s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        }
        String out = MetaText.collapse(s, true);
        return out.isEmpty() ? null : out;
    }
}
