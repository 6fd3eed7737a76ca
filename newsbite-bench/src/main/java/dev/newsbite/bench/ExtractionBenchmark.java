package dev.newsbite.bench;

import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.bench.BenchPages.Page;
import dev.newsbite.text.HtmlDecoder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
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
 * Extraction beside its floor, on the same 181 real article pages: {@link #extract} is the whole
 * of {@code Extractor.extract} (decoding, parsing, metadata, body), {@link #jsoupParseText} is
 * jsoup's parse of the same decoded HTML plus {@code body().text()}, about the least any
 * jsoup-based extractor can do. Scores are microseconds per page; the ratio of the two is what
 * the project budgets (extraction within 2.5 times the floor). Each comes in two forms that start
 * from the same input: from page bytes ({@link #extract} beside {@link #jsoupParseBytesText}, both
 * decoding) and from decoded text ({@link #extractDecoded} beside {@link #jsoupParseText}). Run with
 * {@code scripts/bench-speed}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExtractionBenchmark {
    /** The scrapinghub set's size; {@code @OperationsPerInvocation} needs it as a constant. */
    static final int PAGES = 181;

    private final Extractor extractor = Extractor.create();
    private byte[][] bytes;
    private String[] urls;
    private String[] html;

    @Setup
    public void load() throws ExtractionException {
        List<Page> pages = BenchPages.load();
        if (pages.size() != PAGES) {
            throw new IllegalStateException("expected " + PAGES + " scrapinghub pages but found " + pages.size()
                    + "; the per-page scores would be wrong");
        }
        bytes = new byte[PAGES][];
        urls = new String[PAGES];
        html = new String[PAGES];
        for (int i = 0; i < PAGES; i++) {
            Page page = pages.get(i);
            bytes[i] = page.bytes();
            urls[i] = page.url();
            html[i] = HtmlDecoder.decode(page.bytes(), null).html();
            // A page that cannot be extracted would make the benchmark measure an exception path.
            extractor.extract(bytes[i], urls[i], null);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void extract(Blackhole bh) throws ExtractionException {
        for (int i = 0; i < PAGES; i++) {
            bh.consume(extractor.extract(bytes[i], urls[i], null));
        }
    }

    /** The whole extraction from text already decoded: the like-for-like partner of {@link #jsoupParseText}. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void extractDecoded(Blackhole bh) throws ExtractionException {
        for (int i = 0; i < PAGES; i++) {
            bh.consume(extractor.extract(html[i], urls[i]));
        }
    }

    /** jsoup from the same bytes, decoding them itself: the like-for-like partner of {@link #extract}. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void jsoupParseBytesText(Blackhole bh) throws java.io.IOException {
        for (int i = 0; i < PAGES; i++) {
            bh.consume(Jsoup.parse(new java.io.ByteArrayInputStream(bytes[i]), null, urls[i]).body().text());
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void jsoupParseText(Blackhole bh) {
        for (int i = 0; i < PAGES; i++) {
            bh.consume(Jsoup.parse(html[i], urls[i]).body().text());
        }
    }
}
