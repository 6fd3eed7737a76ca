package dev.newsbite.render;

import java.util.Locale;

/** The output formats, named as on the command line ({@code --format text}). */
public enum Format {
    TEXT,
    MARKDOWN,
    HTML,
    JSON;

    /** The format called {@code name} (case-insensitive; "md" is Markdown). */
    public static Format named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("md")) {
            return MARKDOWN;
        }
        for (Format f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "': use text, markdown, html or json");
    }
}
