package dev.newsbite.bite.entities;

import dev.newsbite.bite.Letters;
import dev.newsbite.bite.WordSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The evidence a few characters around a name give: an apposition after it (", 54,", ", a professor
 * at …", ", the Chinese border city", ", who …", ", where …", "(KCNA)"), a description before it
 * (", the Irish weather service, Met Éireann,") and datelines ("SEOUL —"). Bounded look-around only.
 */
final class MentionEvidence {
    private static final Set<String> OF_AT = WordSets.of("of", "at", "for", "to", "in");

    private final Lexicon lex;

    MentionEvidence(Lexicon lex) {
        this.lex = lex;
    }

    /** Evidence in the few characters after a name: apposition, age, "who", "where", "(ABC)". */
    void after(String text, int end, Mention m) {
        int i = end;
        if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
            i++;
        }
        if (i + 2 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) == '(') {
            int close = text.indexOf(')', i + 2);
            if (close > 0 && close - i < 12) {
                String inside = text.substring(i + 2, close);
                if (inside.length() >= 2 && inside.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')) {
                    m.definesAcronym = inside;
                }
            }
            return;
        }
        if (i + 2 >= text.length() || text.charAt(i) != ',' || text.charAt(i + 1) != ' ') {
            return;
        }
        int limit = Math.min(text.length(), i + 90);
        int j = i + 2;
        int wordStart = j;
        List<String> apposition = new ArrayList<>(8);
        while (j <= limit) {
            char c = j < limit ? text.charAt(j) : ' ';
            if (!Letters.isLetterOrDigit(c) && c != '\'' && c != '’' && c != '-') {
                if (j > wordStart) {
                    apposition.add(text.substring(wordStart, j));
                }
                if (c == ',' || c == '.' || c == ';' || apposition.size() >= 8) {
                    break;
                }
                wordStart = j + 1;
            }
            j++;
        }
        if (apposition.isEmpty()) {
            return;
        }
        String head = apposition.get(0);
        if (apposition.size() == 1 && head.chars().allMatch(Character::isDigit) && head.length() <= 3) {
            m.ageAfter = true;
            return;
        }
        if (head.equals("who")) {
            m.whoAfter = true;
            return;
        }
        if (head.equals("where")) {
            m.apposition = EntityKind.PLACE;
            return;
        }
        if (lex.roles.contains(head) && apposition.size() >= 3 && OF_AT.contains(apposition.get(1))
                || apposition.size() >= 4 && lex.roles.contains(apposition.get(1)) && OF_AT.contains(apposition.get(2))) {
            m.apposition = EntityKind.PERSON; // ", chief executive of …", ", president of …"
            return;
        }
        boolean possessiveName = Letters.isUpperCase(head.charAt(0)) && (head.endsWith("'s") || head.endsWith("’s"));
        if (!head.equals("a") && !head.equals("an") && !head.equals("the") && !head.equals("its")
                && !head.equals("his") && !head.equals("her") && !head.equals("their") && !possessiveName) {
            return;
        }
        for (int k = 1; k < apposition.size(); k++) {
            String w = stripPossessive(apposition.get(k));
            if (w.equals(apposition.get(k)) && lex.roles.contains(w) || w.endsWith("ist") && w.length() > 5
                    && Letters.isLowerCase(w.charAt(0))) {
                m.apposition = EntityKind.PERSON;
                return;
            }
            if (lex.placeHeads.contains(w)) {
                m.apposition = EntityKind.PLACE;
                return;
            }
            if (lex.orgHeadNouns.contains(w)) {
                m.apposition = EntityKind.ORGANISATION;
                return;
            }
            if (w.equals("who") || w.equals("which") || w.equals("that")) {
                return;
            }
        }
    }
    /**
     * "The Irish weather service, Met Éireann, issued": a description set off by a comma right before
     * the name, opening a sentence or with a determiner, whose last word says what the name is.
     */
    EntityKind appositionBefore(String text, int start) {
        if (start < 3 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != ',') {
            return null;
        }
        int end = start - 2;
        int from = Math.max(0, end - 80);
        int segment = from;
        for (int i = end - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == ':') {
                segment = i + 1;
                break;
            }
        }
        if (!mayOpenWithDeterminer(text, segment, end)) {
            return null; // most segments: no string cut, replaced and split for nothing
        }
        String[] words = text.substring(segment, end).replace('"', ' ').replace('”', ' ').replace('“', ' ')
                .strip().split(" ");
        if (words.length < 2 || words.length > 8) {
            return null;
        }
        String det = lower(words[0]);
        if (!det.equals("the") && !det.equals("its") && !det.equals("his") && !det.equals("her")
                && !det.equals("their") && !det.equals("a") && !det.equals("an")) {
            return null;
        }
        String head = words[words.length - 1];
        if (lex.orgHeadNouns.contains(head)) {
            return EntityKind.ORGANISATION;
        }
        if (lex.placeHeads.contains(head)) {
            return EntityKind.PLACE;
        }
        if (lex.roles.contains(head)) {
            return EntityKind.PERSON;
        }
        return null;
    }
    /**
     * Whether the segment's first word, once quotation marks and spaces are taken off, can be one
     * of the determiners {@link #appositionBefore} asks for: its first character is t, i, h or a in
     * either case, or outside ASCII (left to the full test).
     */
    private static boolean mayOpenWithDeterminer(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '“' || Character.isWhitespace(c)) {
                continue;
            }
            if (c >= 128) {
                return true;
            }
            char lower = (char) (c | 0x20);
            return lower == 't' || lower == 'i' || lower == 'h' || lower == 'a';
        }
        return false;
    }

    /** The end of a dateline ("SEOUL — ", "LOS ANGELES, Calif. — "), or -1. */
    static int datelineEnd(String text) {
        int n = Math.min(text.length(), 60);
        int i = 0;
        int letters = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Letters.isLetter(c)) {
                if (!Letters.isUpperCase(c)) {
                    return -1;
                }
                letters++;
            } else if (c != ' ' && c != '.' && c != '\'' && c != '-') {
                break;
            }
            i++;
        }
        if (letters < 3 || i >= n) {
            return -1;
        }
        int nameEnd = i;
        while (nameEnd > 0 && text.charAt(nameEnd - 1) == ' ') {
            nameEnd--;
        }
        char c = text.charAt(i);
        if (c == '(') {
            // "BERLIN (AP) —": the agency stays in the text to be read as a name.
            int close = text.indexOf(')', i);
            if (close < 0 || close - i > 30 || close + 2 >= text.length()) {
                return -1;
            }
            int k = close + 1;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            char d = k < text.length() ? text.charAt(k) : ' ';
            return d == '—' || d == '–' || d == '-' ? nameEnd : -1;
        }
        if (c == '—' || c == '–' || (c == '-' && i > 0 && text.charAt(i - 1) == ' ')) {
            return nameEnd;
        }
        if (c == ',') {
            // "LOS ANGELES, Calif. —": a short state part, then the dash.
            int dash = -1;
            for (int k = i + 1; k < Math.min(text.length(), i + 24); k++) {
                char d = text.charAt(k);
                if (d == '—' || d == '–') {
                    dash = k;
                    break;
                }
            }
            return dash > 0 ? nameEnd : -1;
        }
        return -1;
    }

    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean startOfWord = true;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            sb.append(startOfWord ? c : Character.toLowerCase(c));
            startOfWord = c == ' ' || c == '-';
        }
        return sb.toString();
    }
    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }
}
