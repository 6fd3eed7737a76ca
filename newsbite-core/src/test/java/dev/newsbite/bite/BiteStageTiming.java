package dev.newsbite.bite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;
import dev.newsbite.bite.entities.Entity;
import dev.newsbite.bite.entities.EntityFinder;
import dev.newsbite.bite.quotes.QuoteFinder;
import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.PageType;
import dev.newsbite.model.Paragraph;
import dev.newsbite.testing.SharedCorpus;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A developer's warm timing of the bite stage alone, and a dump of what it gives, on the benchmark
 * pages (read at run time, never copied). Every page is extracted once without the bite; then the
 * bite ({@link BiteMaker#addTo}) and each of its parts run over all article pages for several
 * passes, in thread CPU time, so a busy machine skews it less than wall time. Scores are per
 * benchmark page (all scrapinghub pages, as JMH counts them). The dump (JSON Lines: bite, quotes
 * and every entity with its aliases, for the scrapinghub and readability pages) is for checking that
 * a change to the bite's speed leaves its output alone. Not a benchmark (JMH is).
 *
 * <p>Usage: {@code BiteStageTiming DUMP.jsonl [passes]}; {@code -Dbite.only=entities|quotes|summary|all}
 * loops one part only, for profiling. On a busy two-core machine the JIT takes about a hundred
 * passes of the whole bite to settle, and figures keep falling until then: compare two builds
 * with the same, large number of passes (say {@code - 150} with {@code -Dbite.only=all}),
 * run one after the other, more than once.
 */
public final class BiteStageTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATED = (com.sun.management.ThreadMXBean) CPU;

    private BiteStageTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = SharedCorpus.sharedOrNull();
        if (shared == null) {
            System.err.println("skipped: ../shared/bench is absent");
            return;
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ObjectMapper json = new ObjectMapper();
        Extractor without = Extractor.create(ExtractOptions.defaults().withBite(false));
        List<Article> bench = new ArrayList<>();
        List<String> benchIds = new ArrayList<>();
        Path dir = shared.resolve("bench/scrapinghub");
        JsonNode truth = json.readTree(dir.resolve("ground-truth.json").toFile());
        int benchPages = 0;
        try (Stream<Path> files = Files.list(dir.resolve("html"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
                benchPages++;
                String id = f.getFileName().toString().split("\\.")[0];
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    bytes = in.readAllBytes();
                }
                Article a = without.extract(bytes, truth.path(id).path("url").asText(null), null).article();
                if (a.pageType() == PageType.ARTICLE && id.startsWith(System.getProperty("bite.page", ""))) {
                    bench.add(a);
                    benchIds.add("scrapinghub/" + id);
                }
            }
        }
        List<Article> all = new ArrayList<>(bench);
        List<String> allIds = new ArrayList<>(benchIds);
        try (Stream<Path> dirs = Files.list(shared.resolve("bench/readability-pages"))) {
            for (Path d : dirs.sorted().toList()) {
                Path source = d.resolve("source.html");
                if (Files.isRegularFile(source)) {
                    try {
                        Article a = without.extract(Files.readAllBytes(source), "http://fakehost/test/page.html", null)
                                .article();
                        if (a.pageType() == PageType.ARTICLE) {
                            all.add(a);
                            allIds.add("readability/" + d.getFileName());
                        }
                    } catch (Exception e) {
                        // a page the extractor refuses has no bite either
                    }
                }
            }
        }
        BiteMaker maker = BiteMaker.standard();
        EntityFinder entityFinder = EntityFinder.create();
        QuoteFinder quoteFinder = QuoteFinder.create();
        if (args.length > 0 && !args[0].equals("-")) {
            try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
                for (int i = 0; i < all.size(); i++) {
                    Article a = maker.addTo(all.get(i));
                    List<String> paragraphs = paragraphs(a);
                    List<Entity> entities = entityFinder.find(paragraphs, a.language());
                    ObjectNode row = json.createObjectNode();
                    row.put("id", allIds.get(i));
                    row.putPOJO("bite", a.bite());
                    row.putPOJO("quotes", a.quotes());
                    row.putPOJO("entities", entities);
                    out.write(json.writeValueAsString(row));
                    out.write('\n');
                }
            }
            System.err.printf("dumped %d article pages to %s%n", all.size(), args[0]);
        }
        List<List<String>> bodies = bench.stream().map(BiteStageTiming::paragraphs).toList();
        List<List<Entity>> found = new ArrayList<>();
        for (int i = 0; i < bench.size(); i++) {
            found.add(entityFinder.find(bodies.get(i), bench.get(i).language()));
        }
        String only = System.getProperty("bite.only", "");
        Summariser summariser = new Summariser();
        double[] best = new double[5];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (int pass = 0; pass < passes; pass++) {
            long[] t = new long[5];
            long allocated = 0;
            int sink = 0;
            if (only.isEmpty() || only.equals("all")) {
                long b0 = ALLOCATED.getCurrentThreadAllocatedBytes();
                long t0 = CPU.getCurrentThreadCpuTime();
                for (Article a : bench) {
                    sink += maker.addTo(a).quotes().size();
                }
                t[0] = CPU.getCurrentThreadCpuTime() - t0;
                allocated = (ALLOCATED.getCurrentThreadAllocatedBytes() - b0) / benchPages;
            }
            if (only.isEmpty() || only.equals("summary")) {
                long t0 = CPU.getCurrentThreadCpuTime();
                for (Article a : bench) {
                    sink += summariser.summarise(a.body(), a.title(), a.standfirst(), a.language()).size();
                }
                t[1] = CPU.getCurrentThreadCpuTime() - t0;
                t0 = CPU.getCurrentThreadCpuTime();
                for (Article a : bench) {
                    for (Block b : a.body()) {
                        String text = b.text();
                        if (text != null && !text.isBlank()) {
                            sink += Words.count(text).words();
                        }
                    }
                }
                t[2] = CPU.getCurrentThreadCpuTime() - t0;
            }
            if (only.isEmpty() || only.equals("entities")) {
                long t0 = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < bench.size(); i++) {
                    sink += entityFinder.find(bodies.get(i), bench.get(i).language()).size();
                }
                t[3] = CPU.getCurrentThreadCpuTime() - t0;
            }
            if (only.isEmpty() || only.equals("quotes")) {
                long t0 = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < bench.size(); i++) {
                    sink += quoteFinder.find(bodies.get(i), found.get(i), bench.get(i).language()).size();
                }
                t[4] = CPU.getCurrentThreadCpuTime() - t0;
            }
            for (int k = 0; k < 5; k++) {
                best[k] = Math.min(best[k], t[k] / 1e3 / benchPages);
            }
            System.err.printf("pass %2d: bite %6.1f µs/page | summary %6.1f, words %5.1f, entities %6.1f, quotes %5.1f"
                    + " (%d kB/page allocated; sink %d)%n", pass, t[0] / 1e3 / benchPages, t[1] / 1e3 / benchPages, t[2] / 1e3 / benchPages,
                    t[3] / 1e3 / benchPages, t[4] / 1e3 / benchPages, allocated / 1024, sink);
        }
        if (Boolean.getBoolean("bite.perPage")) {
            perPage(bench, benchIds, maker, passes);
        }
        System.err.printf("best:    bite %6.1f µs/page | summary %6.1f, words %5.1f, entities %6.1f, quotes %5.1f"
                + " (%d pages, %d articles)%n", best[0], best[1], best[2], best[3], best[4], benchPages, bench.size());
    }

    /** The pages the bite spends most on, for finding what a few pages cost. */
    private static void perPage(List<Article> bench, List<String> ids, BiteMaker maker, int passes) {
        long[] took = new long[bench.size()];
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < bench.size(); i++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                maker.addTo(bench.get(i));
                took[i] += CPU.getCurrentThreadCpuTime() - t0;
            }
        }
        Integer[] order = new Integer[bench.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(took[b], took[a]));
        long total = java.util.Arrays.stream(took).sum();
        for (int k = 0; k < 15; k++) {
            int i = order[k];
            Article a = bench.get(i);
            int chars = a.body().stream().mapToInt(b -> b.text() == null ? 0 : b.text().length()).sum();
            System.err.printf("%-40s %7.1f µs %5.1f%% lang %s, %d chars%n", ids.get(i), took[i] / 1e3 / passes,
                    100.0 * took[i] / total, a.language(), chars);
        }
    }

    private static List<String> paragraphs(Article a) {
        List<String> out = new ArrayList<>();
        for (Block b : a.body()) {
            if (b instanceof Paragraph p && !p.text().isBlank()) {
                out.add(p.text());
            }
        }
        return out;
    }
}
