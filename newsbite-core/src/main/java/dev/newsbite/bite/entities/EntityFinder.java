package dev.newsbite.bite.entities;

import dev.newsbite.bite.Letters;
import dev.newsbite.bite.WordSets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organisations and places an article names, each once with its mention count.
 *
 * <p>A rule-based method (see docs/bite-entities.md for the rules and their measured precision and
 * recall): capitalised names are cut from the text with sentence-start, title and connector rules
 * ({@link MentionScanner}); names with strong evidence (a title or a given name, an organisation
 * word such as "Bank" or "Ltd", a gazetteer place, a dateline) become anchors; every mention is then
 * joined to an anchor when it is a part of it ("Kim" and "Mr Kim" join "Kim Jong-un", "Rovers" joins
 * "Kelham Rovers", "ECB" joins "European Central Bank"), with a place reading winning where the text
 * says place ("in Washington"). Mentions with no evidence are left out rather than guessed.
 *
 * <p>Immutable and thread-safe; build once with {@link #create()}. Work is linear in the text.
 */
public final class EntityFinder {
    /** Text beyond this many characters is not read: a bite needs the names of the story, not of a book. */
    private static final int MAX_CHARS = 200_000;

    /** Words of a company's legal form, which alone never name one. */
    private static final Set<String> LEGAL_FORMS = WordSets.of("Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "Corp",
            "Corp.", "Co", "Co.", "plc", "PLC", "AG", "SA", "GmbH", "NV", "SE", "SpA", "AB", "ASA", "FC", "AFC");

    private final Lexicon lex = Lexicon.INSTANCE;
    private final MentionScanner scanner = new MentionScanner();

    private EntityFinder() {}

    public static EntityFinder create() {
        return new EntityFinder();
    }

    /**
     * The people, organisations and places named in these paragraphs (body text blocks in order;
     * headings included), each once with its mention count, most central first (by mentions, ties
     * by first mention).
     *
     * @param paragraphs the article's text blocks in order; null or empty gives an empty list
     * @param language BCP 47 tag or null; English rules are used for every language for now
     * @return the entities, never null
     */
    public List<Entity> find(List<String> paragraphs, String language) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return List.of();
        }
        List<String> text = bounded(paragraphs);
        List<Mention> mentions = scanner.scan(text);
        EntityKind[] strong = new EntityKind[mentions.size()];
        Clusters clusters = new Clusters();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            strong[i] = strongKind(m);
            if (strong[i] == EntityKind.PERSON && m.size() >= 2) {
                clusters.anchor(EntityKind.PERSON, m);
            } else if (strong[i] == EntityKind.ORGANISATION) {
                clusters.anchor(EntityKind.ORGANISATION, m);
            } else if (strong[i] == EntityKind.PLACE) {
                clusters.place(m); // so a bare later or earlier mention of the same name is the place too
            }
        }
        Cluster[] assigned = new Cluster[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            assigned[i] = resolve(mentions.get(i), strong[i], clusters);
        }
        coordinatePlaces(mentions, assigned, text, clusters);
        for (int i = 0; i < mentions.size(); i++) {
            if (assigned[i] != null) {
                assigned[i].count(mentions.get(i));
            }
        }
        return clusters.entities();
    }

    private static List<String> bounded(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        int total = 0;
        for (String p : paragraphs) {
            if (p == null) {
                continue;
            }
            if (total + p.length() > MAX_CHARS) {
                break;
            }
            total += p.length();
            out.add(p);
        }
        return out;
    }

    /** What a mention is on its own evidence, or null when it says too little. */
    private EntityKind strongKind(Mention m) {
        String last = m.last();
        if (isOrganisation(m)) {
            return EntityKind.ORGANISATION;
        }
        boolean titled = !m.titles.isEmpty() && m.size() <= 4;
        if (!lex.isPlace(m.surface) && (titled || m.ageAfter || m.apposition == EntityKind.PERSON
                || (m.roleBefore && m.size() >= 2))) {
            return EntityKind.PERSON;
        }
        if (lex.isPlace(m.surface) || m.dateline || m.placeCue || m.apposition == EntityKind.PLACE
                || (m.size() >= 2 && (lex.placeBefore.contains(m.first()) || lex.placeAfter.contains(last)))) {
            return EntityKind.PLACE;
        }
        if (m.size() >= 2 && m.size() <= 4 && !hasConnector(m)
                && (lex.firstNames.containsKey(m.first()) || m.sayingNext || m.whoAfter || m.afterPlacePossessive)) {
            return EntityKind.PERSON;
        }
        return null;
    }

    private boolean isOrganisation(Mention m) {
        String last = m.last();
        if (m.size() >= 2 && lex.orgSuffixes.contains(last)) {
            return true;
        }
        if (lex.knownOrgs.contains(m.surface) || m.apposition == EntityKind.ORGANISATION) {
            return true;
        }
        if (m.size() >= 2) {
            for (String w : m.words) {
                if (lex.orgAnywhere.contains(w) || w.equals("&")) {
                    return true;
                }
            }
            if (lex.orgHeads.contains(m.first()) && hasConnector(m)) {
                return true;
            }
        }
        if (m.definesAcronym != null && m.size() >= 2 && m.titles.isEmpty()) {
            return true;
        }
        return m.size() == 1 && isAcronym(m.surface) && !lex.notOrgAcronyms.contains(m.surface)
                && !lex.isPlace(m.surface);
    }

    private static boolean hasConnector(Mention m) {
        for (String w : m.words) {
            if (!w.isEmpty() && Letters.isLowerCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 6) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Letters.isUpperCase(c) && c != '&') {
                return false;
            }
        }
        return true;
    }

    private Cluster resolve(Mention m, EntityKind strong, Clusters clusters) {
        boolean placeHere = m.dateline || m.placeCue || (m.placePreposition && lex.isPlace(m.surface));
        if (placeHere) {
            return clusters.place(m);
        }
        if (strong != EntityKind.ORGANISATION || m.size() == 1) {
            Cluster person = clusters.personContaining(m);
            if (person != null && !(strong == EntityKind.ORGANISATION && !m.titles.isEmpty())) {
                return person;
            }
        }
        if (strong != EntityKind.PERSON && !lex.isPlace(m.surface)) {
            Cluster org = clusters.orgContaining(m);
            if (org != null) {
                return org;
            }
        }
        if (strong == EntityKind.PERSON) {
            return clusters.person(m);
        }
        if (strong == EntityKind.ORGANISATION) {
            return clusters.org(m);
        }
        if (strong == EntityKind.PLACE) {
            return clusters.place(m);
        }
        if ((m.placePreposition && !m.sentenceStart && m.size() <= 3) || clusters.places.containsKey(m.surface)) {
            return clusters.place(m);
        }
        return null;
    }

    /** "Sinuiju and Dandong", "Oban and Ullapool": a name listed with a place is a place. */
    private void coordinatePlaces(List<Mention> mentions, Cluster[] assigned, List<String> paragraphs,
            Clusters clusters) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < mentions.size(); i++) {
                if (assigned[i] != null) {
                    continue;
                }
                Mention m = mentions.get(i);
                if (m.sentenceStart || m.size() > 3) {
                    continue;
                }
                String text = paragraphs.get(m.paragraph);
                boolean before = i > 0 && isPlace(assigned[i - 1]) && mentions.get(i - 1).paragraph == m.paragraph
                        && (listGap(text, mentions.get(i - 1).end, m.start)
                                || (commaGap(text, mentions.get(i - 1).end, m.start) && i + 1 < mentions.size()
                                        && mentions.get(i + 1).paragraph == m.paragraph
                                        && listGap(text, m.end, mentions.get(i + 1).start)));
                boolean after = i + 1 < mentions.size() && isPlace(assigned[i + 1])
                        && mentions.get(i + 1).paragraph == m.paragraph && listGap(text, m.end, mentions.get(i + 1).start);
                if (before || after) {
                    assigned[i] = clusters.place(m);
                }
            }
        }
    }

    private static boolean isPlace(Cluster c) {
        return c != null && c.kind == EntityKind.PLACE;
    }

    /** "Oslo, Bergen and Trondheim": a comma counts only inside a list that ends with "and". */
    private static boolean commaGap(String text, int from, int to) {
        return to - from == 2 && text.charAt(from) == ',' && text.charAt(from + 1) == ' ';
    }

    private static boolean listGap(String text, int from, int to) {
        if (to < from || to - from > 6) {
            return false;
        }
        String gap = text.substring(from, to);
        // A comma is not enough: "In Scotland, CalMac cancelled" is no list.
        return gap.equals(" and ") || gap.equals(" or ");
    }

    /** The entities of one article, keyed by their full names. */
    private final class Clusters {
        private final Map<String, Cluster> people = new LinkedHashMap<>();
        private final Map<String, Cluster> orgs = new LinkedHashMap<>();
        private final Map<String, Cluster> places = new LinkedHashMap<>();
        private final Map<String, Cluster> acronyms = new HashMap<>();
        private final List<Cluster> all = new ArrayList<>();

        void anchor(EntityKind kind, Mention m) {
            if (kind == EntityKind.PERSON) {
                person(m);
            } else {
                Cluster c = orgContaining(m);
                if (c == null) {
                    c = org(m);
                } else {
                    c.offer(m.surface);
                }
                if (m.definesAcronym != null) {
                    acronyms.putIfAbsent(m.definesAcronym, c);
                }
            }
        }

        Cluster person(Mention m) {
            return people.computeIfAbsent(m.surface, k -> add(new Cluster(EntityKind.PERSON, m)));
        }

        Cluster org(Mention m) {
            return orgs.computeIfAbsent(m.surface, k -> add(new Cluster(EntityKind.ORGANISATION, m)));
        }

        Cluster place(Mention m) {
            return places.computeIfAbsent(m.surface, k -> add(new Cluster(EntityKind.PLACE, m)));
        }

        private Cluster add(Cluster c) {
            all.add(c);
            return c;
        }

        /** The person whose full name holds every word of this mention, the latest named first. */
        Cluster personContaining(Mention m) {
            Cluster exact = people.get(m.surface);
            if (exact != null) {
                return exact;
            }
            if (m.size() > 2) {
                return null;
            }
            Cluster found = null;
            for (Cluster c : people.values()) {
                if (c.words.size() > m.size() && c.words.containsAll(m.words)
                        && (found == null || c.firstOrder < m.order)) {
                    found = c;
                }
            }
            return found;
        }

        /** The organisation this mention names in part ("Rovers", "Halvorsen") or by its acronym. */
        Cluster orgContaining(Mention m) {
            if (m.size() == 1) {
                Cluster byAcronym = acronyms.get(m.surface);
                if (byAcronym != null) {
                    return byAcronym;
                }
            }
            Cluster best = null;
            // What depends on the mention alone is worked out once, not once per organisation.
            boolean acronym = m.size() == 1 && isAcronym(m.surface);
            int meaningful = -1; // not yet known; then 0 or 1
            for (Cluster c : orgs.values()) {
                if (c.words.size() > m.size() && contiguous(c.words, m.words)
                        && (meaningful < 0 ? (meaningful = meaningful(m) ? 1 : 0) : meaningful) == 1
                        && (best == null || c.words.size() > best.words.size())) {
                    best = c;
                } else if (acronym && m.surface.equals(c.initials())) {
                    best = c;
                }
            }
            return best;
        }

        private boolean meaningful(Mention m) {
            for (String w : m.words) {
                if (!lex.orgHeads.contains(w) && !lex.orgAnywhere.contains(w) && !LEGAL_FORMS.contains(w)
                        && Letters.isUpperCase(w.charAt(0))) {
                    return true;
                }
            }
            return false;
        }

        List<Entity> entities() {
            List<Cluster> used = new ArrayList<>();
            for (Cluster c : all) {
                if (c.mentions > 0) {
                    used.add(c);
                }
            }
            used.sort(Comparator.comparingInt((Cluster c) -> -c.mentions).thenComparingInt(c -> c.firstSeen));
            List<Entity> out = new ArrayList<>(used.size());
            for (Cluster c : used) {
                out.add(c.entity());
            }
            return List.copyOf(out);
        }
    }

    private static boolean contiguous(List<String> whole, List<String> part) {
        outer:
        for (int i = 0; i + part.size() <= whole.size(); i++) {
            for (int j = 0; j < part.size(); j++) {
                if (!whole.get(i + j).equals(part.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (Letters.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /** One entity being gathered: its longest name, the other forms, the mentions. */
    private static final class Cluster {
        final EntityKind kind;
        final int firstOrder;
        List<String> words;
        String name;
        int mentions;
        int firstSeen = Integer.MAX_VALUE;
        final Set<String> forms = new LinkedHashSet<>();
        private String initials;
        private List<String> initialsOf;

        Cluster(EntityKind kind, Mention m) {
            this.kind = kind;
            this.firstOrder = m.order;
            this.words = m.words;
            this.name = m.surface;
        }

        /** The capital initials of the name's words ("ECB"), kept until the words change. */
        String initials() {
            if (initials == null || initialsOf != words) {
                initials = EntityFinder.initials(words);
                initialsOf = words;
            }
            return initials;
        }

        void offer(String surface) {
            forms.add(surface);
        }

        void count(Mention m) {
            mentions++;
            firstSeen = Math.min(firstSeen, m.order);
            forms.add(m.surface);
            if (kind == EntityKind.PERSON && !m.titles.isEmpty() && m.titles.indexOf(' ') < 0) {
                forms.add(m.titles + " " + m.surface);
            }
            if (m.surface.length() > name.length() && m.size() >= words.size()) {
                name = m.surface;
                words = m.words;
            }
        }

        Entity entity() {
            List<String> aliases = new ArrayList<>();
            for (String f : forms) {
                if (!f.equals(name)) {
                    aliases.add(f);
                }
            }
            return new Entity(name, kind, mentions, aliases);
        }
    }
}
