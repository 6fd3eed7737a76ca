package dev.newsbite.bite.entities;

import dev.newsbite.bite.WordSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts paragraphs into capitalised names and notes the evidence around each: titles before it,
 * an apposition after it, a verb of saying next to it, a place preposition before it, a dateline.
 * One left-to-right pass over the characters per paragraph, then one over the words; no regular
 * expressions, no recursion.
 */
final class MentionScanner {
    private static final Set<String> CONNECTORS = WordSets.of("of", "for", "and", "&", "de", "la", "van", "von", "der",
            "den", "al", "bin", "du", "da", "del", "di", "le");
    /** Words before a name that make an otherwise unknown name a place. Not "at": "analysts at Nissan". */
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "near", "across", "towards",
            "toward", "outside", "around", "via", "from");
    private static final Set<String> COMPASS = WordSets.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");
    static final Set<String> SAYING = WordSets.of("said", "says", "say", "told", "tells", "added", "adds", "warned",
            "argued", "insisted", "explained", "noted", "stressed", "claimed", "acknowledged", "admitted",
            "cautioned", "conceded", "wrote", "writes", "announced", "declared", "replied", "asked");

    private static final int MAX_RUN = 12;

    private final Lexicon lex = Lexicon.INSTANCE;
    private final MentionEvidence evidence = new MentionEvidence(lex);

    List<Mention> scan(List<String> paragraphs) {
        LowerWords lowerSeen = new LowerWords(paragraphs);
        int longest = 0;
        for (String p : paragraphs) {
            longest = Math.max(longest, p.length());
        }
        char[] buffer = new char[longest];
        // One paragraph's words at a time, in one reused table: no paragraph reads another's words.
        ParagraphWords words = new ParagraphWords();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            words.split(paragraphs.get(i), buffer);
            scanParagraph(i, paragraphs.get(i), words, lowerSeen, out);
        }
        return out;
    }

    private void scanParagraph(int index, String text, ParagraphWords ws, LowerWords lowerSeen, List<Mention> out) {
        int first = 0;
        int datelineEnd = MentionEvidence.datelineEnd(text);
        if (datelineEnd > 0) {
            List<String> name = new ArrayList<>();
            while (first < ws.size() && ws.end(first) <= datelineEnd) {
                name.add(MentionEvidence.titleCase(ws.text(first)));
                first++;
            }
            if (!name.isEmpty()) {
                Mention m = new Mention(out.size(), index, 0, datelineEnd, name);
                m.dateline = true;
                m.placeCue = true;
                out.add(m);
            }
        }
        int i = first;
        while (i < ws.size()) {
            if (ws.hyphenPlace(i)) {
                String place = ws.text(i).substring(0, ws.text(i).lastIndexOf('-'));
                Mention m = new Mention(out.size(), index, ws.start(i), ws.start(i) + place.length(), List.of(place));
                m.placeCue = true;
                out.add(m);
                i++;
                continue;
            }
            if (!startsName(ws, i)) {
                i++;
                continue;
            }
            int j = i;
            // A name has at most MAX_RUN words; the cap also bounds the splitting below.
            while (j + 1 < ws.size() && j - i < MAX_RUN && !endsName(text, ws, j)
                    && adjacent(text, ws, j, j + 1)) {
                int next = j + 1;
                if (startsName(ws, next)) {
                    j++;
                } else if (CONNECTORS.contains(ws.text(next)) && j + 2 < ws.size()
                        && adjacent(text, ws, next, j + 2) && startsName(ws, j + 2)) {
                    j += 2;
                } else {
                    break;
                }
            }
            emit(index, text, ws, i, j, lowerSeen, out);
            i = j + 1;
        }
    }

    /**
     * A possessive ends a name ("South Korea's Unification Ministry"), except a plural one before
     * another capitalised word ("Manchester Magistrates' Court"), which names one thing.
     */
    private static boolean endsName(String text, ParagraphWords ws, int w) {
        int end = ws.end(w);
        return ws.possessive(w) && !(end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && ws.text(w).endsWith("s"));
    }

    /** Whether words {@code a} and {@code b} stand next to each other, with only spaces (or a possessive) between. */
    private static boolean adjacent(String text, ParagraphWords ws, int a, int b) {
        int from = ws.end(a);
        int to = ws.start(b);
        if (ws.possessive(a) && from < to && (text.charAt(from) == '\'' || text.charAt(from) == '’')) {
            from++; // "Magistrates' Court"
            if (from < to && text.charAt(from) == 's') {
                from++; // "Ethiopia's Tadesse Bekele"
            }
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsName(ParagraphWords ws, int w) {
        return ws.capital(w) && !ws.digit(w) && !ws.hyphenPlace(w);
    }

    /** Splits the run [from, to] into names by the connector, title and sentence-start rules. */
    private void emit(int paragraph, String text, ParagraphWords ws, int from, int to, LowerWords lowerSeen,
            List<Mention> out) {
        int a = from;
        int b = to;
        // Sentence-start capitals and function words are not names.
        while (a <= b && (lex.common.contains(ws.text(a))
                || lex.calendar.contains(ws.text(a)) || CONNECTORS.contains(ws.text(a))
                || commonAtStart(ws, a, lowerSeen)) && !knownSpan(ws, a, b)) {
            a++;
        }
        // Days and months split a run ("Monday's", "Saturday's final").
        for (int k = a; k <= b; k++) {
            if (lex.calendar.contains(ws.text(k))) {
                emit(paragraph, text, ws, a, k - 1, lowerSeen, out, true);
                a = k + 1;
            }
        }
        emit(paragraph, text, ws, a, b, lowerSeen, out, true);
    }

    private void emit(int paragraph, String text, ParagraphWords ws, int a, int b, LowerWords lowerSeen,
            List<Mention> out, boolean split) {
        while (a <= b && CONNECTORS.contains(ws.text(a))) {
            a++;
        }
        while (b >= a && CONNECTORS.contains(ws.text(b))) {
            b--;
        }
        if (a > b) {
            return;
        }
        // "and" joins only inside an organisation's name ("Competition and Markets Authority").
        for (int k = a + 1; k < b; k++) {
            if (!ws.text(k).equals("and")) {
                continue; // the tests below read the whole run: only for an "and"
            }
            boolean joined = lex.orgSuffixes.contains(ws.text(b))
                    || (lex.orgHeads.contains(ws.text(a)) && hasOfFor(ws, a, b));
            // Two whole names listed: "University of Queensland and Cornell University".
            boolean twoNames = b - k >= 2 && lex.orgSuffixes.contains(ws.text(b))
                    && (k - 1 > a && lex.orgSuffixes.contains(ws.text(k - 1))
                            || (lex.orgHeads.contains(ws.text(a)) && hasOfFor(ws, a, k - 1)));
            if (!joined || twoNames) {
                emit(paragraph, text, ws, a, k - 1, lowerSeen, out, true);
                emit(paragraph, text, ws, k + 1, b, lowerSeen, out, true);
                return;
            }
        }
        // "of"/"for" joins after an organisation or place word ("Bank of England", "Isle of Man").
        for (int k = a + 1; k < b; k++) {
            String t = ws.text(k);
            if (t.equals("of") || t.equals("for")) {
                String left = ws.text(k - 1);
                // Two single unknown words stay one name ("Kyle of Lochalsh"); "Marin of Romania" does not.
                boolean pair = k - 1 == a && k + 1 == b && !lex.isPlace(ws.text(b))
                        && !lex.isPlace(left) && !lex.isTitle(left);
                if (!lex.orgHeads.contains(left) && !lex.orgSuffixes.contains(left)
                        && !lex.placeBefore.contains(left) && !pair) {
                    emit(paragraph, text, ws, a, k - 1, lowerSeen, out, true);
                    emit(paragraph, text, ws, k + 1, b, lowerSeen, out, true);
                    return;
                }
            }
        }
        // Titles before a name: "Vice Foreign Minister Zhao Wenjun", "ECB President Helena Brandt".
        int t = -1;
        for (int k = b - 1; k >= a; k--) {
            if (lex.isTitle(ws.text(k))) {
                t = k;
                break;
            }
        }
        StringBuilder titles = new StringBuilder();
        PersonNames.Gender gender = PersonNames.Gender.UNKNOWN;
        if (t >= 0 && !lex.orgSuffixes.contains(ws.text(b)) && b - t <= 4 && !lex.isTitle(ws.text(b))) {
            for (int k = a; k <= t; k++) {
                String word = ws.text(k);
                if (lex.isTitle(word)) {
                    titles.append(titles.length() == 0 ? "" : " ").append(word);
                    PersonNames.Gender g = lex.titles.get(word);
                    if (g != PersonNames.Gender.UNKNOWN) {
                        gender = g;
                    }
                } else if (!CONNECTORS.contains(word)) {
                    // An organisation named inside the title ("ECB President", "Senate Majority Leader").
                    addMention(paragraph, text, ws, k, k, lowerSeen, out, "", PersonNames.Gender.UNKNOWN);
                }
            }
            a = t + 1;
        } else if (t < 0 && lex.isTitle(ws.text(b)) && a == b) {
            return;
        }
        if (a > b) {
            return;
        }
        addMention(paragraph, text, ws, a, b, lowerSeen, out, titles.toString(), gender);
    }

    private static boolean hasOfFor(ParagraphWords ws, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (ws.text(k).equals("of") || ws.text(k).equals("for")) {
                return true;
            }
        }
        return false;
    }

    private void addMention(int paragraph, String text, ParagraphWords ws, int a, int b, LowerWords lowerSeen,
            List<Mention> out, String titles, PersonNames.Gender gender) {
        List<String> names = new ArrayList<>(b - a + 1);
        for (int k = a; k <= b; k++) {
            // A plural possessive inside a name keeps its apostrophe ("Magistrates' Court").
            names.add(k < b && ws.possessive(k) ? ws.text(k) + text.charAt(ws.end(k)) : ws.text(k));
        }
        int first = a;
        int last = b;
        String lastText = ws.text(last);
        boolean named = names.contains("of") || names.contains("for");
        if (lex.events.contains(lastText)
                || (lex.demonyms.contains(lastText) && !lex.orgSuffixes.contains(lastText) && !named)) {
            return;
        }
        if (names.size() == 1 && (lex.common.contains(lastText) || lex.calendar.contains(lastText))) {
            return;
        }
        if (a == b && ws.allCaps(first) && lowerSeen.contains(lower(ws.text(first)))) {
            return; // "VOTE", "YES": a shouted word, not an acronym
        }
        Mention m = new Mention(out.size(), paragraph, ws.start(first), ws.end(last), names);
        m.titles = titles;
        m.titleGender = gender;
        m.sentenceStart = ws.sentenceStart(first) && titles.isEmpty();
        // With titles, the word before the name is a title, which says more than any cue would.
        int prev = titles.isEmpty() && a > 0 ? a - 1 : -1;
        if (prev >= 0 && adjacent(text, ws, prev, first)) {
            String p = ws.text(prev);
            m.roleBefore = lex.roles.contains(p);
            m.placePreposition = PLACE_PREPOSITIONS.contains(p)
                    || (p.equals("of") && a > 1 && COMPASS.contains(ws.text(a - 2)));
            m.placeCue = p.equals("counties") || p.equals("county");
            m.sayingNext = SAYING.contains(p);
            m.afterPlacePossessive = ws.possessive(prev) && lex.isPlace(p);
        }
        int next = b + 1 < ws.size() ? b + 1 : -1;
        if (next >= 0 && adjacent(text, ws, last, next) && SAYING.contains(ws.text(next))) {
            m.sayingNext = true;
        }
        evidence.after(text, ws.end(last), m);
        if (m.apposition == null && titles.isEmpty()) {
            m.apposition = evidence.appositionBefore(text, ws.start(first));
        }
        out.add(m);
    }

    /** Whether words [a, b] are a known place or institution ("New York", "New Zealand"). */
    private boolean knownSpan(ParagraphWords ws, int a, int b) {
        if (b == a || b - a > 3) {
            return false;
        }
        StringBuilder sb = new StringBuilder(ws.text(a));
        for (int k = a + 1; k <= b; k++) {
            sb.append(' ').append(ws.text(k));
        }
        return lex.isPlace(sb.toString());
    }

    /** A capitalised first word of a sentence that the article also writes in lower case ("Storm"). */
    private boolean commonAtStart(ParagraphWords ws, int w, LowerWords lowerSeen) {
        String text = ws.text(w);
        return ws.sentenceStart(w) && !known(text) && !lex.isTitle(text) && lowerSeen.contains(lower(text));
    }

    private boolean known(String word) {
        return lex.isPlace(word) || lex.firstNames.containsKey(word) || lex.knownOrgs.contains(word);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
