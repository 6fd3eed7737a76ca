package dev.newsbite.bite.quotes;

import dev.newsbite.bite.Letters;
import dev.newsbite.bite.WordSets;
import dev.newsbite.bite.entities.Entity;
import dev.newsbite.bite.entities.PersonNames;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a quotation is attributed to by the words around it in its sentence. Reads words, not
 * regular expressions, and only a bounded stretch of text on each side.
 */
final class Attribution {
    static final Set<String> SAYING = WordSets.of("said", "says", "say", "told", "tells", "added", "adds",
            "warned", "argued", "insisted", "explained", "noted", "stressed", "claimed", "acknowledged",
            "admitted", "cautioned", "conceded", "wrote", "writes", "replied", "asked", "continued", "recalled");
    /** Verbs that take a quotation as their object inside a sentence ("called the deal "…""). */
    private static final Set<String> CALLING = WordSets.of("called", "calls", "described", "describes", "dubbed",
            "termed", "branded");
    private static final Set<String> OF_AT = WordSets.of("of", "at", "for", "to", "in");
    private static final Set<String> PRONOUNS = WordSets.of("he", "she", "they");
    private static final int TRAILING_WORDS = 12;
    private static final int LOOK = 300;

    private final List<String> paragraphs;
    private final SpeakerIndex index;
    private final List<QuoteMarks.Span> quoted;

    Attribution(List<String> paragraphs, SpeakerIndex index, List<QuoteMarks.Span> quoted) {
        this.paragraphs = paragraphs;
        this.index = index;
        this.quoted = quoted;
    }

    /** The speaker the sentence around this quotation names, or null. */
    Entity speakerOf(QuoteMarks.Span s) {
        Entity after = trailing(s);
        if (after != null) {
            return after;
        }
        return leading(s);
    }

    /** {@code "…," he said}, {@code "…," Hale told reporters}, {@code "…" said X}, {@code according to X}. */
    private Entity trailing(QuoteMarks.Span s) {
        int p = s.endParagraph();
        String text = paragraphs.get(p);
        int from = s.close() + 1;
        int end = sentenceEnd(text, from);
        Words words = new Words(text, from, end);
        int limit = Math.min(words.size(), TRAILING_WORDS);
        for (int k = 0; k < limit; k++) {
            String w = words.lower(k);
            if (SAYING.contains(w)) {
                if (k == 0) {
                    SpeakerIndex.Hit h = index.firstIn(p, words.start(k), Math.min(end, words.end(k) + 60));
                    if (h != null) {
                        return h.entity();
                    }
                    if (words.size() > 1 && PRONOUNS.contains(words.lower(1))) {
                        return index.resolve(words.lower(1), p, words.start(1), quoted);
                    }
                    return null;
                }
                return subject(p, from, words.start(k));
            }
            if (w.equals("according") && k + 1 < words.size() && words.lower(k + 1).equals("to")) {
                SpeakerIndex.Hit h = index.firstIn(p, words.end(k + 1), Math.min(end, words.end(k + 1) + 60));
                return h != null && h.start() - words.end(k + 1) <= 1 ? h.entity() : null;
            }
        }
        return null;
    }

    /** {@code Pike said: "…"}, {@code Whitaker called the deal "…"}, {@code she said: "…"}. */
    private Entity leading(QuoteMarks.Span s) {
        int p = s.startParagraph();
        String text = paragraphs.get(p);
        int start = sentenceStart(text, s.open());
        Words words = new Words(text, start, s.open());
        for (int k = words.size() - 1; k >= 0; k--) {
            String w = words.lower(k);
            if (SAYING.contains(w) || CALLING.contains(w)) {
                return subject(p, start, words.start(k));
            }
        }
        return null;
    }

