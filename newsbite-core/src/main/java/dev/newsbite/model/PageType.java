package dev.newsbite.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of page an extraction found. */
public enum PageType {
    /** One story: a headline and a body. */
    ARTICLE,
    /** A section or front page: a list of teasers linking to stories. */
    LISTING,
    /** Anything else (a login wall, a search form, an error page). */
    OTHER;

    /** The lower-case name used in JSON and on the command line. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
