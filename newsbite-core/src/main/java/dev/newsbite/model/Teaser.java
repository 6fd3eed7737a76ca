package dev.newsbite.model;

import java.util.Objects;

/**
 * One story on a listing page: its headline and absolute URL, and, where the page shows them, a
 * standfirst, a byline and an image URL (each may be null).
 */
public record Teaser(String headline, String url, String standfirst, String byline, String image) {
    public Teaser {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(url, "url");
    }
}