    /**
     * The subject of a verb of saying at {@code verb}: a pronoun right before it, or the last name
     * before it when only an apposition (", a professor at …,"), "of Texas" or an adverb separates
     * them. A name inside an apposition is passed over for the name the apposition describes.
     */
    Entity subject(int p, int clauseStart, int verb) {
        String text = paragraphs.get(p);
        Words before = new Words(text, clauseStart, verb);
        if (before.size() > 0) {
            String w = before.lower(before.size() - 1);
            if (PRONOUNS.contains(w)) {
                return index.resolve(w, p, before.start(before.size() - 1), quoted);
            }
        }
        SpeakerIndex.Hit h = index.lastIn(p, clauseStart, verb);
        if (h != null) {
            // "Professor Tomas Reyes of the University of Auckland said": the person, not the place of work.
            SpeakerIndex.Hit person = index.lastIn(p, clauseStart, h.start());
            if (person != null && person.entity().kind() == dev.newsbite.bite.entities.EntityKind.PERSON) {
                String link = text.substring(person.end(), h.start());
                boolean linked = link.equals(" of the ") || link.equals(" of ") || link.equals(" at the ")
                        || link.equals(" at ");
                if (linked && text.substring(h.end(), verb).isBlank()) {
                    return SpeakerIndex.inside(person, quoted) ? null : person.entity();
                }
            }
        }
        while (h != null) {
            String gap = text.substring(h.end(), verb).strip();
            if (gap.equals(")")) {
                gap = ""; // "the Korean Central News Agency (KCNA) said"
            }
            if (gap.isEmpty() || isAdverb(gap) || gap.startsWith("of ") && gap.length() < 30
                    && Letters.isUpperCase(gap.charAt(3))) {
                return SpeakerIndex.inside(h, quoted) ? null : h.entity();
            }
            if (gap.startsWith(",") && gap.endsWith(",")) {
                // The name is last in its comma segment: if that segment is an apposition
                // ("a specialist at the University of Bristol"), the subject is the name before it.
                int segmentStart = text.lastIndexOf(',', h.start());
                if (segmentStart >= clauseStart && isApposition(text.substring(segmentStart + 1, h.start()))) {
                    h = index.lastIn(p, clauseStart, segmentStart);
                    continue;
                }
                return SpeakerIndex.inside(h, quoted) ? null : h.entity();
            }
            return null;
        }
        return null;
    }

    private static boolean isAdverb(String gap) {
        return gap.indexOf(' ') < 0 && (gap.endsWith("ly") || gap.equals("also") || gap.equals("later")
                || gap.equals("has") || gap.equals("had") || gap.equals("then") || gap.equals("again"));
    }

