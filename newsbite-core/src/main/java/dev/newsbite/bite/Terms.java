package dev.newsbite.bite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The terms a sentence is compared by: lower-case runs of letters and digits (at least two
 * characters), and each Chinese or Japanese character on its own, as the ROUGE scorers count them.
 */
final class Terms {
    private Terms() {
    }

    /** The terms of {@code text} with how often each occurs. */
    static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : list(text)) {
            counts.merge(term, 1, Integer::sum);
        }
        return counts;
    }

    static List<String> list(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        int n = text.length();
        int start = -1;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean ideograph = cp >= 0x2E80 && isIdeographic(cp);
            if (ideograph) {
                flush(text, start, i, terms);
                start = -1;
                terms.add(text.substring(i, i + width));
            } else if (Character.isLetterOrDigit(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else {
                flush(text, start, i, terms);
                start = -1;
            }
            i += width;
        }
        flush(text, start, n, terms);
        return terms;
    }

    private static void flush(String text, int start, int end, List<String> terms) {
        if (start >= 0 && end - start >= 2) {
            terms.add(text.substring(start, end).toLowerCase(Locale.ROOT));
        }
    }

    static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
