package dev.newsbite.feed;

/** Text from hostile pages made fit for a feed: one line, and only characters XML 1.0 allows. */
final class Texts {
    private Texts() {
    }

    /** {@code text} on one line with runs of white space as one space; null when blank. */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0') {
                space = s.length() > 0;
                continue;
            }
            if (space) {
                s.append(' ');
                space = false;
            }
            s.append(c);
        }
        String line = xml(s.toString());
        return line.isEmpty() ? null : line;
    }

    /** {@code text} at most {@code max} characters, cut with an ellipsis. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * {@code text} without what XML 1.0 forbids (control characters other than tab and line breaks,
     * lone surrogates, U+FFFE and U+FFFF): an XML writer refuses them, a page may hold them.
     */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (s != null) {
                        s.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
            }
            if (!ok && s == null) {
                s = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && s != null) {
                s.append(c);
            }
        }
        return s == null ? text : s.toString();
    }
}
