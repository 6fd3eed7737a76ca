package dev.newsbite.meta;

import java.util.Locale;
import java.util.regex.Pattern;

/** Language tags as pages write them ("en_GB", "EN-us", "en-GB,fr") made into BCP 47 ("en-GB"). */
final class Languages {
    private static final Pattern TAG = Pattern.compile("^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$");

    private Languages() {
    }

    /** The normalised tag, or null when the value is not a language tag. */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        int cut = indexOfAny(s, ",; ");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        if (s.isEmpty() || s.length() > 35 || !TAG.matcher(s).matches()) {
            return null;
        }
        String tag = Locale.forLanguageTag(s.replace('_', '-')).toLanguageTag();
        return tag.isEmpty() || tag.equals("und") ? null : tag;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
