package dev.newsbite.reader.view;

import dev.newsbite.bite.quotes.Quote;
import dev.newsbite.model.Article;
import dev.newsbite.model.Bite;
import dev.newsbite.model.Named;
import dev.newsbite.reader.view.PageModels.BiteBox;
import dev.newsbite.reader.view.PageModels.NameLine;
import dev.newsbite.reader.view.PageModels.QuoteLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The "In brief" box of a reader page, made from an article's bite: every text on one line and
 * bounded (page text is hostile), blank ones left out; null when there is nothing to show. The
 * template escapes it all.
 */
final class BiteBoxes {
    /** Summary sentences are whole sentences of the story: longer than the page's other lines. */
    static final int MAX_SENTENCE_CHARS = 600;
    static final int MAX_QUOTE_CHARS = 400;
    static final int MAX_NAME_CHARS = 120;
    static final int MAX_NAMES = 6;
    static final int MAX_QUOTES = 12;
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}]+");

    private BiteBoxes() {
    }

    static BiteBox of(Article a) {
        Bite bite = a.bite();
        if (bite == null) {
            return null;
        }
        List<String> summary = new ArrayList<>();
        for (String sentence : bite.summary()) {
            add(summary, bounded(sentence, MAX_SENTENCE_CHARS));
        }
        List<NameLine> names = new ArrayList<>();
        addNames(names, "People", bite.people());
        addNames(names, "Organisations", bite.organisations());
        addNames(names, "Places", bite.places());
        List<QuoteLine> quotes = new ArrayList<>();
        for (Quote q : a.quotes()) {
            String text = bounded(q.text(), MAX_QUOTE_CHARS);
            if (text != null && quotes.size() < MAX_QUOTES) {
                quotes.add(new QuoteLine(text, bounded(q.speaker(), MAX_NAME_CHARS)));
            }
        }
        String reading = bite.words() > 0
                ? bite.readingMinutes() + " min read · " + bite.words() + (bite.words() == 1 ? " word" : " words")
                : null;
        if (summary.isEmpty() && names.isEmpty() && quotes.isEmpty()) {
            return null;
        }
        return new BiteBox(summary, reading, names, quotes);
    }

    private static void addNames(List<NameLine> lines, String label, List<Named> named) {
        List<String> shown = new ArrayList<>();
        for (Named n : named) {
            if (shown.size() < MAX_NAMES) {
                add(shown, bounded(n.name(), MAX_NAME_CHARS));
            }
        }
        if (!shown.isEmpty()) {
            lines.add(new NameLine(label, String.join(", ", shown)));
        }
    }

    private static void add(List<String> list, String text) {
        if (text != null) {
            list.add(text);
        }
    }

    /** One line, at most {@code max} characters (cut with "…"); null when blank. */
    static String bounded(String text, int max) {
        if (text == null) {
            return null;
        }
        String s = SPACES.matcher(text).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }
}
