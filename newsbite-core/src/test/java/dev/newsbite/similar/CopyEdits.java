package dev.newsbite.similar;

import dev.newsbite.similar.OutletTemplates.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits one outlet makes when it reprints a story: what a copy desk does to wire copy. One kind of
 * cut per copy (none, from the end, from the middle, moved paragraphs, reflowed paragraphs), then a few
 * small word edits, and a headline of its own.
 */
final class CopyEdits {

    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .]+(?:\\([A-Za-z]+\\))? [—-] ");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”]? (?=[A-Z\"“])");
    private static final Pattern LONG_WORD = Pattern.compile("\\b[a-z]{6,}\\b");
    private static final String[][] SWAPS = {
        {" said ", " says "}, {" said.", " says."}, {" per cent", " percent"}, {" percent", " per cent"},
        {"our ", "or "}, {"ise ", "ize "}, {"ised ", "ized "}, {" on Monday", ""}, {" on Tuesday", ""},
        {" on Wednesday", ""}, {" on Thursday", ""}, {" on Friday", ""}, {" on Saturday", ""}, {" on Sunday", ""},
        {" about ", " around "}, {" more than ", " over "}, {" but ", " though "}, {" told ", " informed "},
        {" would ", " will "}, {" last year", " in 2025"}, {" two ", " 2 "}, {" three ", " 3 "},
    };

    private final Random random;
    private String kind;

    CopyEdits(Random random) {
        this.random = random;
    }

    /** What was done, for the evaluation's report. */
    String kind() {
        return kind;
    }

    /** A copy's own headline: another way of saying the same, or a different angle. */
    String headline(String original) {
        return switch (random.nextInt(5)) {
            case 0 -> original + " - report";
            case 1 -> "UPDATE: " + original;
            case 2 -> titleCase(original);
            case 3 -> {
                String[] words = original.split(" ");
                yield String.join(" ", java.util.Arrays.copyOf(words, Math.max(3, words.length - 3))) + ", officials say";
            }
            default -> "What we know: " + original.toLowerCase();
        };
    }

    /** The story's parts as this copy prints them (a new list). */
    List<Part> edit(List<Part> original) {
        List<Part> parts = new ArrayList<>(original);
        int n = parts.size();
        switch (random.nextInt(5)) {
            case 0 -> kind = "full";
            case 1 -> {
                // Cut from the end, as wire editors do: from a brief of the first third to most of it.
                int keep = Math.max(3, (int) Math.round(n * (0.3 + 0.55 * random.nextDouble())));
                parts = new ArrayList<>(parts.subList(0, Math.min(n, keep)));
                kind = "trimmed to " + parts.size() + "/" + n;
            }
            case 2 -> {
                int drop = 1 + random.nextInt(Math.max(1, Math.min(3, (int) (n * 0.4))));
                for (int d = 0; d < drop && parts.size() > 3; d++) {
                    parts.remove(1 + random.nextInt(parts.size() - 1));
                }
                kind = "cut " + (n - parts.size()) + "/" + n;
            }
            case 3 -> {
                int moves = 1 + random.nextInt(2);
                for (int m = 0; m < moves && parts.size() > 2; m++) {
                    Part moved = parts.remove(1 + random.nextInt(parts.size() - 1));
                    parts.add(1 + random.nextInt(parts.size()), moved);
                }
                if (random.nextBoolean() && parts.size() > 4) {
                    parts.remove(parts.size() - 1);
                }
                kind = "reordered";
            }
            default -> {
                parts = reflow(parts);
                kind = "reflowed";
            }
        }
        int edits = 1 + random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(parts.size());
            Part part = parts.get(at);
            if (!part.heading()) {
                parts.set(at, new Part(false, wordEdit(part.text(), at == 0)));
            }
        }
        if (random.nextInt(4) == 0 && parts.size() > 3) {
            // Sub-headings are the outlet's: some drop them all.
            parts.removeIf(Part::heading);
        }
        return parts;
    }

    /** Merges some neighbouring paragraphs and splits a long one at a sentence end. */
    private List<Part> reflow(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (!part.heading() && i + 1 < parts.size() && !parts.get(i + 1).heading() && random.nextInt(3) == 0) {
                out.add(new Part(false, part.text() + " " + parts.get(++i).text()));
            } else if (!part.heading() && part.text().length() > 200 && random.nextBoolean()) {
                Matcher end = SENTENCE_END.matcher(part.text());
                if (end.find(part.text().length() / 3)) {
                    out.add(new Part(false, part.text().substring(0, end.start() + 1)));
                    out.add(new Part(false, part.text().substring(end.end()).strip()));
                } else {
                    out.add(part);
                }
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** One small edit: a word swapped for another, a word or a dateline dropped. */
    private String wordEdit(String text, boolean lead) {
        if (lead && random.nextBoolean()) {
            Matcher dateline = DATELINE.matcher(text);
            if (dateline.find()) {
                return text.substring(dateline.end());
            }
        }
        if (random.nextBoolean()) {
            for (int tries = 0; tries < 6; tries++) {
                String[] swap = SWAPS[random.nextInt(SWAPS.length)];
                int at = text.indexOf(swap[0]);
                if (at >= 0) {
                    return text.substring(0, at) + swap[1] + text.substring(at + swap[0].length());
                }
            }
        }
        Matcher words = LONG_WORD.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (words.find()) {
            found.add(new int[] {words.start(), words.end()});
        }
        if (found.isEmpty()) {
            return text;
        }
        int[] word = found.get(random.nextInt(found.size()));
        return text.substring(0, word[0]).stripTrailing() + text.substring(word[1]);
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
