package dev.newsbite.content;

import dev.newsbite.internal.Deadline;
import dev.newsbite.meta.Metadata;
import dev.newsbite.model.Block;
import dev.newsbite.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body. May change {@code doc} (it cleans it): callers that need the original
 * must pass a copy. Stateless and thread-safe.
 */
public final class ContentExtractor {

    public Content extract(Document doc, Metadata meta, Deadline deadline) {
        List<Block> blocks = new ArrayList<>();
        for (Element p : doc.select("p")) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                blocks.add(new Paragraph(text));
            }
        }
        return new Content(blocks, null, false);
    }
}
