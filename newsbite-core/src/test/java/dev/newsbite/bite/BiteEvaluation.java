package dev.newsbite.bite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.testing.SharedCorpus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The bite's evaluation on the development pages: for every article page, the summary, the lead-3
 * baseline (the first three sentences of the body's paragraphs, by the same splitter), lead-3 of
 * the sentences the bite may pick (no captions, credits, questions, standfirst repeats) and the
 * page's own newsroom description as the reference, written as JSON Lines for
 * {@code scripts/rouge.py}; and a timing of extraction with and without the bite, same run.
 * {@code scripts/bench-bite} runs both.
 *
 * <p>Reference: the page's {@code og:description}, else its {@code description} or
 * {@code twitter:description} meta, else the standfirst the extractor found; only when it has at
 * least {@value #MIN_REFERENCE_WORDS} words. Pages whose reference is copied from the body's
 * own sentences are flagged ({@code copied}) and scored apart too. The summary never sees it: it is chosen from body
 * paragraphs only, and a body sentence repeating the standfirst is never picked.
 *
 * <p>Usage: {@code BiteEvaluation OUT.jsonl [passes]}
 */
public final class BiteEvaluation {
    static final int MIN_REFERENCE_WORDS = 8;
    static final String READABILITY_PAGE_URL = "http://fakehost/test/page.html";

    private BiteEvaluation() {
    }

    record Page(String set, String id, String url, byte[] bytes) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BiteEvaluation OUT.jsonl [timing passes]");
            System.exit(2);
        }
        Path shared = SharedCorpus.sharedOrNull();
        if (shared == null) {
            System.err.println("skipped: ../shared/bench is absent");
            return;
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ObjectMapper json = new ObjectMapper();
        List<Page> pages = new ArrayList<>(scrapinghub(shared.resolve("bench/scrapinghub"), json));
        pages.addAll(readability(shared.resolve("bench/readability-pages")));
        Extractor with = Extractor.create(ExtractOptions.defaults().withBite(true), PeopleAndQuotes.none());
        Extractor without = Extractor.create(ExtractOptions.defaults().withBite(false), PeopleAndQuotes.none());
        int references = 0;
        int articles = 0;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (Page page : pages) {
                Article a;
                try {
                    a = with.extract(page.bytes(), page.url(), null).article();
                } catch (Exception e) {
                    continue;
                }
                if (a.pageType() != PageType.ARTICLE || a.bite() == null) {
                    continue;
                }
                articles++;
                String reference = reference(page, a);
                ObjectNode row = json.createObjectNode();
                row.put("set", page.set());
                row.put("id", page.id());
                row.put("language", a.language());
                row.put("reference", reference);
                row.put("copied", reference != null && copiedFromBody(reference, a.bodyText()));
                row.putPOJO("summary", a.bite().summary());
                row.putPOJO("lead3", lead(a.body(), a.language(), 3));
                row.putPOJO("lead3eligible", SummaryCandidates.of(a.body(), a.title(), a.standfirst(), a.language())
                        .stream().limit(3).map(SummaryCandidates.Candidate::text).toList());
                row.put("words", a.bite().words());
                row.put("minutes", a.bite().readingMinutes());
                if (reference != null) {
                    references++;
                }
                out.write(json.writeValueAsString(row));
                out.write('\n');
            }
        }
        System.err.printf("%d pages, %d article pages, %d with a reference%n", pages.size(), articles, references);
        if (passes > 0) {
            time(pages, with, without, passes);
        }
    }

    /** Extraction time per page with and without the bite, alternating passes so both see the same JVM state. */
    private static void time(List<Page> pages, Extractor with, Extractor without, int passes) {
        List<Page> scrapinghub = pages.stream().filter(p -> p.set().equals("scrapinghub")).toList();
        for (int warm = 0; warm < 2; warm++) {
            pass(scrapinghub, without);
            pass(scrapinghub, with);
        }
        long withNanos = 0;
        long withoutNanos = 0;
        for (int i = 0; i < passes; i++) {
            withoutNanos += pass(scrapinghub, without);
            withNanos += pass(scrapinghub, with);
        }
        double off = withoutNanos / 1e6 / passes / scrapinghub.size();
        double on = withNanos / 1e6 / passes / scrapinghub.size();
        System.err.printf("scrapinghub, %d pages, %d passes, one thread: without the bite %.3f ms/page, "
                + "with %.3f ms/page: +%.1f%%%n", scrapinghub.size(), passes, off, on, (on / off - 1) * 100);
    }

    private static long pass(List<Page> pages, Extractor extractor) {
        long start = System.nanoTime();
        int sink = 0;
        for (Page page : pages) {
            try {
                sink += extractor.extract(page.bytes(), page.url(), null).article().body().size();
            } catch (Exception e) {
                sink--;
            }
        }
        long took = System.nanoTime() - start;
        if (sink == Integer.MIN_VALUE) {
            System.err.println(sink);
        }
        return took;
    }

    /**
     * True when the reference is mostly the body's own words in the body's order (at least
     * {@value #COPIED_SHARE} of its word pairs occur in the body): a description made by copying the
     * lead, which lead-3 reproduces by construction. Such pages are reported apart.
     */
    static boolean copiedFromBody(String reference, String body) {
        List<String> ref = Terms.list(reference);
        List<String> text = Terms.list(body);
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (int i = 1; i < text.size(); i++) {
            pairs.add(text.get(i - 1) + " " + text.get(i));
        }
        int found = 0;
        for (int i = 1; i < ref.size(); i++) {
            if (pairs.contains(ref.get(i - 1) + " " + ref.get(i))) {
                found++;
            }
        }
        return ref.size() > 1 && found >= COPIED_SHARE * (ref.size() - 1);
    }

    static final double COPIED_SHARE = 0.6;

    /** The first {@code n} sentences of the body's paragraphs: the lead-n baseline. */
    static List<String> lead(List<Block> body, String language, int n) {
        List<String> out = new ArrayList<>();
        for (Block block : body) {
            if (block instanceof Paragraph p) {
                for (Sentences.Span span : Sentences.split(p.text(), language)) {
                    if (out.size() == n) {
                        return out;
                    }
                    out.add(p.text().substring(span.start(), span.end()));
                }
            }
        }
        return out;
    }

    private static String reference(Page page, Article a) {
        Document doc = Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8), page.url());
        for (String query : List.of("meta[property=og:description]", "meta[name=description]",
                "meta[name=twitter:description]")) {
            Element meta = doc.selectFirst(query);
            String text = meta == null ? null : meta.attr("content").strip();
            if (text != null && Words.count(text).words() >= MIN_REFERENCE_WORDS) {
                return text;
            }
        }
        String standfirst = a.standfirst();
        return standfirst != null && Words.count(standfirst).words() >= MIN_REFERENCE_WORDS ? standfirst : null;
    }

    private static List<Page> scrapinghub(Path dir, ObjectMapper json) throws IOException {
        JsonNode truth = json.readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("html"))) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().split("\\.")[0];
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new Page("scrapinghub", id, truth.path(id).path("url").asText(null), in.readAllBytes()));
                }
            }
        }
        return pages;
    }

    private static List<Page> readability(Path dir) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dir)) {
            for (Path d : dirs.sorted().toList()) {
                Path source = d.resolve("source.html");
                if (Files.isRegularFile(source)) {
                    pages.add(new Page("readability", d.getFileName().toString(), READABILITY_PAGE_URL,
                            Files.readAllBytes(source)));
                }
            }
        }
        return pages;
    }
}
