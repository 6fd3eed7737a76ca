package dev.newsbite.content;

import dev.newsbite.model.Block;
import java.util.List;

/**
 * The main content found on a page.
 *
 * @param body the article body, in reading order (empty when none was found)
 * @param source a syndication line found in the DOM ("The Times"), or null
 * @param truncated true when the time budget cut the work short
 */
public record Content(List<Block> body, String source, boolean truncated) {
    public Content {
        body = List.copyOf(body);
    }
}
