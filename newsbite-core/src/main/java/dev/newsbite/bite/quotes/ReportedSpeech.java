package dev.newsbite.bite.quotes;

import dev.newsbite.bite.Letters;
import dev.newsbite.bite.WordSets;
import dev.newsbite.bite.entities.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech that the issue counts among the quotation forms, kept only when the speaker is
 * named (or is "he"/"she" resolving to someone named): {@code X said that <clause>} (also
 * "says", "added", "warned"… and "told <someone> that"), where the quotation is the clause up to the
 * end of the sentence; and {@code According to X, <clause>}. Reported speech by an unnamed
 * speaker ("Analysts said that…") is not a quotation, and neither is a clause that itself holds a
 * quotation in marks (that one is counted as the direct quotation).
 */
final class ReportedSpeech {
    private static final Set<String> VERBS = WordSets.of("said", "says", "say", "added", "warned", "argued",
            "insisted", "explained", "noted", "stressed", "claimed", "acknowledged", "admitted", "cautioned",
            "conceded");
    private static final Set<String> TELLING = WordSets.of("told", "tells", "assured", "reminded");
    /** Words that may open a short time or place phrase between the verb and "that" ("said on Thursday that"). */
    private static final Set<String> ADVERBIAL = WordSets.of("on", "in", "at", "last", "this", "during", "earlier",
            "later", "yesterday", "today", "again", "also", "repeatedly");
    private static final int MAX_GAP_WORDS = 6;

    record Reported(int paragraph, int offset, Entity speaker, String text) {}

    private final List<String> paragraphs;
    private final SpeakerIndex index;
    private final List<QuoteMarks.Span> quoted;
    private final Attribution attribution;

    ReportedSpeech(List<String> paragraphs, SpeakerIndex index, List<QuoteMarks.Span> quoted) {
        this.paragraphs = paragraphs;
        this.index = index;
        this.quoted = quoted;
        this.attribution = new Attribution(paragraphs, index, quoted);
    }

    List<Reported> find() {
        List<Reported> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            // Most paragraphs hold neither form: one look at the whole paragraph first.
            if (text.contains(" that ") || text.contains("ccording to ")) {
                scan(p, text, 0, text.length(), out);
            }
        }
        return out;
    }

    private void scan(int p, String text, int from, int to, List<Reported> out) {
        // Sentence by sentence, so a long paragraph is never read as one word list.
        int start = from;
        int nextThat = text.indexOf(" that ", from);
        while (start < to) {
            int end = Attribution.sentenceEndPlain(text, start);
            if (nextThat >= 0 && nextThat < start) {
                nextThat = text.indexOf(" that ", start); // each "that" is searched for once
            }
            sentence(p, text, start, end, nextThat >= 0 && nextThat < end, out);
            start = end + 1;
        }
    }

    private void sentence(int p, String text, int start, int end, boolean hasThat, List<Reported> out) {
        // Most sentences hold neither form: a cheap look before any word is read.
        if (!hasThat && !text.regionMatches(true, start + leadingSpace(text, start), "according to ", 0, 13)) {
            return;
        }
        Attribution.Words w = new Attribution.Words(text, start, end);
        if (w.size() > 3 && w.is(0, "according") && w.is(1, "to")) {
            according(p, text, w, end, out);
            return;
        }
        // A verb is looked up only when a "that" follows within its reach: most words have none,
        // and a lookup cuts and lower-cases the word.
        int nextThat = thatAfter(w, -1);
        for (int k = 0; k < w.size(); k++) {
            if (!Letters.isLowerCase(text.charAt(w.start(k)))) {
                continue; // verbs of saying are lower-case in running text
            }
            if (nextThat <= k) {
                nextThat = thatAfter(w, k);
            }
            if (nextThat >= Math.min(w.size(), k + 2 + MAX_GAP_WORDS)) {
                continue; // no "that" within the words the loop below reads
            }
            String word = w.lower(k);
            boolean verb = VERBS.contains(word);
            if (!verb && !TELLING.contains(word)) {
                continue;
            }
            int that = -1;
            for (int j = k + 1; j < Math.min(w.size(), k + 2 + MAX_GAP_WORDS); j++) {
                if (w.is(j, "that")) {
                    that = j;
                    break;
                }
                if (verb && !(j == k + 1 ? ADVERBIAL.contains(w.lower(j)) : plainWord(text, w, j))) {
                    break;
                }
                if (!verb && !plainWord(text, w, j)) {
                    break;
                }
            }
            if (that < 0 || that + 1 >= w.size() || insideQuotation(p, w.start(k))) {
                continue;
            }
            int clauseStart = w.start(that + 1);
            if (holdsQuotation(p, clauseStart, end)) {
                continue;
            }
            int sentenceStart = w.start(0);
            Entity speaker = attribution.subject(p, sentenceStart, w.start(k));
            if (speaker != null) {
                out.add(new Reported(p, clauseStart, speaker, text.substring(clauseStart, end).strip()));
            }
            return;
        }
    }

    /** {@code According to X, <clause>}, with an apposition after X skipped. */
    private void according(int p, String text, Attribution.Words w, int end, List<Reported> out) {
        SpeakerIndex.Hit h = index.firstIn(p, w.end(1), end);
        if (h == null || h.start() - w.end(1) > 1 || holdsQuotation(p, h.end(), end)) {
            return;
        }
        int i = h.end();
        if (text.startsWith(" of ", i)) {
            // "According to James Whitfield of Calder Research, …"
            int comma = text.indexOf(',', i);
            if (comma < 0 || comma > end || comma - i > 50) {
                return;
            }
            i = comma;
        }
        if (i >= end || text.charAt(i) != ',') {
            return;
        }
        int next = text.indexOf(',', i + 1);
        if (next > 0 && next < end && Attribution.isApposition(text.substring(i + 1, next))) {
            i = next;
        }
        String clause = text.substring(i + 1, end).strip();
        if (!clause.isEmpty()) {
            out.add(new Reported(p, i + 1, h.entity(), clause));
        }
    }

    /** The first word after word {@code k} that is "that" in any case, or the number of words. */
    private static int thatAfter(Attribution.Words w, int k) {
        int j = k + 1;
        while (j < w.size() && !w.is(j, "that")) {
            j++;
        }
        return j;
    }

    private static int leadingSpace(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }

    /** A word between "told" and "that" (the person told): no punctuation before it. */
    private static boolean plainWord(String text, Attribution.Words w, int j) {
        for (int i = w.end(j - 1); i < w.start(j); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private boolean insideQuotation(int p, int offset) {
        for (QuoteMarks.Span s : quoted) {
            boolean afterOpen = p > s.startParagraph() || (p == s.startParagraph() && offset > s.open());
            boolean beforeClose = p < s.endParagraph() || (p == s.endParagraph() && offset < s.close());
            if (afterOpen && beforeClose) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsQuotation(int p, int from, int to) {
        for (QuoteMarks.Span s : quoted) {
            if (s.startParagraph() == p && s.open() >= from && s.open() < to) {
                return true;
            }
        }
        return false;
    }
}
