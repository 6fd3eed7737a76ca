package dev.newsbite.bite;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits running text into sentences with ICU's sentence break rules for the text's language, with
 * the language's own abbreviation suppressions ({@link FilteredBreakIteratorBuilder}: "Mr.", "U.S."
 * do not end a sentence) plus a few titles news prose uses and ICU's lists lack ("Dr.", "Gov.").
 * In the languages that write ordinals with a dot ("am 3. Oktober") a break after a number of one
 * or two digits is not a sentence end either, and in any language no sentence ends on a lone
 * lower-case letter and a dot ("z. B.", "d. h.", "u. a."): those are abbreviations.
 *
 * <p>Thread-safe: ICU break iterators are not, so one prototype per language is built once and
 * each call, or each {@link Splitter}, works on its own clone.
 */
final class Sentences {
    /** Titles and short forms that precede a name or number; ICU's English list misses these. */
    private static final Map<String, List<String>> EXTRA_ABBREVIATIONS = Map.of(
            "en", List.of("Dr.", "Gov.", "Sen.", "Rep.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "Cmdr.", "Adm.",
                    "Prof.", "Rev.", "Hon.", "Supt.", "Insp.", "Det.", "Pres.", "Atty.", "Gens.", "Sens.", "Reps.",
                    "St.", "Mt.", "Ft.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Nos.",
                    "vs.", "approx.", "est."),
            "de", List.of("Dr.", "Prof.", "bzw.", "ca.", "Nr.", "St.", "Hr.", "Fr.", "Abs.", "usw.", "vgl.", "Mio.",
                    "Mrd.", "Jh.", "Str."),
            "fr", List.of("M.", "Mme.", "Mlle.", "Dr.", "Pr.", "St.", "av.", "env.", "p.", "ex."),
            "es", List.of("Sr.", "Sra.", "Dr.", "Dra.", "Lic.", "Ing.", "pág.", "núm."),
            "it", List.of("Dott.", "Sig.", "Sig.ra", "Prof.", "Avv.", "On.", "pag."),
            "nl", List.of("Dr.", "Prof.", "dhr.", "mevr.", "mr.", "ir.", "bijv.", "nr."));
    /** Languages that write ordinal numbers with a dot, so "3." inside a sentence is not its end. */
    private static final Set<String> ORDINAL_DOT = Set.of("de", "da", "nb", "no", "nn", "fi", "cs", "sk", "pl", "hu",
            "hr", "sl", "sr", "bs", "et", "lv", "lt", "is", "tr", "fo");

    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();
    /** The exact fast path per language; absent where there is none (ICU then splits everything). */
    private static final Map<String, Optional<PlainSentenceBreaks>> PLAIN = new ConcurrentHashMap<>();

    private Sentences() {
    }

    /** A sentence: {@code text.substring(start, end)}, its surrounding spaces left out. */
    record Span(int start, int end) {
    }

    /**
     * The sentences of {@code text}, in order, each as a span of the text (never altered). Empty
     * for blank text.
     *
     * @param language a BCP 47 tag ("en", "de-AT") or null for ICU's root rules
     */
    static List<Span> split(String text, String language) {
        return splitter(language).split(text);
    }

    /**
     * A splitter for one language, to split many texts (an article's paragraphs) with one break
     * iterator. Not thread-safe: one per call that needs it.
     */
    static Splitter splitter(String language) {
        String lang = primary(language);
        return new Splitter(PROTOTYPES.computeIfAbsent(lang, Sentences::prototype),
                PLAIN.computeIfAbsent(lang, l -> Optional.ofNullable(PlainSentenceBreaks.forLanguage(l,
                        EXTRA_ABBREVIATIONS.getOrDefault(l, List.of())))).orElse(null),
                ORDINAL_DOT.contains(lang));
    }

    /** Splits texts in one language; see {@link Sentences#split}. */
    static final class Splitter {
        private final BreakIterator prototype;
        private final PlainSentenceBreaks plain;
        private final boolean ordinals;
        private BreakIterator breaks; // the prototype's clone, made when a text first needs ICU

