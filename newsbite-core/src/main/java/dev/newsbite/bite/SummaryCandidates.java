package dev.newsbite.bite;

import dev.newsbite.model.Block;
import dev.newsbite.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of an article body that may stand in its summary: sentences of running paragraphs
 * only (never headings, lists, tables, block quotes, figure captions, credits or embeds), and of
 * those only the ones that read as a statement of the story. Left out: credit and caption lines
 * that slipped into paragraphs, calls to subscribe or share, very short sentences (a dateline
 * alone), very long ones (a list run together), questions to the reader, sentences with an
 * address in them, fragments that do not end as a sentence ends, and sentences that repeat the
 * headline or standfirst, which the reader sees already.
 */
final class SummaryCandidates {
    /** Work stays bounded on huge bodies; news leads sit at the top anyway. */
    static final int MAX_PARAGRAPHS = 120;
    static final int MAX_CHARS = 15_000;
    /** Words of two letters or more (see {@link Terms}). */
    static final int MIN_WORDS = 5;
    static final int MAX_WORDS = 60;
    /** Chinese and Japanese: characters instead of words. */
    static final int MIN_CJK_CHARS = 12;
    static final int MAX_CJK_CHARS = 160;
    /** Share of shared terms above which a sentence repeats the headline or standfirst. */
    static final double REPEAT_OVERLAP = 0.7;

    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:\\(?(?:photo|picture|image|pic|credit|source|video|foto|bild|quelle|crédit|fotografía)s?"
                    + "(?: credit)?\\s*[:：|/]|©|\\(c\\)\\s|copyright\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SummaryCandidates() {
    }

    /** One sentence that may stand in the summary. */
    record Candidate(String text, int order, int paragraph, int[] terms, int length, boolean cjk) {
    }

    /**
     * The eligible sentences in reading order.
     *
     * @param title the headline (a sentence repeating it is left out), or null
     * @param standfirst the standfirst (likewise), or null
     */
    static List<Candidate> of(List<Block> body, String title, String standfirst, String language) {
        return of(body, title, standfirst, language, new TermTable());
    }

    /** As {@link #of(List, String, String, String)}, with the candidates' terms as ids of {@code table}. */
    static List<Candidate> of(List<Block> body, String title, String standfirst, String language, TermTable table) {
        List<Candidate> out = new ArrayList<>();
        boolean titleTerms = mark(table, title, TermTable.TITLE);
        boolean standfirstTerms = mark(table, standfirst, TermTable.STANDFIRST);
        Terms.Ids terms = new Terms.Ids(table);
        Sentences.Splitter splitter = null; // made on the first paragraph that needs it
        // The paragraph being read, as an array: sentences are tested and their terms read in place,
        // without the coder and bounds checks of charAt on a UTF-16 string.
        char[] cs = new char[256];
        int paragraphs = 0;
        int chars = 0;
        for (Block block : body) {
            if (!(block instanceof Paragraph p)) {
                continue;
            }
            if (paragraphs >= MAX_PARAGRAPHS || chars >= MAX_CHARS) {
                break;
            }
            String text = p.text();
            paragraphs++;
            // One huge paragraph is split only as far as the budget reaches; a sentence cut there
            // does not end as a sentence ends and is left out.
            String reach = text.length() > MAX_CHARS - chars ? text.substring(0, MAX_CHARS - chars) : text;
            chars += reach.length();
            if (isCreditOrCall(reach)) {
                continue;
            }
            if (splitter == null) {
                splitter = Sentences.splitter(language);
            }
            if (cs.length < reach.length()) {
                cs = new char[Math.max(reach.length(), cs.length * 2)];
            }
            reach.getChars(0, reach.length(), cs, 0);
            List<Sentences.Span> spans = splitter.split(reach, cs);
            if (spans.isEmpty()) {
                continue;
            }
            // Most paragraphs hold no address at all: their sentences need no search for one.
            boolean mayHoldAddress = reach.indexOf('@') >= 0 || reach.indexOf("://") >= 0 || reach.indexOf("www.") >= 0;
            for (Sentences.Span span : spans) {
                if (!opensAndEndsAsStatement(cs, span.start(), span.end())) {
                    continue;
                }
                if (mayHoldAddress && holdsAddress(cs, span.start(), span.end())) {
                    continue;
                }
                // The terms' pass also counts the letters, for the last test of a statement.
                terms.read(cs, span.start(), span.end());
                if (shouts(terms.letterCounts())) {
                    continue;
                }
                int ideographs = terms.ideographs();
                boolean cjk = ideographs * 2 > terms.size();
                // Its terms stand for its words: words of one letter ("a", "I") do not make a sentence.
                int length = cjk ? ideographs : terms.size();
                if (length < (cjk ? MIN_CJK_CHARS : MIN_WORDS) || length > (cjk ? MAX_CJK_CHARS : MAX_WORDS)
                        || titleTerms && repeats(terms, TermTable.TITLE)
                        || standfirstTerms && repeats(terms, TermTable.STANDFIRST)) {
                    continue;
                }
                // The sentence is cut from the paragraph only now that it stands.
                String sentence = text.substring(span.start(), span.end());
                out.add(new Candidate(sentence, out.size(), paragraphs - 1, terms.toArray(), length, cjk));
            }
        }
        return out;
    }

