package dev.newsbite.meta;

import java.util.List;

/**
 * What a page says about itself, each field resolved on its own from JSON-LD, OpenGraph, meta
 * tags, microdata and the DOM. Text fields are null when absent; {@code authors} is never null.
 *
 * @param title the headline, without a site suffix where one can be told apart
 * @param standfirst the standfirst (dek) shown under the headline, or the page's description
 * @param authors people (or, failing those, organisations) credited with the story
 * @param published ISO-8601, with the offset where the page gives one
 * @param modified ISO-8601, likewise
 * @param siteName the publication's name
 * @param source a syndication line such as "The Times", when the story comes from elsewhere
 * @param language a BCP 47 tag such as "en" or "en-GB"
 * @param canonicalUrl absolute
 * @param leadImage absolute URL of the main picture
 * @param articleBody the story's text as embedded JSON gives it (JSON-LD articleBody), or null
 * @param declaredType what the page calls itself: "article", "listing" or null when it says
 *     nothing (from JSON-LD @type and og:type)
 */
public record Metadata(
        String title,
        String standfirst,
        List<String> authors,
        String published,
        String modified,
        String siteName,
        String source,
        String language,
        String canonicalUrl,
        String leadImage,
        String articleBody,
        String declaredType) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static Metadata empty() {
        return new Metadata(null, null, List.of(), null, null, null, null, null, null, null, null, null);
    }
}
