package dev.newsbite.bite.entities;

/**
 * What a person's names say about the pronoun an article uses for them, for resolving "he" and
 * "she" to a person named before. Honorifics an article used ("Mr Kim", "Ms Vance") decide first,
 * then the given name ("Helena Brandt"); anything else is unknown, which fits either pronoun.
 */
public final class PersonNames {
    /** The pronoun a person's names point to, or UNKNOWN. */
    public enum Gender {
        MALE,
        FEMALE,
        UNKNOWN
    }

    private PersonNames() {}

    /**
     * @param person a person, with the forms the article named them by as aliases
     * @return the gender its honorifics or given name suggest, UNKNOWN when they say nothing or
     *     disagree
     */
    public static Gender gender(Entity person) {
        Lexicon lexicon = Lexicon.INSTANCE;
        Gender byTitle = Gender.UNKNOWN;
        for (String alias : person.aliases()) {
            int space = alias.indexOf(' ');
            if (space > 0) {
                Gender g = lexicon.titles.getOrDefault(alias.substring(0, space), Gender.UNKNOWN);
                if (g != Gender.UNKNOWN) {
                    if (byTitle != Gender.UNKNOWN && byTitle != g) {
                        return Gender.UNKNOWN;
                    }
                    byTitle = g;
                }
            }
        }
        if (byTitle != Gender.UNKNOWN) {
            return byTitle;
        }
        String name = person.name();
        int space = name.indexOf(' ');
        if (space <= 0) {
            return Gender.UNKNOWN;
        }
        return lexicon.firstNames.getOrDefault(name.substring(0, space), Gender.UNKNOWN);
    }

    /**
     * @param word a lower-case word
     * @return whether it names what a person does ("analyst", "spokesperson"), as in an apposition
     *     after a name
     */
    public static boolean isRole(String word) {
        return Lexicon.INSTANCE.roles.contains(word) || (word.endsWith("ist") && word.length() > 5);
    }
}
