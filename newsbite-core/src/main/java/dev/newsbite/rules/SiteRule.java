package dev.newsbite.rules;

import java.util.List;
import java.util.Objects;

/**
 * Extraction hints for one site, loaded from a rule file: {@code host} matches the page's host and
 * every host below it ("example.com" covers "www.example.com"); {@code body} is a CSS selector for
 * the article body; {@code strip} selectors name furniture inside it; {@code title} and
 * {@code date} select the headline and the publication date. Any selector may be null.
 */
public record SiteRule(String host, String body, List<String> strip, String title, String date) {
    public SiteRule {
        Objects.requireNonNull(host, "host");
        strip = strip == null ? List.of() : List.copyOf(strip);
    }
}
