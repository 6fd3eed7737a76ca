package dev.newsbite.bite.entities;

import java.util.List;
import java.util.Set;

/**
 * Whether the article writes a word in lower case somewhere ("storm" makes a sentence-initial
 * "Storm" a common word). The words are collected once, when the first sentence start asks.
 */
final class LowerWords {
    private final List<String> paragraphs;
    private Set<String> words;

    LowerWords(List<String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    boolean contains(String lower) {
        if (words == null) {
            words = collect();
        }
        return words.contains(lower);
    }

    /** Every word that starts with a lower-case letter, collected once, on the first question. */
    private Set<String> collect() {
        Set<String> out = new java.util.HashSet<>();
        for (String p : paragraphs) {
            int n = p.length();
            int i = 0;
            while (i < n) {
                char c = p.charAt(i);
                if (!Character.isLetter(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && Character.isLetter(p.charAt(i))) {
                    i++;
                }
                if (Character.isLowerCase(c) && (start == 0 || !Character.isLetterOrDigit(p.charAt(start - 1)))) {
                    out.add(p.substring(start, i));
                }
            }
        }
        return out;
    }
}
