package dev.newsbite.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Page addresses for a batch, read from a JSON object that maps a page id to its URL, either
 * directly ({@code {"id": "https://…"}}) or in an object ({@code {"id": {"url": "https://…"}}}, the
 * shape of the scrapinghub benchmark's ground truth). Ids without a usable URL are left out.
 */
public final class PageUrls {
    private PageUrls() {
    }

    /** @throws IOException when the file cannot be read or is not such a JSON object */
    public static Map<String, String> load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object mapping page ids to URLs");
        }
        Map<String, String> urls = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode value = e.getValue();
            JsonNode url = value.isObject() ? value.get("url") : value;
            if (url != null && url.isTextual() && !url.asText().isBlank()) {
                urls.put(e.getKey(), url.asText().strip());
            }
        }
        return urls;
    }
}
