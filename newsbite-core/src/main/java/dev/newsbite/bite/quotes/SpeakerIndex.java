package dev.newsbite.bite.quotes;

import dev.newsbite.bite.entities.Entity;
import dev.newsbite.bite.entities.EntityKind;
import dev.newsbite.bite.entities.PersonNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the article names the people and organisations it was given, and who "he" or "she" refers
 * to at a point of the text. Names are matched word by word at capitalised words, longest form
 * first, so the work is linear in the text.
 */
final class SpeakerIndex {
    private static final int LONGEST_FORM = 6;

    /** A name of a speaker at [start, end) of a paragraph. */
    record Hit(int paragraph, int start, int end, Entity entity) {}

    private final List<List<Hit>> byParagraph;
    private final Map<Entity, PersonNames.Gender> genders = new HashMap<>();

    SpeakerIndex(List<String> paragraphs, List<Entity> entities) {
        Map<String, Entity> forms = new HashMap<>();
        for (Entity e : entities) {
            if (e.kind() == EntityKind.PLACE) {
                continue;
            }
            forms.putIfAbsent(e.name(), e);
            for (String alias : e.aliases()) {
                // A person's form wins over an organisation's for the same words.
                Entity old = forms.get(alias);
                if (old == null || (old.kind() != EntityKind.PERSON && e.kind() == EntityKind.PERSON)) {
                    forms.put(alias, e);
                }
            }
            if (e.kind() == EntityKind.PERSON) {
                genders.put(e, PersonNames.gender(e));
            }
        }
        byParagraph = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            byParagraph.add(scan(p, paragraphs.get(p), forms));
        }
    }

    private static List<Hit> scan(int paragraph, String text, Map<String, Entity> forms) {
        List<Hit> hits = new ArrayList<>();
        if (forms.isEmpty()) {
            return hits;
        }
        List<int[]> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || ((text.charAt(i) == '-' || text.charAt(i) == '.' || text.charAt(i) == '\''
                            || text.charAt(i) == '’') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            int end = i;
            if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
                end -= 2;
            }
            if (i < n && text.charAt(i) == '.' && end - start <= 4) {
                end = i + 1; // "Inc.", "Ltd." as the entity may spell them
            }
            words.add(new int[] {start, end});
        }
        int w = 0;
        while (w < words.size()) {
            int start = words.get(w)[0];
            if (!Character.isUpperCase(text.charAt(start))) {
                w++;
                continue;
            }
            Hit found = null;
            int used = 0;
            StringBuilder form = new StringBuilder();
            for (int k = w; k < Math.min(words.size(), w + LONGEST_FORM); k++) {
                int[] word = words.get(k);
                if (k > w) {
                    int gapStart = words.get(k - 1)[1];
                    if (word[0] - gapStart != 1 || text.charAt(gapStart) != ' ') {
                        break;
                    }
                    form.append(' ');
                }
                form.append(text, word[0], word[1]);
                Entity e = forms.get(form.toString());
                if (e != null) {
                    found = new Hit(paragraph, start, word[1], e);
                    used = k - w + 1;
                }
            }
            if (found != null) {
                hits.add(found);
                w += used;
            } else {
                w++;
            }
        }
        return hits;
    }

    List<Hit> hits(int paragraph) {
        return byParagraph.get(paragraph);
    }

    /** The last speaker named in [from, to) of a paragraph, or null. */
    Hit lastIn(int paragraph, int from, int to) {
        Hit last = null;
        for (Hit h : byParagraph.get(paragraph)) {
            if (h.start >= from && h.end <= to) {
                last = h;
            }
        }
        return last;
    }

    /** The first speaker named in [from, to) of a paragraph, or null. */
    Hit firstIn(int paragraph, int from, int to) {
        for (Hit h : byParagraph.get(paragraph)) {
            if (h.start >= from && h.end <= to) {
                return h;
            }
        }
        return null;
    }

    /**
     * Who "he" or "she" at this point refers to: the first fitting person named earlier in the
     * paragraph (the paragraph's subject, as news writing puts it first), else the one fitting
     * person of the nearest earlier paragraph that names people. Null when no one fits or two do.
     *
     * @param quoted spans of the text inside quotation marks, whose names are not subjects
     */
    Entity resolve(String pronoun, int paragraph, int offset, List<QuoteMarks.Span> quoted) {
        PersonNames.Gender wanted = switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
            case "he" -> PersonNames.Gender.MALE;
            case "she" -> PersonNames.Gender.FEMALE;
            default -> null;
        };
        if (wanted == null) {
            return null; // "they" is as often a group as a person: not guessed
        }
        for (Hit h : byParagraph.get(paragraph)) {
            if (h.start >= offset) {
                break;
            }
            if (fits(h.entity, wanted) && !inside(h, quoted)) {
                return h.entity;
            }
        }
        for (int p = paragraph - 1; p >= Math.max(0, paragraph - 2); p--) {
            Entity only = null;
            boolean anyPerson = false;
            for (Hit h : byParagraph.get(p)) {
                if (h.entity.kind() != EntityKind.PERSON || inside(h, quoted)) {
                    continue;
                }
                anyPerson = true;
                if (fits(h.entity, wanted)) {
                    if (only != null && !only.equals(h.entity)) {
                        return null;
                    }
                    only = h.entity;
                }
            }
            if (anyPerson) {
                return only;
            }
        }
        return null;
    }

    private boolean fits(Entity e, PersonNames.Gender wanted) {
        if (e.kind() != EntityKind.PERSON) {
            return false;
        }
        PersonNames.Gender g = genders.getOrDefault(e, PersonNames.Gender.UNKNOWN);
        return g == PersonNames.Gender.UNKNOWN || g == wanted;
    }

    static boolean inside(Hit h, List<QuoteMarks.Span> quoted) {
        for (QuoteMarks.Span s : quoted) {
            boolean afterOpen = h.paragraph > s.startParagraph()
                    || (h.paragraph == s.startParagraph() && h.start > s.open());
            boolean beforeClose = h.paragraph < s.endParagraph()
                    || (h.paragraph == s.endParagraph() && h.end <= s.close());
            if (afterOpen && beforeClose) {
                return true;
            }
        }
        return false;
    }
}
