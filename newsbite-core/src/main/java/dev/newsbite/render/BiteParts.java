package dev.newsbite.render;

import dev.newsbite.bite.quotes.Quote;
import dev.newsbite.model.Article;
import dev.newsbite.model.Bite;
import dev.newsbite.model.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The bite as every renderer words it, before each applies its own syntax: the summary sentences,
 * one line of reading time and word count, one line per kind of name, and the quotes. Page text
 * comes out cleaned of control characters and on one line each.
 */
final class BiteParts {
    static final String HEADING = "In brief";
    static final String QUOTES_HEADING = "Quotes";
    /** A quote longer than this is cut at a word and ended with "…": a list, not a transcript. */
    static final int MAX_QUOTE_CHARS = 400;
    /** Names shown per kind; the JSON keeps all the bite holds. */
    static final int MAX_NAMES_SHOWN = 6;

    private BiteParts() {
    }

    /** The summary sentences fit to print (blank ones left out); empty without a bite. */
    static List<String> summary(Article article) {
        List<String> out = new ArrayList<>();
        if (article.bite() != null) {
            for (String sentence : article.bite().summary()) {
                String s = ArticleParts.oneLine(sentence);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** "4 min read · 812 words", or null without a bite or without text. */
    static String readingLine(Article article) {
        Bite bite = article.bite();
        if (bite == null || bite.words() <= 0) {
            return null;
        }
        return bite.readingMinutes() + " min read" + ArticleParts.SEPARATOR + bite.words()
                + (bite.words() == 1 ? " word" : " words");
    }

    /** A label and the names of one kind, e.g. "People" and "Vladimir Putin, Kim Jong-un". */
    record NameLine(String label, String names) {
    }

    /** The lines of names: people, organisations, places, those the bite has. */
    static List<NameLine> nameLines(Article article) {
        List<NameLine> lines = new ArrayList<>(3);
        Bite bite = article.bite();
        if (bite != null) {
            addNames(lines, "People", bite.people());
            addNames(lines, "Organisations", bite.organisations());
            addNames(lines, "Places", bite.places());
        }
        return lines;
    }

    private static void addNames(List<NameLine> lines, String label, List<Named> names) {
        List<String> shown = new ArrayList<>();
        for (Named n : names) {
            String name = ArticleParts.oneLine(n.name());
            if (name != null && shown.size() < MAX_NAMES_SHOWN) {
                shown.add(name);
            }
        }
        if (!shown.isEmpty()) {
            lines.add(new NameLine(label, String.join(", ", shown)));
        }
    }

    /** A quote's words and its speaker (null when unclear). */
    record QuoteLine(String text, String speaker) {
    }

    static List<QuoteLine> quotes(Article article) {
        List<QuoteLine> out = new ArrayList<>();
        for (Quote q : article.quotes()) {
            String text = ArticleParts.oneLine(q.text());
            if (text == null) {
                continue;
            }
            out.add(new QuoteLine(bounded(text), ArticleParts.oneLine(q.speaker())));
        }
        return out;
    }

    private static String bounded(String text) {
        if (text.length() <= MAX_QUOTE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_QUOTE_CHARS);
        return text.substring(0, cut > MAX_QUOTE_CHARS / 2 ? cut : MAX_QUOTE_CHARS).stripTrailing() + "…";
    }
}
