package dev.newsbite.bite.entities;

import dev.newsbite.bite.WordSets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the entity rules read, loaded once from the resources next to this class. Lists
 * are data so that tuning them never touches the rules; each file says what its sections mean.
 */
final class Lexicon {
    static final Lexicon INSTANCE = new Lexicon();

    /** Place names as written in running text (datelines are title-cased before the lookup). */
    final Map<String, String> places;
    final Map<String, PersonNames.Gender> firstNames;
    final Map<String, PersonNames.Gender> titles;
    final Set<String> roles;
    final Set<String> orgSuffixes;
    final Set<String> orgAnywhere;
    final Set<String> orgHeads;
    final Set<String> knownOrgs;
    final Set<String> notOrgAcronyms;
    final Set<String> common;
    final Set<String> calendar;
    final Set<String> events;
    final Set<String> demonyms;
    final Set<String> placeBefore;
    final Set<String> placeAfter;
    final Set<String> placeHeads;
    final Set<String> orgHeadNouns;

    private Lexicon() {
        Map<String, Set<String>> org = sections("organisations.txt");
        Map<String, Set<String>> words = sections("words.txt");
        Map<String, Set<String>> names = sections("first-names.txt");
        Map<String, Set<String>> titleSections = sections("titles.txt");
        places = new HashMap<>();
        for (String line : lines("places.txt")) {
            places.put(line, line);
        }
        firstNames = gendered(names);
        titles = gendered(titleSections);
        roles = WordSets.copyOf(sections("roles.txt").getOrDefault("", Set.of()));
        orgSuffixes = org.get("suffix");
        orgAnywhere = org.get("anywhere");
        orgHeads = org.get("head");
        knownOrgs = org.get("known");
        notOrgAcronyms = org.get("acronym-not");
        common = words.get("common");
        calendar = words.get("calendar");
        events = words.get("event");
        demonyms = words.get("demonym");
        placeBefore = words.get("place-affix-before");
        placeAfter = words.get("place-affix-after");
        placeHeads = words.get("place-head");
        orgHeadNouns = words.get("org-head");
    }

    private static Map<String, PersonNames.Gender> gendered(Map<String, Set<String>> sections) {
        Map<String, PersonNames.Gender> out = new HashMap<>();
        // Neutral last, so a name listed both ways ends up neutral.
        sections.getOrDefault("male", Set.of()).forEach(n -> out.put(n, PersonNames.Gender.MALE));
        sections.getOrDefault("female", Set.of()).forEach(n -> out.put(n, PersonNames.Gender.FEMALE));
        sections.getOrDefault("neutral", Set.of()).forEach(n -> out.put(n, PersonNames.Gender.UNKNOWN));
        return WordSets.copyOf(out);
    }

    /** Sections "[name]" of whitespace-separated words; words before any header go under "". */
    private static Map<String, Set<String>> sections(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        String current = "";
        for (String line : lines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1);
                continue;
            }
            Set<String> words = out.computeIfAbsent(current, k -> new HashSet<>());
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        out.replaceAll((k, v) -> WordSets.copyOf(v));
        return out;
    }

    private static java.util.List<String> lines(String resource) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    boolean isPlace(String name) {
        return places.containsKey(name);
    }

    boolean isTitle(String word) {
        return titles.containsKey(word);
    }
}
