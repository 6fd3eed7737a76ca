package dev.newsbite.reader.view;

import java.util.Objects;

/**
 * An error page.
 *
 * @param status the HTTP status it is sent with
 * @param kind a stable word for programs and styles ("not-an-article", "unreachable", "refused",
 *     "too-large", "timeout", "not-found", "bad-url", ...)
 * @param heading one short line for a person ("This page could not be reached")
 * @param detail what exactly went wrong, one line (or null)
 * @param originalUrl the page asked for, linked so the person can go there (or null)
 */
public record ErrorView(int status, String kind, String heading, String detail, String originalUrl) {
    public ErrorView {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
    }
}
