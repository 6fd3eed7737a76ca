package dev.newsbite.render;

import dev.newsbite.model.Article;

/** Placeholder until the renderer lands. */
public final class HtmlRenderer implements Renderer {
    @Override
    public String render(Article article) {
        return article.title() + "\n\n" + article.bodyText();
    }
}
