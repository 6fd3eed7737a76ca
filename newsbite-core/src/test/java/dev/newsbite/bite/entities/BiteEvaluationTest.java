package dev.newsbite.bite.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.bite.quotes.Quote;
import dev.newsbite.bite.quotes.QuoteFinder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures both finders against the hand-annotated fixture articles under
 * {@code src/test/resources/bite/} and fails below the issue's acceptance (0.9 precision and recall
 * for people and for quote speakers). Prints micro precision and recall for every kind, each miss,
 * and a single-pass timing. Run: {@code mvn -q -B -pl newsbite-core test -Dtest='BiteEvaluationTest'}.
 *
 * <p>Matching: a found entity is right when its name is the annotated name or one of the annotated
 * aliases of an entity of the same kind not matched yet (so a split entity counts once right, once
 * wrong). A quotation is right when its text matches (whitespace, quote-mark style and trailing
 * ",.;:" aside) and its speaker is the annotated one, null included; a speaker named by any annotated
 * form of the same entity counts.
 */
class BiteEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CPU time of this thread: steadier than wall time on a shared machine. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final double ACCEPTANCE = 0.9;
    private static final int MIN_ARTICLES = 10;
    private static final int WARM_UP_ROUNDS = 200;
    /**
     * Folders named so were written and annotated after the rules were first tuned, scored once as
     * held-out (figures in docs/bite-entities.md), then used to fix the rules.
     */
    private static final String SECOND = "heldout-";
    /** Folders named so were written and annotated later still, scored once, then used for fixes too. */
    private static final String UNSEEN = "unseen-";
    /** {@code -Dbite.verbose=true} prints every article's entities and quotations. */
    private static final boolean VERBOSE = Boolean.getBoolean("bite.verbose");

    private final EntityFinder entities = EntityFinder.create();
    private final QuoteFinder quotes = QuoteFinder.create();

    record Fixture(String name, List<String> paragraphs, JsonNode expected) {}

    /** True positives, found and expected, summed over the articles. */
    static final class Score {
        int right;
        int found;
        int expected;

        double precision() {
            return found == 0 ? 1 : (double) right / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) right / expected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  (%d right, %d found, %d expected)", precision(),
                    recall(), right, found, expected);
        }
    }

    /** The scores of one set of articles. */
    static final class Scores {
        final Map<EntityKind, Score> byKind = new HashMap<>();
        final Score speakers = new Score();
        final Score quoteTexts = new Score();
        final StringBuilder misses = new StringBuilder();

        Scores() {
            for (EntityKind k : EntityKind.values()) {
                byKind.put(k, new Score());
            }
        }

        void print(String title, int articles) {
            System.out.println(title + " (" + articles + " articles)");
            System.out.println("  people         " + byKind.get(EntityKind.PERSON));
            System.out.println("  organisations  " + byKind.get(EntityKind.ORGANISATION));
            System.out.println("  places         " + byKind.get(EntityKind.PLACE));
            System.out.println("  quote speakers " + speakers);
            System.out.println("  quote texts    " + quoteTexts);
            System.out.print(misses);
        }
    }

    @Test
    void meetsTheIssuesAcceptanceOnTheFixtureArticles() throws Exception {
        List<Fixture> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(MIN_ARTICLES);
        Scores all = new Scores();
        Scores development = new Scores();
        Scores second = new Scores();
        Scores unseen = new Scores();
        for (Fixture f : fixtures) {
            List<Entity> found = entities.find(f.paragraphs(), "en");
            List<Quote> quoted = quotes.find(f.paragraphs(), found, "en");
            if (VERBOSE) {
                System.out.println(f.name() + ": " + found);
                quoted.forEach(q -> System.out.println("    " + q));
            }
            Scores set = f.name().startsWith(UNSEEN) ? unseen : f.name().startsWith(SECOND) ? second : development;
            for (Scores s : List.of(all, set)) {
                scoreEntities(f, found, EntityKind.PERSON, "people", s.byKind, s == all ? new StringBuilder() : s.misses);
                scoreEntities(f, found, EntityKind.ORGANISATION, "organisations", s.byKind,
                        s == all ? new StringBuilder() : s.misses);
                scoreEntities(f, found, EntityKind.PLACE, "places", s.byKind, s == all ? new StringBuilder() : s.misses);
                scoreQuotes(f, quoted, s.speakers, s.quoteTexts, s == all ? new StringBuilder() : s.misses);
            }
        }
        int secondCount = (int) fixtures.stream().filter(f -> f.name().startsWith(SECOND)).count();
        int unseenCount = (int) fixtures.stream().filter(f -> f.name().startsWith(UNSEEN)).count();
        development.print("Bite evaluation, development articles (rules tuned on these)",
                fixtures.size() - secondCount - unseenCount);
        second.print("Bite evaluation, second set (held out once, then used for fixes)", secondCount);
        unseen.print("Bite evaluation, third set (held out once, then used for fixes)", unseenCount);
        all.print("Bite evaluation, all fixture articles", fixtures.size());
        printTiming(fixtures);

        Score people = all.byKind.get(EntityKind.PERSON);
        assertThat(people.precision()).as("people precision").isGreaterThanOrEqualTo(ACCEPTANCE);
        assertThat(people.recall()).as("people recall").isGreaterThanOrEqualTo(ACCEPTANCE);
        assertThat(all.speakers.precision()).as("quote speaker precision").isGreaterThanOrEqualTo(ACCEPTANCE);
        assertThat(all.speakers.recall()).as("quote speaker recall").isGreaterThanOrEqualTo(ACCEPTANCE);
    }

    private static void scoreEntities(Fixture f, List<Entity> found, EntityKind kind, String field,
            Map<EntityKind, Score> byKind, StringBuilder misses) {
        Score score = byKind.get(kind);
        List<JsonNode> expected = new ArrayList<>();
        f.expected().path(field).forEach(expected::add);
        boolean[] matched = new boolean[expected.size()];
        for (Entity e : found) {
            if (e.kind() != kind) {
                continue;
            }
            score.found++;
            int hit = -1;
            for (int i = 0; i < expected.size() && hit < 0; i++) {
                if (!matched[i] && forms(expected.get(i)).contains(norm(e.name()))) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                matched[hit] = true;
                score.right++;
            } else {
                misses.append("    ").append(f.name()).append(" extra ").append(kind).append(": ").append(e.name())
                        .append(' ').append(e.aliases()).append('\n');
            }
        }
        score.expected += expected.size();
        for (int i = 0; i < expected.size(); i++) {
            if (!matched[i]) {
                misses.append("    ").append(f.name()).append(" missed ").append(kind).append(": ")
                        .append(expected.get(i).path("name").asText()).append('\n');
            }
        }
    }

    private static void scoreQuotes(Fixture f, List<Quote> found, Score speakers, Score texts, StringBuilder misses) {
        List<JsonNode> expected = new ArrayList<>();
        f.expected().path("quotes").forEach(expected::add);
        boolean[] textMatched = new boolean[expected.size()];
        boolean[] fullyMatched = new boolean[expected.size()];
        for (Quote q : found) {
            speakers.found++;
            texts.found++;
            int hit = -1;
            for (int i = 0; i < expected.size() && hit < 0; i++) {
                if (!textMatched[i] && norm(q.text()).equals(norm(expected.get(i).path("text").asText()))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                misses.append("    ").append(f.name()).append(" extra quote: ").append(q).append('\n');
                continue;
            }
            textMatched[hit] = true;
            texts.right++;
            JsonNode want = expected.get(hit).path("speaker");
            if (sameSpeaker(f.expected(), want.isNull() ? null : want.asText(), q.speaker())) {
                fullyMatched[hit] = true;
                speakers.right++;
            } else {
                misses.append("    ").append(f.name()).append(" wrong speaker: ").append(q.speaker())
                        .append(" instead of ").append(want.isNull() ? null : want.asText()).append(" for \"")
                        .append(abbreviate(q.text())).append("\"\n");
            }
        }
        speakers.expected += expected.size();
        texts.expected += expected.size();
        for (int i = 0; i < expected.size(); i++) {
            if (!textMatched[i]) {
                misses.append("    ").append(f.name()).append(" missed quote: ")
                        .append(abbreviate(expected.get(i).path("text").asText())).append('\n');
            }
        }
    }

    /** Whether two speaker names are the same annotated entity (or both null). */
    private static boolean sameSpeaker(JsonNode expected, String want, String got) {
        if (want == null || got == null) {
            return want == null && got == null;
        }
        if (norm(want).equals(norm(got))) {
            return true;
        }
        for (String field : List.of("people", "organisations")) {
            for (JsonNode e : expected.path(field)) {
                List<String> forms = forms(e);
                if (forms.contains(norm(want)) && forms.contains(norm(got))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> forms(JsonNode entity) {
        List<String> out = new ArrayList<>();
        out.add(norm(entity.path("name").asText()));
        entity.path("aliases").forEach(a -> out.add(norm(a.asText())));
        return out;
    }

    static String norm(String s) {
        String t = s.replace('“', '"').replace('”', '"').replace('’', '\'').replace('‘', '\'')
                .replaceAll("\\s+", " ").strip();
        int end = t.length();
        while (end > 0 && ",.;: ".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end);
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }

    /**
     * Timed rounds over every article after untimed warm-up rounds (the JIT compiles the finders
     * first); printed, not asserted. Thread CPU time, so other processes on a shared machine weigh
     * less; the lead's JMH run is the figure of record.
     */
    private void printTiming(List<Fixture> fixtures) {
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            for (Fixture f : fixtures) {
                quotes.find(f.paragraphs(), entities.find(f.paragraphs(), "en"), "en");
            }
        }
        int rounds = 100;
        long entityNanos = 0;
        long quoteNanos = 0;
        int words = 0;
        for (Fixture f : fixtures) {
            for (String p : f.paragraphs()) {
                words += p.split("\\s+").length;
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (Fixture f : fixtures) {
                long t0 = CPU.getCurrentThreadCpuTime();
                List<Entity> found = entities.find(f.paragraphs(), "en");
                long t1 = CPU.getCurrentThreadCpuTime();
                quotes.find(f.paragraphs(), found, "en");
                long t2 = CPU.getCurrentThreadCpuTime();
                entityNanos += t1 - t0;
                quoteNanos += t2 - t1;
            }
        }
        double perArticle = rounds * (double) fixtures.size();
        System.out.printf(Locale.ROOT,
                "  timing (thread CPU time, one JVM, %d rounds, %d words/article on average): entities %.1f µs/article,"
                        + " quotes %.1f µs/article%n",
                rounds, words / fixtures.size(), entityNanos / perArticle / 1000, quoteNanos / perArticle / 1000);
    }

    static List<Fixture> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(BiteEvaluationTest.class.getResource("/bite").toURI());
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String article = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8);
                List<String> paragraphs = new ArrayList<>();
                for (String p : article.split("\\n\\s*\\n")) {
                    String t = p.strip().replaceAll("\\s*\\n\\s*", " ");
                    if (!t.isEmpty()) {
                        paragraphs.add(t);
                    }
                }
                out.add(new Fixture(dir.getFileName().toString(), paragraphs,
                        JSON.readTree(dir.resolve("expected.json").toFile())));
            }
        }
        return out;
    }
}
