package dev.newsbite.bite;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;

/**
 * Calls to subscribe, share or read on that slip into a body's paragraphs ("Sign up to our
 * newsletter", "Lesen Sie auch"), found anywhere in a paragraph in any case.
 *
 * <p>The plain way, a lower-case copy of the paragraph searched once per call, reads each paragraph
 * twenty times over. Instead the calls make one automaton (Aho-Corasick, as a table) that reads the
 * paragraph once, lowering each character on its own as it goes. That gives what the lower-case
 * copy gives because {@link String#toLowerCase(Locale)} lowers every character on its own but two:
 * "İ", which becomes two characters (a paragraph holding it takes the copy), and "Σ", whose lower
 * case depends on its place in the word but is never a character of a call either way.
 */
final class CallsToAction {
    /** Lower case; each is looked for as it stands, inside words too ("unsubscribe"). */
    static final String[] CALLS = {"subscribe", "sign up", "newsletter", "click here", "read more", "follow us",
        "download the app", "all rights reserved", "share this", "related:", "read also", "see also",
        "advertisement", "this article was", "this story was", "contributed to this report", "lesen sie auch",
        "mehr zum thema", "à lire aussi", "lire aussi"};

    /** Lower-case Latin-1 character to its class: 0 for a character no call holds, else 1 and up. */
    private static final byte[] CLASS_OF = new byte[256];
    /** ASCII character, either case, to the class of its lower case. */
    private static final byte[] ASCII_CLASS = new byte[128];
    /**
     * The automaton, each state as the index of its row: {@code NEXT[state + class]} is the next
     * state's row, so reading a character costs one load and one add. Row 0 is the start. A state
     * that ends a call leads to itself on every class: once a call is found the answer stands, and
     * the loop needs no test per character.
     */
    private static final int[] NEXT;
    /** Whether a state ends a call, by its row. */
    private static final boolean[] MATCH;

    static {
        int classes = 1;
        for (String call : CALLS) {
            for (char c : call.toCharArray()) {
                if (CLASS_OF[c] == 0) {
                    CLASS_OF[c] = (byte) classes++;
                }
            }
        }
        for (char c = 0; c < 128; c++) {
            ASCII_CLASS[c] = CLASS_OF[c >= 'A' && c <= 'Z' ? c + 32 : c];
        }
        // The trie of the calls, then the failure links turned into a full transition table.
        int[][] child = new int[1][];
        child[0] = newRow(classes);
        boolean[] match = new boolean[1];
        int states = 1;
        for (String call : CALLS) {
            int s = 0;
            for (char c : call.toCharArray()) {
                int cls = CLASS_OF[c];
                if (child[s][cls] < 0) {
                    if (states == child.length) {
                        child = Arrays.copyOf(child, states * 2);
                        match = Arrays.copyOf(match, states * 2);
                    }
                    child[states] = newRow(classes);
                    child[s][cls] = states++;
                }
                s = child[s][cls];
            }
            match[s] = true;
        }
        int[] next = new int[states * classes];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int cls = 0; cls < classes; cls++) {
            int v = child[0][cls];
            next[cls] = v < 0 ? 0 : v;
            if (v > 0) {
                queue.add(v);
            }
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int cls = 0; cls < classes; cls++) {
                int v = child[u][cls];
                if (v < 0) {
                    next[u * classes + cls] = next[fail[u] * classes + cls];
                } else {
                    fail[v] = next[fail[u] * classes + cls];
                    match[v] |= match[fail[v]];
                    next[u * classes + cls] = v;
                    queue.add(v);
                }
            }
        }
        boolean[] matchByRow = new boolean[states * classes];
        for (int u = 0; u < states; u++) {
            for (int cls = 0; cls < classes; cls++) {
                next[u * classes + cls] = match[u] ? u * classes : next[u * classes + cls] * classes;
            }
            matchByRow[u * classes] = match[u];
        }
        NEXT = next;
        MATCH = matchByRow;
    }

    private CallsToAction() {
    }

    private static int[] newRow(int classes) {
        int[] row = new int[classes];
        Arrays.fill(row, -1);
        return row;
    }

    /** Whether the paragraph in lower case ({@link Locale#ROOT}) contains one of the {@link #CALLS}. */
    static boolean in(String paragraph) {
        if (paragraph.indexOf('\u0130') >= 0) {
            return inLowerCaseCopy(paragraph);
        }
        int state = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            int cls;
            if (c < 128) {
                cls = ASCII_CLASS[c];
            } else {
                char lower = Character.toLowerCase(c);
                cls = lower < 256 ? CLASS_OF[lower] : 0;
            }
            state = NEXT[state + cls];
        }
        return MATCH[state];
    }

    /** The plain way: a lower-case copy searched for each call. Gives what {@link #in} gives. */
    static boolean inLowerCaseCopy(String paragraph) {
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (String call : CALLS) {
            if (lower.contains(call)) {
                return true;
            }
        }
        return false;
    }
}
