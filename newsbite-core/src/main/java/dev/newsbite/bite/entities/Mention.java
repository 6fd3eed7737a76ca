package dev.newsbite.bite.entities;

import java.util.List;

/**
 * One capitalised name in the text, as the scanner cut it, with the local evidence around it. The
 * finder decides what it names from this evidence and from the rest of the article.
 */
final class Mention {
    final int order;
    final int paragraph;
    final int start;
    final int end;
    /** The words of the name, titles removed, possessive 's removed. */
    final List<String> words;
    final String surface;

    /** The honorific or title words that stood before the name, joined ("Mr", "Vice Foreign Minister"). */
    String titles = "";
    PersonNames.Gender titleGender = PersonNames.Gender.UNKNOWN;
    boolean roleBefore;
    boolean ageAfter;
    boolean whoAfter;
    boolean sayingNext;
    EntityKind apposition;
    boolean placePreposition;
    boolean placeCue;
    boolean dateline;
    boolean sentenceStart;
    /** Right after a place's possessive: "Ethiopia's Tadesse Bekele". */
    boolean afterPlacePossessive;
    /** Whether the text right after is "(ABC)": an acronym the article defines for this name. */
    String definesAcronym;

    Mention(int order, int paragraph, int start, int end, List<String> words) {
        this.order = order;
        this.paragraph = paragraph;
        this.start = start;
        this.end = end;
        this.words = List.copyOf(words);
        this.surface = String.join(" ", words);
    }

    int size() {
        return words.size();
    }

    String first() {
        return words.get(0);
    }

    String last() {
        return words.get(words.size() - 1);
    }

    @Override
    public String toString() {
        return surface + "@" + paragraph + ":" + start;
    }
}
