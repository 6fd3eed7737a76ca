package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbite.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A quality floor on the shared metadata pages (whose truth is Mozilla Readability's output),
 * measured the way the shared scorer does on pages whose truth has a value: title and byline by
 * token F1 of at least 0.8, site name exactly, the published time as the same instant, wall-clock
 * time or day. The floors sit a little under today's figures, so a regression fails the build.
 */
class MetadataCorpusIT {
    private static final String PAGE_URL = "http://fakehost/test/page.html";
    private static final double LENIENT = 0.8;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private record Tally(int hits, int present) {
        double share() {
            return present == 0 ? 1 : (double) hits / present;
        }
    }

    @Test
    void metadataStaysAboveItsFloors() throws IOException {
        Path dir = SharedCorpus.benchOrSkip("readability-pages");
        ObjectMapper json = new ObjectMapper();
        MetadataExtractor extractor = new MetadataExtractor();
        Map<String, int[]> counts = new HashMap<>();
        try (Stream<Path> pages = Files.list(dir)) {
            for (Path page : pages.sorted().toList()) {
                Path source = page.resolve("source.html");
                Path expected = page.resolve("expected-metadata.json");
                if (!Files.isRegularFile(source) || !Files.isRegularFile(expected)) {
                    continue;
                }
                JsonNode truth = json.readTree(expected.toFile());
                Metadata m = extractor.extract(Jsoup.parse(Files.readString(source), PAGE_URL));
                String byline = m.authors().isEmpty() ? null : String.join(", ", m.authors());
                count(counts, "title", truth.path("title").asText(""), m.title(), MetadataCorpusIT::lenient);
                count(counts, "byline", truth.path("byline").asText(""), byline, MetadataCorpusIT::lenient);
                count(counts, "siteName", truth.path("siteName").asText(""), m.siteName(), MetadataCorpusIT::exact);
                count(counts, "published", truth.path("publishedTime").asText(""), m.published(),
                        MetadataCorpusIT::sameTime);
            }
        }
        assertThat(tally(counts, "title").share()).as("title lenient on present").isGreaterThanOrEqualTo(0.93);
        assertThat(tally(counts, "byline").share()).as("byline lenient on present").isGreaterThanOrEqualTo(0.80);
        assertThat(tally(counts, "siteName").share()).as("siteName exact on present").isGreaterThanOrEqualTo(0.95);
        assertThat(tally(counts, "published").share()).as("published same time on present")
                .isGreaterThanOrEqualTo(0.95);
    }

    private interface Match {
        boolean test(String truth, String predicted);
    }

    private static void count(Map<String, int[]> counts, String field, String truth, String predicted, Match match) {
        if (truth.isBlank()) {
            return;
        }
        int[] c = counts.computeIfAbsent(field, k -> new int[2]);
        c[1]++;
        if (predicted != null && match.test(truth, predicted)) {
            c[0]++;
        }
    }

    private static Tally tally(Map<String, int[]> counts, String field) {
        int[] c = counts.getOrDefault(field, new int[2]);
        return new Tally(c[0], c[1]);
    }

    private static boolean exact(String truth, String predicted) {
        return norm(truth).equals(norm(predicted));
    }

    private static boolean lenient(String truth, String predicted) {
        List<String> a = tokens(truth);
        List<String> b = tokens(predicted);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Map<String, Integer> bag = new HashMap<>();
        a.forEach(t -> bag.merge(t, 1, Integer::sum));
        int overlap = 0;
        for (String t : b) {
            Integer n = bag.get(t);
            if (n != null && n > 0) {
                overlap++;
                bag.put(t, n - 1);
            }
        }
        double p = (double) overlap / b.size();
        double r = (double) overlap / a.size();
        return overlap > 0 && 2 * p * r / (p + r) >= LENIENT;
    }

    /** Same instant when both carry an offset, same wall-clock time otherwise, same day for bare dates. */
    private static boolean sameTime(String truth, String predicted) {
        String t = Dates.normalise(truth);
        if (t == null) {
            return exact(truth, predicted);
        }
        if (t.length() == 10 || predicted.length() == 10) {
            return t.substring(0, 10).equals(predicted.substring(0, Math.min(10, predicted.length())));
        }
        boolean tOffset = hasOffset(t);
        boolean pOffset = hasOffset(predicted);
        if (tOffset && pOffset) {
            return OffsetDateTime.parse(t).toInstant().equals(OffsetDateTime.parse(predicted).toInstant());
        }
        LocalDateTime a = tOffset ? OffsetDateTime.parse(t).toLocalDateTime() : LocalDateTime.parse(t);
        LocalDateTime b = pOffset ? OffsetDateTime.parse(predicted).toLocalDateTime() : LocalDateTime.parse(predicted);
        return a.equals(b) || LocalDate.from(a).equals(LocalDate.from(b)) && a.toLocalTime().equals(b.toLocalTime());
    }

    private static boolean hasOffset(String iso) {
        return iso.endsWith("Z") || iso.length() > 19 && (iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10);
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(norm(s));
        while (m.find()) {
            out.addAll(MetaText.Tokens.of(m.group()));
        }
        return out;
    }
}
