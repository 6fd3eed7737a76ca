package dev.newsbite.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Reads the JSON-LD blocks of a page, forgiving the ways pages break them (comments, trailing
 * commas, raw control characters, HTML entities, several objects in one script, CDATA or comment
 * wrappers), and flattens them (top-level arrays, {@code @graph}, nested {@code mainEntity}) into
 * the list of objects they describe.
 */
final class JsonLd {
    /** Scripts beyond this size are cut: no real article needs more, and parsing must stay cheap. */
    private static final int MAX_SCRIPT_CHARS = 500_000;
    private static final int MAX_NODES = 300;
    private static final int MAX_DEPTH = 6;

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build()
            .readerFor(JsonNode.class);

    /** Keys whose object values describe the page's main thing as well. */
    private static final List<String> NESTED_ENTITY_KEYS = List.of("mainEntity", "mainEntityOfPage", "about");

    static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "analysisnewsarticle",
            "askpublicnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "reportagenewsarticle",
            "reviewnewsarticle", "satiricalarticle", "scholarlyarticle", "medicalscholarlyarticle",
            "techarticle", "report", "blogposting", "liveblogposting", "socialmediaposting",
            "discussionforumposting", "apireference", "advertisercontentarticle", "posting");
    static final Set<String> LISTING_TYPES = Set.of("collectionpage", "itemlist", "searchresultspage");
    static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "profilepage",
            "qapage", "faqpage", "medicalwebpage", "realestatelisting", "checkoutpage", "contactpage");
    static final Set<String> SITE_TYPES = Set.of("website", "periodical", "newspaper", "newsmediaorganization",
            "organization", "blog", "publicationissue", "creativeworkseries", "corporation");

    private JsonLd() {
    }

    /** Every object the scripts describe, outermost first, plus an index of those carrying an @id. */
    record Graph(List<JsonNode> nodes, Map<String, JsonNode> byId) {
        static final Graph EMPTY = new Graph(List.of(), Map.of());

        /** The node itself, or the full node its {@code @id} reference points to. */
        JsonNode resolve(JsonNode node) {
            if (node != null && node.isObject() && node.size() <= 2 && node.has("@id")) {
                JsonNode full = byId.get(node.path("@id").asText());
                if (full != null) {
                    return full;
                }
            }
            return node;
        }
    }

    static Graph read(List<String> scripts) {
        if (scripts.isEmpty()) {
            return Graph.EMPTY;
        }
        List<JsonNode> roots = new ArrayList<>();
        for (String script : scripts) {
            roots.addAll(parse(script));
        }
        return flatten(roots);
    }

    /** The values of one script; whatever parsed before a hopeless error is kept. */
    static List<JsonNode> parse(String script) {
        String text = unwrap(script.length() > MAX_SCRIPT_CHARS ? script.substring(0, MAX_SCRIPT_CHARS) : script);
        if (text.isEmpty()) {
            return List.of();
        }
        List<JsonNode> values = new ArrayList<>();
        boolean complete = readAll(text, values);
        if (!complete) {
            // "{...},{...}" at the top level: read it as an array instead
            List<JsonNode> asArray = new ArrayList<>();
            if (readAll("[" + text + "]", asArray) && !asArray.isEmpty()) {
                return asArray;
            }
            if (values.isEmpty() && (text.contains("&quot;") || text.contains("&#34;"))) {
                List<JsonNode> unescaped = new ArrayList<>();
                readAll(Parser.unescapeEntities(text, false), unescaped);
                return unescaped;
            }
        }
        return values;
    }

    private static boolean readAll(String text, List<JsonNode> into) {
        try (MappingIterator<JsonNode> it = READER.readValues(text)) {
            while (it.hasNextValue()) {
                JsonNode node = it.nextValue();
                if (node != null && (node.isObject() || node.isArray())) {
                    into.add(node);
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String unwrap(String script) {
        String t = script.strip();
        for (String open : new String[] {"<!--", "//<![CDATA[", "<![CDATA["}) {
            if (t.startsWith(open)) {
                t = t.substring(open.length()).strip();
            }
        }
        for (String close : new String[] {"-->", "//]]>", "]]>"}) {
            if (t.endsWith(close)) {
                t = t.substring(0, t.length() - close.length()).strip();
            }
        }
        if (t.endsWith(";")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private record Pending(JsonNode node, int depth) {
    }

    private static Graph flatten(List<JsonNode> roots) {
        List<JsonNode> nodes = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        Deque<Pending> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new Pending(roots.get(i), 0));
        }
        while (!stack.isEmpty() && nodes.size() < MAX_NODES) {
            Pending p = stack.pop();
            JsonNode node = p.node();
            if (p.depth() > MAX_DEPTH) {
                continue;
            }
            if (node.isArray()) {
                for (int i = node.size() - 1; i >= 0; i--) {
                    stack.push(new Pending(node.get(i), p.depth() + 1));
                }
                continue;
            }
            if (!node.isObject()) {
                continue;
            }
            List<Pending> children = new ArrayList<>();
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                children.add(new Pending(graph, p.depth() + 1));
            }
            if (node.has("@type")) {
                nodes.add(node);
                String id = node.path("@id").asText("");
                if (!id.isEmpty() && node.size() > 2) {
                    byId.putIfAbsent(id, node);
                }
            }
            for (String key : NESTED_ENTITY_KEYS) {
                JsonNode nested = node.get(key);
                if (nested != null && (nested.isArray() || nested.has("@type"))) {
                    children.add(new Pending(nested, p.depth() + 1));
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return new Graph(List.copyOf(nodes), Map.copyOf(byId));
    }

    /** The node's schema.org types, lower-cased, without any vocabulary prefix. */
    static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        if (type.isArray()) {
            for (JsonNode t : type) {
                addType(t.asText(""), out);
            }
        } else {
            addType(type.asText(""), out);
        }
        return out;
    }

    private static void addType(String raw, List<String> out) {
        String t = raw.strip();
        int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        if (cut >= 0) {
            t = t.substring(cut + 1);
        }
        if (!t.isEmpty()) {
            out.add(t.toLowerCase(java.util.Locale.ROOT));
        }
    }

    static boolean hasType(JsonNode node, Set<String> kinds) {
        for (String t : types(node)) {
            if (kinds.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** A text value: a string, the first string of an array, or an object's name / @value. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual() || value.isNumber()) {
            return MetaText.clean(value.asText());
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                String s = text(v);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (value.isObject()) {
            for (String key : new String[] {"@value", "name"}) {
                JsonNode v = value.get(key);
                if (v != null && v.isValueNode()) {
                    return MetaText.clean(v.asText());
                }
            }
        }
        return null;
    }
}
