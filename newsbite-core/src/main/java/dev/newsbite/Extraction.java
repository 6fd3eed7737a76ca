package dev.newsbite;

import dev.newsbite.model.Article;
import java.util.List;
import java.util.Objects;

/** An article and the problems met while extracting it (empty when all went well). */
public record Extraction(Article article, List<Problem> problems) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        problems = List.copyOf(problems);
    }
}
