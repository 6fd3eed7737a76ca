package dev.newsbite.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what pages put in a byline ("By Jane Doe and John Roe | Staff writers, March 21, 2023")
 * into the names alone.
 */
final class Bylines {
    private static final int MAX_BYLINE_CHARS = 300;
    private static final int MAX_NAME_CHARS = 80;
    private static final int MAX_NAME_WORDS = 7;

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("\\(?\\b(?:https?://|www\\.)\\S+\\)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWITTER_HANDLE = Pattern.compile("(?:^|\\s)@\\w+");
    /** "By", "Written by", "Par", "Von", "Por", "Door", "Author:" at the start. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:written|words|story|text|posted|reported|compiled|report|article|analysis|opinion|commentary"
                    + "|review|interview|column)\\s+)?"
                    + "(?:by|par|von|por|door|author|authors|autor|auteur|byline)\\b\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A label before the names: "Text: Jane Doe", "Текст: ...". */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:text|texto|testo|texte|текст|автор|reporting|reporter|words)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where a date starts: "March 21, 2023", "21 Mar 2023", "2023-03-21", "Updated ...". */
    private static final Pattern DATE_START = Pattern.compile(
            "\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
                    + "|\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
                    + "|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}"
                    + "|(?:updated|published|posted|last updated|modified)\\b)",
            Pattern.CASE_INSENSITIVE);
    /** Where other credits start: "Edited by", "Additional reporting by", "Photographs by". */
    private static final Pattern OTHER_CREDITS = Pattern.compile(
            "\\b(?:edited|photographs?|photos?|illustrations?|graphics|additional reporting|fact[- ]checked|"
                    + "reviewed|translated)\\s+by\\b.*$",
            Pattern.CASE_INSENSITIVE);
    /** "Jane Doe (with John Roe)", "Martin Untersinger (avec Damien Leloup)": the bracket holds more names. */
    private static final Pattern WITH_BRACKET = Pattern.compile(
            "\\(\\s*(?:with|avec|mit|con|com|and|et|und|y|e)\\s+([^()]*)\\)", Pattern.CASE_INSENSITIVE);
    /** Separators between names. */
    private static final Pattern NAME_SPLIT = Pattern.compile(
            "\\s*(?:,|;|\\||/|\\s+(?:and|und|et|y|e|&|with)\\s+|&)\\s*", Pattern.CASE_INSENSITIVE);
    /** Words that make a segment a role or a desk, not a name. */
    private static final Pattern ROLE = Pattern.compile(
            "\\b(?:staff|writer|writers|reporter|reporters|editor|editors|correspondent|columnist|contributor"
                    + "|contributing|producer|journalist|photographer|photos?|video|senior|chief|bureau|desk"
                    + "|editorial|team|follow|twitter|facebook|email|more|view|profile|read|articles?"
                    + "|posts?|bio|about|admin|administrator|guest|гость)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A wire service written after a name ("Jill Lawless Associated Press"). */
    private static final Pattern WIRE_SUFFIX = Pattern.compile(
            "\\s+(?:the\\s+)?(?:associated press|reuters|afp|agence france-presse|bloomberg|pti|ians|dpa|ap)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * A short segment that names an organisation, not a person ("Associated Press", "Reuters",
     * "Gazette Staff", "Metro News"): after a name it is the name's affiliation. Longer segments
     * ("MA WebMD Health News") mix credentials and desk and stay as the page wrote them.
     */
    private static final Pattern ORGANISATION = Pattern.compile(
            "^(?:the\\s+)?(?:associated press|reuters|afp|agence france-presse|bloomberg|pti|ians|dpa|ap|upi|efe|ansa)$"
                    + "|^(?:\\S+\\s+){0,2}(?:press|news|agency|agencies|newsroom|wire|wires|staff|media)$",
            Pattern.CASE_INSENSITIVE);
    /** Degrees and credentials written after a name ("Jane Doe, MS, RD"): not names themselves. */
    private static final java.util.Set<String> CREDENTIALS = java.util.Set.of("ms", "ma", "md", "phd", "ph.d.",
            "rd", "rdn", "rn", "mph", "mba", "do", "jd", "bsc", "msc", "np", "cnp", "ld", "cde", "dds", "pa-c",
            "cpt", "lmft", "lcsw", "psyd", "facp", "mfa", "esq", "ba", "bs");
    private static final Pattern TRIM = Pattern.compile("^[\\s\\p{Punct}–—·•]+|[\\s\\p{Punct}–—·•&&[^.)]]+$");

    private Bylines() {
    }

    /** The names in one byline string, in order; empty when it holds none. */
    static List<String> names(String raw) {
        String s = MetaText.clean(raw);
        if (s == null || MetaText.isUrl(s)) {
            return List.of();
        }
        if (s.length() > MAX_BYLINE_CHARS) {
            s = s.substring(0, MAX_BYLINE_CHARS);
        }
        s = EMAIL.matcher(s).replaceAll(" ");
        s = URL.matcher(s).replaceAll(" ");
        s = TWITTER_HANDLE.matcher(s).replaceAll(" ");
        s = MetaText.collapseWhitespace(s);
        s = LEAD_IN.matcher(s).replaceFirst("");
        s = LABEL.matcher(s).replaceFirst("");
        s = OTHER_CREDITS.matcher(s).replaceFirst("");
        s = WITH_BRACKET.matcher(s).replaceAll(", $1");
        Matcher date = DATE_START.matcher(s);
        if (date.find()) {
            s = s.substring(0, date.start());
        }
        List<String> out = new ArrayList<>();
        for (String part : NAME_SPLIT.split(s)) {
            String name = tidyName(part);
            if (name != null && !(!out.isEmpty() && ORGANISATION.matcher(name).find())) {
                out.add(name);
            }
        }
        return out;
    }

    /** The name without a trailing publication name ("Kevin McCoy USA TODAY" with the site "USA TODAY"). */
    static String withoutSite(String name, String siteName) {
        if (siteName == null || siteName.length() >= name.length()) {
            return name;
        }
        int cut = name.length() - siteName.length();
        if (name.regionMatches(true, cut, siteName, 0, siteName.length()) && name.charAt(cut - 1) == ' ') {
            return TRIM.matcher(name.substring(0, cut)).replaceAll("");
        }
        return name;
    }

    /**
     * The names without the publication's own ("Jill Disis, CNN Business" on CNN): a name whose
     * words hold the site's, or are held by them, goes, unless it is the only one.
     */
    static List<String> withoutPublication(List<String> names, String siteName) {
        if (siteName == null || names.size() < 2) {
            return names;
        }
        List<String> site = MetaText.Tokens.of(siteName);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            List<String> tokens = MetaText.Tokens.of(n);
            if (!site.isEmpty() && (tokens.containsAll(site) || site.containsAll(tokens))) {
                continue;
            }
            out.add(n);
        }
        return out.isEmpty() ? names : out;
    }

    /** The names of several byline strings, deduplicated ignoring case, in order. */
    static List<String> merge(List<String> names) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String n : names) {
            seen.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
        }
        return List.copyOf(seen.values());
    }

    private static String tidyName(String part) {
        String name = TRIM.matcher(LEAD_IN.matcher(part.strip()).replaceFirst("")).replaceAll("");
        String unwired = WIRE_SUFFIX.matcher(name).replaceFirst("");
        if (unwired.indexOf(' ') > 0) {
            name = unwired;
        }
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS
                || CREDENTIALS.contains(name.toLowerCase(Locale.ROOT).replace(".", ""))) {
            return null;
        }
        if (name.split(" ").length > MAX_NAME_WORDS || ROLE.matcher(name).find()) {
            return null;
        }
        boolean hasLetter = false;
        boolean hasDigit = false;
        for (int i = 0; i < name.length(); i++) {
            hasLetter |= Character.isLetter(name.charAt(i));
            hasDigit |= Character.isDigit(name.charAt(i));
        }
        // "CC7567" is a user handle, not a name
        boolean handle = hasDigit && name.indexOf(' ') < 0;
        return hasLetter && !handle ? name : null;
    }
}
