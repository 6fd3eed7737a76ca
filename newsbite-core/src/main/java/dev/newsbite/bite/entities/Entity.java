package dev.newsbite.bite.entities;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place an article names.
 *
 * @param name the fullest form the article uses ("Kim Jong-un")
 * @param kind what it is
 * @param mentions how many times the article names it, in any of its forms
 * @param aliases the other forms it is named by ("Kim", "Mr Kim"), in order of first use
 */
public record Entity(String name, EntityKind kind, int mentions, List<String> aliases) {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
