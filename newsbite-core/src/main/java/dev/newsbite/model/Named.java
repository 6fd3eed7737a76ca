package dev.newsbite.model;

import java.util.Objects;

/** A person, organisation or place an article names, in its fullest form, and how often it does. */
public record Named(String name, int mentions) {
    public Named {
        Objects.requireNonNull(name, "name");
    }
}
