package dev.newsbite.bite.quotes;

import java.util.Objects;

/**
 * A direct quotation in an article.
 *
 * @param speaker who said it, as the article names them in full, or null when the text does not
 *     say clearly (never guessed)
 * @param text the words inside the quotation marks
 */
public record Quote(String speaker, String text) {
    public Quote {
        Objects.requireNonNull(text, "text");
    }
}
