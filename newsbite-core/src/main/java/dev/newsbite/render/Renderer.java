package dev.newsbite.render;

import dev.newsbite.model.Article;

/** Writes an article in one format. Implementations are stateless and thread-safe. */
public interface Renderer {

    String render(Article article);

    /** The renderer for {@code format}. */
    static Renderer of(Format format) {
        return switch (format) {
            case TEXT -> new TextRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case HTML -> new HtmlRenderer();
            case JSON -> new JsonRenderer();
        };
    }
}