    /** ", a professor of …", ", the museum's director": starts with a determiner and names a role. */
    static boolean isApposition(String segment) {
        Words w = new Words(segment, 0, segment.length());
        if (w.size() == 0) {
            return false;
        }
        String first = w.lower(0);
        if (!first.equals("a") && !first.equals("an") && !first.equals("the") && !first.equals("its")
                && !first.equals("his") && !first.equals("her") && !first.equals("their")
                && !first.equals("who") && !PersonNames.isRole(first) && !PersonNames.isRole(w.lower(1 % w.size()))) {
            return false;
        }
        boolean roleOf = w.size() >= 3 && PersonNames.isRole(first) && OF_AT.contains(w.lower(1))
                || w.size() >= 4 && PersonNames.isRole(w.lower(1)) && OF_AT.contains(w.lower(2));
        if (first.equals("who") || roleOf) {
            return true; // ", who led …," or ", chief executive of …,"
        }
        for (int k = 1; k < Math.min(w.size(), 6); k++) {
            String word = w.lower(k);
            if (word.endsWith("'s") || word.endsWith("’s")) {
                continue;
            }
            if (PersonNames.isRole(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether someone other than this speaker is named, outside quotations, between two quotations. */
    boolean namesSomeoneBetween(QuoteMarks.Span a, QuoteMarks.Span b, Entity speaker) {
        int p = b.startParagraph();
        String text = paragraphs.get(p);
        for (SpeakerIndex.Hit h : index.hits(p)) {
            if (h.start() > a.close() && h.end() <= b.open() && !h.entity().equals(speaker)
                    && h.entity().kind() == dev.newsbite.bite.entities.EntityKind.PERSON) {
                return true;
            }
        }
        Words between = new Words(text, a.close() + 1, b.open());
        for (int k = 0; k < between.size(); k++) {
            String w = between.lower(k);
            if (PRONOUNS.contains(w) && k + 1 < between.size() && SAYING.contains(between.lower(k + 1))) {
                return !speaker.equals(index.resolve(w, p, between.start(k), quoted));
            }
        }
        return false;
    }

    private static final Set<String> ABBREVIATIONS = WordSets.of("Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Ltd", "Corp",
            "Co", "Jr", "Sr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Mt", "No", "vs");

    /** Whether the full stop at {@code dot} ends an abbreviation ("Mr.", "Corp."), not a sentence. */
    static boolean abbreviation(String text, int dot) {
        int i = dot;
        while (i > 0 && Letters.isLetter(text.charAt(i - 1)) && dot - i < 5) {
            i--;
        }
        return i < dot && (i == 0 || !Letters.isLetter(text.charAt(i - 1)))
                && ABBREVIATIONS.contains(text.substring(i, dot));
    }

    /** End of the sentence that starts at {@code from}: a full stop, ! or ? before a space, or a new quotation. */
    static int sentenceEnd(String text, int from) {
        int limit = Math.min(text.length(), from + LOOK);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || text.charAt(i + 1) == ' ')
                    && !(c == '.' && abbreviation(text, i))) {
                return i;
            }
            if ((c == '"' || c == '“' || c == '«' || c == '„') && i > from) {
                return i;
            }
        }
        return limit;
    }

    /** End of the sentence that starts at {@code from}, quotation marks ignored; the text's end if none. */
    static int sentenceEndPlain(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || text.charAt(i + 1) == ' ')
                    && !(c == '.' && abbreviation(text, i))) {
                return i;
            }
        }
        return text.length();
    }

    /** Start of the sentence that holds {@code at}: after the last full stop, ! or ? or closing quotation. */
    static int sentenceStart(String text, int at) {
        int limit = Math.max(0, at - LOOK);
        for (int i = at - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' '
                    && !(c == '.' && abbreviation(text, i))) {
                return i + 1;
            }
            if (c == '"' || c == '”' || c == '»') {
                return i + 1;
            }
        }
        return limit;
    }

    /** The words of text[from, to), lower-cased on demand. */
    static final class Words {
        private final String text;
        private final int[] starts;
        private final int[] ends;
        private final int size;

        Words(String text, int from, int to) {
            this.text = text;
            int cap = Math.max(0, Math.min(to, text.length()) - from) / 2 + 1;
            int[] s = new int[Math.min(cap, 64)];
            int[] e = new int[s.length];
            int n = 0;
            int i = Math.max(0, from);
            int end = Math.min(to, text.length());
            while (i < end && n < s.length) {
                char c = text.charAt(i);
                if (!Letters.isLetterOrDigit(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < end && (Letters.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-'
                        || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                    i++;
                }
                s[n] = start;
                e[n] = i;
                n++;
            }
            starts = s;
            ends = e;
            size = n;
        }

        int size() {
            return size;
        }

        int start(int k) {
            return starts[k];
        }

        int end(int k) {
            return ends[k];
        }

        String lower(int k) {
            return text.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT);
        }

        /**
         * Whether {@link #lower}{@code (k)} equals {@code word}, a word of lower-case ASCII letters
         * other than k, without cutting it: only the letter itself or its capital lower-cases to
         * such a letter (the Kelvin sign gives k, and İ gives two characters).
         */
        boolean is(int k, String word) {
            int start = starts[k];
            if (ends[k] - start != word.length()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = text.charAt(start + i);
                if (c >= 128 || (c | 0x20) != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
