package dev.newsbite.bite.quotes;

import dev.newsbite.bite.Letters;
import dev.newsbite.bite.entities.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotations of an article and who said each, where the text says so.
 *
 * <p>Direct quotations are the text between quotation marks ({@link QuoteMarks}), four words or
 * more (shorter ones are scare quotes). Their speaker comes from, in order: an attribution after
 * the closing mark in the same sentence ({@code "…," Hale said}, {@code "…" said Choi Min-ho, a
 * professor}, {@code "…," he said}, {@code "…", according to X}); one before the opening mark
 * ({@code Pike said: "…"}, {@code Whitaker called the deal "…"}); else the speaker of the quotation
 * just before it in the same paragraph, with nobody else named in between. "He" and "she" resolve to
 * a person named before ({@link SpeakerIndex#resolve}). Reported speech with a named speaker is
 * also a quotation ({@link ReportedSpeech}: {@code X said that …}, {@code According to X, …}).
 * When none of this names someone, the speaker is null: it is never guessed.
 *
 * <p>Immutable and thread-safe; build once with {@link #create()}. Work is linear in the text.
 */
public final class QuoteFinder {
    private static final int MAX_CHARS = 200_000;
    private static final int MIN_WORDS = 4;

    private QuoteFinder() {}

    public static QuoteFinder create() {
        return new QuoteFinder();
    }

    /**
     * Direct quotations in order, each with its speaker's full name when the text attributes it
     * (resolving "he"/"she" and surname-only mentions to the person named before, using people),
     * else speaker null. Never guesses.
     *
     * @param paragraphs the article's text blocks in order
     * @param people the entities {@code EntityFinder} found in the same paragraphs; people are used
     *     for pronouns, and organisations among them can be named speakers too
     * @param language BCP 47 tag or null; the English attribution rules are used for all for now
     * @return the quotations in text order, never null
     */
    public List<Quote> find(List<String> paragraphs, List<Entity> people, String language) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return List.of();
        }
        List<String> text = bounded(paragraphs);
        SpeakerIndex index = new SpeakerIndex(text, people == null ? List.of() : people);
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        List<QuoteMarks.Span> quotations = new ArrayList<>();
        for (QuoteMarks.Span s : spans) {
            if (isQuotation(s.text())) {
                quotations.add(s);
            }
        }
        Attribution attribution = new Attribution(text, index, quotations);
        List<Found> found = new ArrayList<>();
        Entity previous = null;
        QuoteMarks.Span previousSpan = null;
        for (QuoteMarks.Span s : quotations) {
            Entity speaker = attribution.speakerOf(s);
            if (speaker == null && previous != null && previousSpan.endParagraph() == s.startParagraph()
                    && !attribution.namesSomeoneBetween(previousSpan, s, previous)) {
                speaker = previous;
            }
            found.add(new Found(s.startParagraph(), s.open(), new Quote(name(speaker), s.text())));
            previous = speaker;
            previousSpan = s;
        }
        for (ReportedSpeech.Reported r : new ReportedSpeech(text, index, quotations).find()) {
            found.add(new Found(r.paragraph(), r.offset(), new Quote(r.speaker().name(), r.text())));
        }
        found.sort(Comparator.comparingInt(Found::paragraph).thenComparingInt(Found::offset));
        List<Quote> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(f.quote());
        }
        return List.copyOf(out);
    }

    private record Found(int paragraph, int offset, Quote quote) {}

    private static String name(Entity e) {
        return e == null ? null : e.name();
    }

    /** Four words or more, and not a title of a work ("Gone With the Wind"). */
    static boolean isQuotation(String text) {
        // The words are the runs between ASCII white space (regex \s), as a split on it would give.
        int words = 0;
        boolean lowerLong = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            words++;
            lowerLong |= i - start > 3 && !Letters.isUpperCase(text.charAt(start));
        }
        if (words < MIN_WORDS) {
            return false;
        }
        char last = text.charAt(n - 1);
        if (last == '.' || last == '!' || last == '?' || last == ',') {
            return true;
        }
        return lowerLong || words > 10;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static List<String> bounded(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        int total = 0;
        for (String p : paragraphs) {
            String s = p == null ? "" : p;
            if (total + s.length() > MAX_CHARS) {
                break;
            }
            total += s.length();
            out.add(s);
        }
        return out;
    }
}
