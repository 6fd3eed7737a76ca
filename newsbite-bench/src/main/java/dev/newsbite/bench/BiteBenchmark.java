package dev.newsbite.bench;

import dev.newsbite.ExtractOptions;
import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.bench.BenchPages.Page;
import dev.newsbite.bite.BiteMaker;
import dev.newsbite.model.Article;
import dev.newsbite.model.PageType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the bite costs: the whole extraction of the 181 scrapinghub pages with the bite (summary,
 * reading time, word count, and the default entity and quote finders) and without it, in the same
 * run, from page bytes. Scores are microseconds per page; the project's budget is that the bite adds
 * at most 15%. Run with {@code scripts/bench-bite --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BiteBenchmark {
    private final Extractor withBite = Extractor.create(ExtractOptions.defaults().withBite(true));
    private final Extractor withoutBite = Extractor.create(ExtractOptions.defaults().withBite(false));
    private final BiteMaker biteMaker = BiteMaker.standard();
    private byte[][] bytes;
    private String[] urls;
    private Article[] articles;

    @Setup
    public void load() throws ExtractionException {
        List<Page> pages = BenchPages.load();
        if (pages.size() != ExtractionBenchmark.PAGES) {
            throw new IllegalStateException("expected " + ExtractionBenchmark.PAGES + " scrapinghub pages but found "
                    + pages.size() + "; the per-page scores would be wrong");
        }
        bytes = new byte[pages.size()][];
        urls = new String[pages.size()];
        articles = new Article[pages.size()];
        for (int i = 0; i < pages.size(); i++) {
            bytes[i] = pages.get(i).bytes();
            urls[i] = pages.get(i).url();
            withBite.extract(bytes[i], urls[i], null); // fail early, not inside the measurement
            articles[i] = withoutBite.extract(bytes[i], urls[i], null).article();
        }
    }

    @Benchmark
    @OperationsPerInvocation(ExtractionBenchmark.PAGES)
    public void extractWithBite(Blackhole bh) throws ExtractionException {
        for (int i = 0; i < bytes.length; i++) {
            bh.consume(withBite.extract(bytes[i], urls[i], null));
        }
    }

    /**
     * The bite alone, on articles extracted before the measurement: what it costs with the page's
     * text already in memory and nothing else running between two bites. Beside the two whole
     * extractions it tells how much of the bite's cost there comes from running after a parse.
     */
    @Benchmark
    @OperationsPerInvocation(ExtractionBenchmark.PAGES)
    public void biteAlone(Blackhole bh) {
        for (Article article : articles) {
            if (article.pageType() == PageType.ARTICLE) {
                bh.consume(biteMaker.addTo(article));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(ExtractionBenchmark.PAGES)
    public void extractWithoutBite(Blackhole bh) throws ExtractionException {
        for (int i = 0; i < bytes.length; i++) {
            bh.consume(withoutBite.extract(bytes[i], urls[i], null));
        }
    }
}
