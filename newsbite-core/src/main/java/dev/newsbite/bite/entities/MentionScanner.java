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
        List<List<Word>> words = new ArrayList<>(paragraphs.size());
        LowerWords lowerSeen = new LowerWords(paragraphs);
        int longest = 0;
        for (String p : paragraphs) {
            longest = Math.max(longest, p.length());
        }
        char[] buffer = new char[longest];
        for (String p : paragraphs) {
            words.add(Word.split(p, buffer));
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            scanParagraph(i, paragraphs.get(i), words.get(i), lowerSeen, out);
        }
        return out;
    }

    private void scanParagraph(int index, String text, List<Word> ws, LowerWords lowerSeen, List<Mention> out) {
        int first = 0;
        int datelineEnd = MentionEvidence.datelineEnd(text);
        if (datelineEnd > 0) {
            List<String> name = new ArrayList<>();
            while (first < ws.size() && ws.get(first).end <= datelineEnd) {
                name.add(MentionEvidence.titleCase(ws.get(first).text()));
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
            Word w = ws.get(i);
            if (w.hyphenPlace) {
                String place = w.text().substring(0, w.text().lastIndexOf('-'));
                Mention m = new Mention(out.size(), index, w.start, w.start + place.length(), List.of(place));
                m.placeCue = true;
                out.add(m);
                i++;
                continue;
            }
            if (!startsName(w)) {
                i++;
                continue;
            }
            int j = i;
            // A name has at most MAX_RUN words; the cap also bounds the splitting below.
            while (j + 1 < ws.size() && j - i < MAX_RUN && !endsName(text, ws.get(j))
                    && adjacent(text, ws.get(j), ws.get(j + 1))) {
                Word next = ws.get(j + 1);
                if (startsName(next)) {
                    j++;
                } else if (CONNECTORS.contains(next.text()) && j + 2 < ws.size()
                        && adjacent(text, next, ws.get(j + 2)) && startsName(ws.get(j + 2))) {
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
    private static boolean endsName(String text, Word w) {
        return w.possessive && !(w.end < text.length() && (text.charAt(w.end) == '\'' || text.charAt(w.end) == '’')
                && w.text().endsWith("s"));
    }

    private static boolean adjacent(String text, Word a, Word b) {
        int from = a.end;
        if (a.possessive && from < b.start && (text.charAt(from) == '\'' || text.charAt(from) == '’')) {
            from++; // "Magistrates' Court"
            if (from < b.start && text.charAt(from) == 's') {
                from++; // "Ethiopia's Tadesse Bekele"
            }
        }
        for (int i = from; i < b.start; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsName(Word w) {
        return w.capital && !w.digit && !w.hyphenPlace;
    }

    /** Splits the run [from, to] into names by the connector, title and sentence-start rules. */
    private void emit(int paragraph, String text, List<Word> ws, int from, int to, LowerWords lowerSeen,
            List<Mention> out) {
        int a = from;
        int b = to;
        // Sentence-start capitals and function words are not names.
        while (a <= b && (lex.common.contains(ws.get(a).text())
                || lex.calendar.contains(ws.get(a).text()) || CONNECTORS.contains(ws.get(a).text())
                || commonAtStart(ws.get(a), lowerSeen)) && !knownSpan(ws, a, b)) {
            a++;
        }
        // Days and months split a run ("Monday's", "Saturday's final").
        for (int k = a; k <= b; k++) {
            if (lex.calendar.contains(ws.get(k).text())) {
                emit(paragraph, text, ws, a, k - 1, lowerSeen, out, true);
                a = k + 1;
            }
        }
        emit(paragraph, text, ws, a, b, lowerSeen, out, true);
    }

    private void emit(int paragraph, String text, List<Word> ws, int a, int b, LowerWords lowerSeen,
            List<Mention> out, boolean split) {
        while (a <= b && CONNECTORS.contains(ws.get(a).text())) {
            a++;
        }
        while (b >= a && CONNECTORS.contains(ws.get(b).text())) {
            b--;
        }
        if (a > b) {
            return;
        }
        // "and" joins only inside an organisation's name ("Competition and Markets Authority").
        for (int k = a + 1; k < b; k++) {
            if (!ws.get(k).text().equals("and")) {
                continue; // the tests below read the whole run: only for an "and"
            }
            boolean joined = lex.orgSuffixes.contains(ws.get(b).text())
                    || (lex.orgHeads.contains(ws.get(a).text()) && hasOfFor(ws, a, b));
            // Two whole names listed: "University of Queensland and Cornell University".
            boolean twoNames = b - k >= 2 && lex.orgSuffixes.contains(ws.get(b).text())
                    && (k - 1 > a && lex.orgSuffixes.contains(ws.get(k - 1).text())
                            || (lex.orgHeads.contains(ws.get(a).text()) && hasOfFor(ws, a, k - 1)));
            if (!joined || twoNames) {
                emit(paragraph, text, ws, a, k - 1, lowerSeen, out, true);
                emit(paragraph, text, ws, k + 1, b, lowerSeen, out, true);
                return;
            }
        }
        // "of"/"for" joins after an organisation or place word ("Bank of England", "Isle of Man").
        for (int k = a + 1; k < b; k++) {
            String t = ws.get(k).text();
            if (t.equals("of") || t.equals("for")) {
                String left = ws.get(k - 1).text();
                // Two single unknown words stay one name ("Kyle of Lochalsh"); "Marin of Romania" does not.
                boolean pair = k - 1 == a && k + 1 == b && !lex.isPlace(ws.get(b).text())
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
            if (lex.isTitle(ws.get(k).text())) {
                t = k;
                break;
            }
        }
        StringBuilder titles = new StringBuilder();
        PersonNames.Gender gender = PersonNames.Gender.UNKNOWN;
        if (t >= 0 && !lex.orgSuffixes.contains(ws.get(b).text()) && b - t <= 4 && !lex.isTitle(ws.get(b).text())) {
            for (int k = a; k <= t; k++) {
                String word = ws.get(k).text();
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
        } else if (t < 0 && lex.isTitle(ws.get(b).text()) && a == b) {
            return;
        }
        if (a > b) {
            return;
        }
        addMention(paragraph, text, ws, a, b, lowerSeen, out, titles.toString(), gender);
    }

    private static boolean hasOfFor(List<Word> ws, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (ws.get(k).text().equals("of") || ws.get(k).text().equals("for")) {
                return true;
            }
        }
        return false;
    }

    private void addMention(int paragraph, String text, List<Word> ws, int a, int b, LowerWords lowerSeen,
            List<Mention> out, String titles, PersonNames.Gender gender) {
        List<String> names = new ArrayList<>(b - a + 1);
        for (int k = a; k <= b; k++) {
            Word w = ws.get(k);
            // A plural possessive inside a name keeps its apostrophe ("Magistrates' Court").
            names.add(k < b && w.possessive ? w.text() + text.charAt(w.end) : w.text());
        }
        Word first = ws.get(a);
        Word last = ws.get(b);
        String lastText = last.text();
        boolean named = names.contains("of") || names.contains("for");
        if (lex.events.contains(lastText)
                || (lex.demonyms.contains(lastText) && !lex.orgSuffixes.contains(lastText) && !named)) {
            return;
        }
        if (names.size() == 1 && (lex.common.contains(lastText) || lex.calendar.contains(lastText))) {
            return;
        }
        if (a == b && first.allCaps && lowerSeen.contains(lower(first.text()))) {
            return; // "VOTE", "YES": a shouted word, not an acronym
        }
        Mention m = new Mention(out.size(), paragraph, first.start, last.end, names);
        m.titles = titles;
        m.titleGender = gender;
        m.sentenceStart = first.sentenceStart && titles.isEmpty();
        // With titles, the word before the name is a title, which says more than any cue would.
        Word prev = titles.isEmpty() && a > 0 ? ws.get(a - 1) : null;
        if (prev != null && adjacent(text, prev, first)) {
            String p = prev.text();
            m.roleBefore = lex.roles.contains(p);
            m.placePreposition = PLACE_PREPOSITIONS.contains(p)
                    || (p.equals("of") && a > 1 && COMPASS.contains(ws.get(a - 2).text()));
            m.placeCue = p.equals("counties") || p.equals("county");
            m.sayingNext = SAYING.contains(p);
            m.afterPlacePossessive = prev.possessive && lex.isPlace(p);
        }
        Word next = b + 1 < ws.size() ? ws.get(b + 1) : null;
        if (next != null && adjacent(text, last, next) && SAYING.contains(next.text())) {
            m.sayingNext = true;
        }
        evidence.after(text, last.end, m);
        if (m.apposition == null && titles.isEmpty()) {
            m.apposition = evidence.appositionBefore(text, first.start);
        }
        out.add(m);
    }

    /** Whether words [a, b] are a known place or institution ("New York", "New Zealand"). */
    private boolean knownSpan(List<Word> ws, int a, int b) {
        if (b == a || b - a > 3) {
            return false;
        }
        StringBuilder sb = new StringBuilder(ws.get(a).text());
        for (int k = a + 1; k <= b; k++) {
            sb.append(' ').append(ws.get(k).text());
        }
        return lex.isPlace(sb.toString());
    }

    /** A capitalised first word of a sentence that the article also writes in lower case ("Storm"). */
    private boolean commonAtStart(Word w, LowerWords lowerSeen) {
        return w.sentenceStart && !known(w.text()) && !lex.isTitle(w.text()) && lowerSeen.contains(lower(w.text()));
    }

    private boolean known(String word) {
        return lex.isPlace(word) || lex.firstNames.containsKey(word) || lex.knownOrgs.contains(word);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