        private Splitter(BreakIterator prototype, PlainSentenceBreaks plain, boolean ordinals) {
            this.prototype = prototype;
            this.plain = plain;
            this.ordinals = ordinals;
        }

        List<Span> split(String text) {
            return split(text, null);
        }

        /**
         * As {@link #split(String)}, given the text's characters in {@code chars[0, text.length())}
         * (or null): the fast path reads the array rather than the string.
         */
        List<Span> split(String text, char[] chars) {
            List<Span> out = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return out;
            }
            int[] fast = plain == null ? null : chars == null ? plain.breaks(text) : plain.breaks(chars, text.length());
            if (fast == null) {
                return splitWithIcu(text, out);
            }
            int start = 0;
            for (int end : fast) {
                start = take(out, text, start, end);
            }
            return out;
        }

        /** ICU's break at {@code end}: a sentence ends there unless it is an abbreviation's or ordinal's dot. */
        private int take(List<Span> out, String text, int start, int end) {
            if (end < text.length() && (endsWithLoneLowerCase(text, start, end)
                    || ordinals && endsWithOrdinal(text, start, end))) {
                return start;
            }
            add(out, text, start, end);
            return end;
        }

        private BreakIterator icu() {
            if (breaks == null) {
                breaks = (BreakIterator) prototype.clone();
            }
            return breaks;
        }

        /** ICU's own breaks after the start, for tests that pin the fast path's against them. */
        int[] icuBreaks(String text) {
            BreakIterator breaks = icu();
            breaks.setText(text);
            breaks.first();
            List<Integer> ends = new ArrayList<>();
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                ends.add(end);
            }
            return ends.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The fast path's breaks, or null where it leaves the text to ICU (for tests). */
        int[] plainBreaks(String text) {
            return plain == null ? null : plain.breaks(text);
        }

        private List<Span> splitWithIcu(String text, List<Span> out) {
            BreakIterator breaks = icu();
            breaks.setText(text);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                start = take(out, text, start, end);
            }
            return out;
        }
    }

    /** The primary language subtag, lower case, or "" when unknown. */
    static String primary(String language) {
        if (language == null || language.isBlank()) {
            return "";
        }
        String tag = language.strip();
        int cut = 0;
        while (cut < tag.length() && cut < 8 && Letters.isLetter(tag.charAt(cut))) {
            cut++;
        }
        return tag.substring(0, cut).toLowerCase(Locale.ROOT);
    }

    private static BreakIterator prototype(String lang) {
        ULocale locale = lang.isEmpty() ? ULocale.ROOT : new ULocale(lang);
        FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getInstance(locale);
        for (String abbreviation : EXTRA_ABBREVIATIONS.getOrDefault(lang, List.of())) {
            filter.suppressBreakAfter(abbreviation);
        }
        return filter.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    /** True when the segment ends "… z. " (a single lower-case letter and a dot after a space). */
    private static boolean endsWithLoneLowerCase(String text, int start, int end) {
        int i = lastNonSpace(text, start, end);
        return i >= start + 2 && text.charAt(i) == '.' && Letters.isLowerCase(text.charAt(i - 1))
                && Letters.isWhitespace(text.charAt(i - 2));
    }

    private static int lastNonSpace(String text, int start, int end) {
        int i = end - 1;
        while (i > start && Letters.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** True when the segment ends "… 3. " (one or two digits and a dot after a space). */
    private static boolean endsWithOrdinal(String text, int start, int end) {
        int i = lastNonSpace(text, start, end);
        if (text.charAt(i) != '.') {
            return false;
        }
        int digits = 0;
        int j = i - 1;
        while (j >= start && Letters.isDigit(text.charAt(j))) {
            digits++;
            j--;
        }
        return digits >= 1 && digits <= 2 && (j < start || Letters.isWhitespace(text.charAt(j)))
                && i > start + digits; // a sentence that is only "3." is a list number, let it end
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Letters.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Letters.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