    /** A web or mail address: a sentence pointing elsewhere is not the story. */
    static boolean holdsAddress(String sentence) {
        return sentence.contains("://") || sentence.contains("www.") || sentence.indexOf('@') >= 0;
    }

    /** As {@link #holdsAddress(String)}, of the sentence at {@code text[from, to)}, read in place. */
    static boolean holdsAddress(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '@'
                    || c == ':' && i + 2 < to && text[i + 1] == '/' && text[i + 2] == '/'
                    || c == 'w' && i + 3 < to && text[i + 1] == 'w' && text[i + 2] == 'w' && text[i + 3] == '.') {
                return true;
            }
        }
        return false;
    }

    /** A photo credit, caption or a call to subscribe, share or read on, left in a paragraph. */
    static boolean isCreditOrCall(String paragraph) {
        if (mayOpenCredit(paragraph) && CREDIT_LINE.matcher(paragraph).lookingAt()) { // anchored at the start
            return true;
        }
        if (paragraph.length() > 400) {
            return false; // a long paragraph is prose even if it names a newsletter
        }
        return CallsToAction.in(paragraph);
    }

    /**
     * Whether {@link #CREDIT_LINE} can match: each of its forms opens with "(", "©" or one of
     * these letters in either case. Other ASCII openings, most paragraphs, skip the matcher;
     * anything outside ASCII goes to it, since case-insensitive matching folds a few such letters
     * ("ſ", "ı") to ASCII ones.
     */
    private static boolean mayOpenCredit(String paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        char c = paragraph.charAt(0);
        return c >= 128 || "(PpIiCcSsVvFfBbQq".indexOf(c) >= 0;
    }

    /**
     * Starts as a sentence starts (not lower case, not with a connector's comma) and ends as a
     * statement ends: a full stop or exclamation, perhaps inside closing quotes; not a question.
     */
    static boolean readsAsStatement(String sentence) {
        return readsAsStatement(sentence.toCharArray(), 0, sentence.length());
    }

    /** As {@link #readsAsStatement(String)}, of the sentence at {@code text[from, to)} (not empty). */
    static boolean readsAsStatement(char[] text, int from, int to) {
        return opensAndEndsAsStatement(text, from, to) && !shouts(Letters.countLettersAndUpperCase(text, from, to));
    }

    /** The first and last characters' part of {@link #readsAsStatement(char[], int, int)}. */
    private static boolean opensAndEndsAsStatement(char[] text, int from, int to) {
        int first = Character.codePointAt(text, from, to);
        if (Letters.isLowerCase(first)) {
            return false;
        }
        int i = to - 1;
        while (i > from && isClosing(text[i])) {
            i--;
        }
        char last = text[i];
        if (last == '?' || last == '？' || last == ':' || last == '：') {
            return false;
        }
        return last == '.' || last == '!' || last == '。' || last == '！' || last == '．' || last == '…';
    }

    /**
     * Whether most letters are upper case, from {@link Letters#countLettersAndUpperCase}: shouting
     * is a banner, not prose.
     */
    private static boolean shouts(long letterCounts) {
        int letters = (int) letterCounts;
        int upper = (int) (letterCounts >>> 32);
        return letters != 0 && upper * 2 >= letters;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '«' || c == ')' || c == '」'
                || c == '』' || c == '）' || c == ']';
    }

    /** True when most of the sentence's terms are the other text's: it says nothing the other does not. */
    private static boolean repeats(Terms.Ids sentence, int other) {
        return sentence.marked(other) >= REPEAT_OVERLAP * sentence.size();
    }

    /** Marks the terms of a headline or standfirst in the table; whether it has any. */
    private static boolean mark(TermTable table, String text, int flag) {
        List<String> terms = Terms.list(text);
        for (String term : terms) {
            table.mark(term, flag);
        }
        return !terms.isEmpty();
    }
}
