package dev.newsbite.content;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.internal.Deadline;
import dev.newsbite.model.Block;
import dev.newsbite.model.Heading;
import dev.newsbite.model.Paragraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Bodies that a page carries only in embedded JSON: JSON-LD {@code articleBody} (read by the
 * metadata stage) and a Next.js {@code __NEXT_DATA__} payload, searched for its longest
 * article-like text, HTML, or array of paragraph blocks. Parsing is bounded in size and nodes.
 */
final class EmbeddedBodies {
    private static final int MAX_JSON_CHARS = 4_000_000;
    private static final int MAX_JSON_NODES = 200_000;
    private static final int MIN_TEXT_CHARS = 200;
    private static final Pattern PARAGRAPH_SPLIT = Pattern.compile("\\s*(?:\\r?\\n\\s*)+");
    private static final Pattern HTML_HINT = Pattern.compile("<(?:p|br|div|h[2-6])\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_KEY = Pattern.compile(
            "body|content|text|html|articlebody|description|paragraph|value|markup|copy");
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200)
                    .maxStringLength(MAX_JSON_CHARS).build())
            .build());

    private EmbeddedBodies() {
    }

    static final String NEXT_DATA_ID = "__NEXT_DATA__";

    /** The raw Next.js payload of its script element; null when empty or too big. */
    static String nextDataJson(Element script) {
        String data = script.data();
        return data.isEmpty() || data.length() > MAX_JSON_CHARS ? null : data;
    }

    /** JSON-LD articleBody as paragraphs (split on line breaks). */
    static List<Block> fromArticleBody(String articleBody, String baseUri, Deadline deadline) {
        if (articleBody == null || articleBody.strip().length() < MIN_TEXT_CHARS) {
            return List.of();
        }
        if (HTML_HINT.matcher(articleBody).find()) {
            return fromHtml(articleBody, baseUri, deadline);
        }
        List<Block> out = new ArrayList<>();
        for (String part : PARAGRAPH_SPLIT.split(articleBody.strip())) {
            String p = Figures.normalise(part);
            if (!p.isEmpty()) {
                out.add(new Paragraph(p));
            }
        }
        return out;
    }

    /** The longest article-like body in a Next.js payload, as paragraphs; empty when none. */
    static List<Block> fromNextData(String json, String baseUri, Deadline deadline) {
        if (json == null) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (Exception e) {
            return List.of();
        }
        String bestText = null;
        List<Item> bestParagraphs = null;
        int bestLength = MIN_TEXT_CHARS;
        Deque<Map.Entry<String, JsonNode>> stack = new ArrayDeque<>();
        stack.push(Map.entry("", root));
        int nodes = 0;
        while (!stack.isEmpty() && nodes++ < MAX_JSON_NODES) {
            Map.Entry<String, JsonNode> entry = stack.pop();
            String key = entry.getKey().toLowerCase(Locale.ROOT);
            JsonNode node = entry.getValue();
            if (node.isTextual()) {
                String text = node.textValue();
                if (text.length() > bestLength && TEXT_KEY.matcher(key).find() && looksLikeProse(text)) {
                    bestLength = text.length();
                    bestText = text;
                    bestParagraphs = null;
                }
            } else if (node.isArray()) {
                List<Item> paragraphs = paragraphArray(node);
                int length = paragraphs.stream().mapToInt(i -> i.text().length()).sum();
                if (length > bestLength) {
                    bestLength = length;
                    bestParagraphs = paragraphs;
                    bestText = null;
                }
                for (JsonNode child : node) {
                    stack.push(Map.entry(entry.getKey(), child));
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    stack.push(it.next());
                }
            }
        }
        if (bestParagraphs != null) {
            List<Block> out = new ArrayList<>();
            for (Item item : bestParagraphs) {
                String p = item.text();
                boolean html = HTML_HINT.matcher(p).find() || p.contains("</");
                if (item.headingLevel() > 0) {
                    String text = html ? Jsoup.parseBodyFragment(p).body().text() : Figures.normalise(p);
                    if (!text.isEmpty()) {
                        out.add(new Heading(item.headingLevel(), text));
                    }
                } else {
                    out.addAll(html ? fromHtml(p, baseUri, deadline) : List.of(new Paragraph(p)));
                }
            }
            return out;
        }
        return bestText == null ? List.of() : fromArticleBody(bestText, baseUri, deadline);
    }

    /** One entry of a body's block array: its text, and its level when it is a sub-heading (else 0). */
    private record Item(String text, int headingLevel) {
    }

    /** Texts of an array of paragraph blocks: strings, or objects with a text-like field. */
    private static List<Item> paragraphArray(JsonNode array) {
        List<Item> out = new ArrayList<>();
        for (JsonNode item : array) {
            String text = null;
            int level = 0;
            if (item.isTextual()) {
                text = item.textValue();
            } else if (item.isObject()) {
                String type = item.path("type").asText("").toLowerCase(Locale.ROOT);
                // "header", "heading", "subheading", "h2": a sub-heading of the story.
                boolean heading = type.contains("head") || type.length() == 2 && type.charAt(0) == 'h'
                        && type.charAt(1) >= '2' && type.charAt(1) <= '6';
                if (heading) {
                    int given = item.path("level").asInt(type.length() == 2 ? type.charAt(1) - '0' : 2);
                    level = Math.max(2, Math.min(6, given));
                } else if (!type.isEmpty() && !type.contains("paragraph") && !type.contains("text")
                        && !type.startsWith("p")) {
                    continue;
                }
                for (String field : new String[] {"text", "content", "html", "value", "body"}) {
                    JsonNode v = item.get(field);
                    if (v != null && v.isTextual()) {
                        text = v.textValue();
                        break;
                    }
                }
            }
            if (text != null && !text.isBlank()) {
                out.add(new Item(text.strip(), level));
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static boolean looksLikeProse(String text) {
        int spaces = 0;
        int n = Math.min(text.length(), 2000);
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == ' ') {
                spaces++;
            }
        }
        return spaces * 15 > n && !text.startsWith("http") && !text.startsWith("{");
    }

    private static List<Block> fromHtml(String html, String baseUri, Deadline deadline) {
        Document fragment = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        DomStats stats = DomStats.measure(fragment.body(), true, deadline);
        List<Block> out = new ArrayList<>();
        for (BlockWalker.Emitted e : BlockWalker.walk(List.of(fragment.body()), stats, deadline).emitted()) {
            out.add(e.block());
        }
        return out;
    }
}
