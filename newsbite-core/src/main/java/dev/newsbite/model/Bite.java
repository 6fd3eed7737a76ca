package dev.newsbite.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The story in a bite, shown above an article: a short summary and who and where it is about.
 *
 * @param summary two or three sentences taken word for word from the body, in reading order, one
 *     string per sentence (a list, so that a reader can lay them out and a program can count them);
 *     empty when the body has no sentence fit to stand
 * @param readingMinutes minutes to read the body, rounded up; at least 1 for any text, 0 for none
 * @param words how many words the body holds (for Chinese and Japanese, words as ICU's dictionaries
 *     find them)
 * @param people the people the article names, most central first
 * @param organisations the organisations it names, most central first
 * @param places the places it names, most central first
 */
@JsonPropertyOrder({"summary", "readingMinutes", "words", "people", "organisations", "places"})
public record Bite(
        List<String> summary,
        int readingMinutes,
        int words,
        List<Named> people,
        List<Named> organisations,
        List<Named> places) {

    public Bite {
        summary = summary == null ? List.of() : List.copyOf(summary);
        people = people == null ? List.of() : List.copyOf(people);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        places = places == null ? List.of() : List.copyOf(places);
    }
}
