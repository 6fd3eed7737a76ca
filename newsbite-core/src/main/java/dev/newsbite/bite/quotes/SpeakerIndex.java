package dev.newsbite.bite.quotes;

import dev.newsbite.bite.Letters;
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
    /** A name of a speaker at [start, end) of a paragraph. */
    record Hit(int paragraph, int start, int end, Entity entity) {}

    private final List<List<Hit>> byParagraph;
    private final List<String> paragraphs;
    private final Map<String, List<Map.Entry<String, Entity>>> forms;
    private final Map<Entity, PersonNames.Gender> genders = new HashMap<>();

    SpeakerIndex(List<String> paragraphs, List<Entity> entities) {
        this.paragraphs = paragraphs;
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
        // Forms by their first word, longest first, so one lookup per capitalised word finds them.
        Map<String, List<Map.Entry<String, Entity>>> byFirstWord = new HashMap<>();
        for (Map.Entry<String, Entity> f : forms.entrySet()) {
            String form = f.getKey();
            int space = form.indexOf(' ');
            String first = space < 0 ? form : form.substring(0, space);
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(f);
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.getKey().length() - a.getKey().length()));
        this.forms = byFirstWord;
        // Names are looked for only in the paragraphs a quotation or pronoun asks about.
        byParagraph = new ArrayList<>(java.util.Collections.nCopies(paragraphs.size(), (List<Hit>) null));
    }

    private static List<Hit> scan(int paragraph, String text, Map<String, List<Map.Entry<String, Entity>>> forms) {
        List<Hit> hits = new ArrayList<>();
        if (forms.isEmpty()) {
            return hits;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Letters.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            if (!Letters.isUpperCase(c)) {
                // Names start with a capital: skip the rest of this word cheaply.
                while (i < n && Letters.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            while (i < n && (Letters.isLetterOrDigit(text.charAt(i))
                    || ((text.charAt(i) == '-' || text.charAt(i) == '.' || text.charAt(i) == '\''
                            || text.charAt(i) == '’') && i + 1 < n && Letters.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            if (start > 0 && Letters.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            int end = i;
            if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
                end -= 2;
            }
            if (i < n && text.charAt(i) == '.' && end - start <= 4) {
                end = i + 1; // "Inc.", "Mr." as the entity may spell them
            }
            List<Map.Entry<String, Entity>> candidates = forms.get(text.substring(start, end));
            if (candidates == null && end > i) {
                candidates = forms.get(text.substring(start, i));
            }
            if (candidates == null) {
                continue;
            }
            for (Map.Entry<String, Entity> f : candidates) {
                String form = f.getKey();
                int formEnd = start + form.length();
                if (text.startsWith(form, start) && (formEnd == n || !Letters.isLetterOrDigit(text.charAt(formEnd))
                        || text.startsWith("'s", formEnd) || text.startsWith("’s", formEnd))) {
                    hits.add(new Hit(paragraph, start, formEnd, f.getValue()));
                    i = Math.max(i, formEnd);
                    break;
                }
            }
        }
        return hits;
    }

    List<Hit> hits(int paragraph) {
        List<Hit> hits = byParagraph.get(paragraph);
        if (hits == null) {
            hits = scan(paragraph, paragraphs.get(paragraph), forms);
            byParagraph.set(paragraph, hits);
        }
        return hits;
    }

    /** The last speaker named in [from, to) of a paragraph, or null. */
    Hit lastIn(int paragraph, int from, int to) {
        Hit last = null;
        for (Hit h : hits(paragraph)) {
            if (h.start >= from && h.end <= to) {
                last = h;
            }
        }
        return last;
    }

    /** The first speaker named in [from, to) of a paragraph, or null. */
    Hit firstIn(int paragraph, int from, int to) {
        for (Hit h : hits(paragraph)) {
            if (h.start >= from && h.end <= to) {
                return h;
            }
        }
        return null;
    }

    /**
     * Who "he" or "she" at this point refers to: the first fitting person named earlier in the
     * paragraph (the paragraph's subject, as news writing puts it first), else, in the nearest
     * earlier paragraph that names people, the first fitting person of the last sentence naming one.
     * Null when no one fits.
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
        for (Hit h : hits(paragraph)) {
            if (h.start >= offset) {
                break;
            }
            if (fits(h.entity, wanted) && !inside(h, quoted)) {
                return h.entity;
            }
        }
        for (int p = paragraph - 1; p >= Math.max(0, paragraph - 2); p--) {
            // The subject of the last sentence there that names a fitting person: its first such name.
            List<Hit> hits = hits(p);
            Hit chosen = null;
            boolean anyPerson = false;
            for (int k = hits.size() - 1; k >= 0; k--) {
                Hit h = hits.get(k);
                if (h.entity.kind() != EntityKind.PERSON || inside(h, quoted)) {
                    continue;
                }
                anyPerson = true;
                if (!fits(h.entity, wanted)) {
                    continue;
                }
                if (chosen == null || sentenceOf(paragraphs.get(p), h.start) == sentenceOf(paragraphs.get(p), chosen.start)) {
                    chosen = h;
                } else {
                    break;
                }
            }
            if (anyPerson) {
                return chosen == null ? null : chosen.entity;
            }
        }
        return null;
    }

    private static int sentenceOf(String text, int offset) {
        return Attribution.sentenceStart(text, offset);
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
