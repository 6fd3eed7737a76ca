package dev.newsbite.cli.batch;

import dev.newsbite.Extraction;
import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.cli.Messages;
import dev.newsbite.model.Article;
import dev.newsbite.source.PageBytes;
import dev.newsbite.source.PageReadException;
import dev.newsbite.source.PageReader;
import dev.newsbite.warc.WarcPage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Turns one page file, or one page from a WARC file, into one {@link BatchRow}, whatever happens: every failure, out-of-memory
 * and stack overflow included, becomes the row's {@code error} so that one bad file never stops a
 * batch. Thread-safe.
 */
public final class PageJob {
    /** The work proper; tests put a misbehaving one in its place. */
    interface Step {
        BatchRow make(BatchItem item, String id, String source, String url) throws Exception;
    }

    private final Map<String, String> urls;
    private final Step step;

    /**
     * @param urls page addresses by id (the file name up to its first dot); pages without one are
     *     extracted without an address
     */
    public PageJob(Extractor extractor, PageReader reader, Map<String, String> urls) {
        this(extractor, reader, urls, null);
    }

    /**
     * As {@link #PageJob(Extractor, PageReader, Map)}, giving each article extracted to {@code keeper}
     * too (null: none); a page it cannot keep gets the reason in its row's error.
     */
    public PageJob(Extractor extractor, PageReader reader, Map<String, String> urls, PageKeeper keeper) {
        this(urls, (item, id, source, url) -> kept(keeper, extract(extractor, reader, item, id, source, url)));
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(reader, "reader");
    }

    /** A page extracted: its row, and what the keeper needs. */
    private record Extracted(BatchRow row, byte[] html, String contentType, Article article) {
    }

    private static BatchRow kept(PageKeeper keeper, Extracted page) {
        if (keeper == null || page.article() == null) {
            return page.row();
        }
        String problem = keeper.keep(page.row().url(), page.html(), page.contentType(), page.article());
        if (problem == null) {
            return page.row();
        }
        BatchRow r = page.row();
        String error = r.error() == null ? problem : r.error() + "; " + problem;
        return new BatchRow(r.id(), r.source(), r.url(), r.title(), r.byline(), r.published(), r.siteName(),
                r.excerpt(), r.lang(), r.pageType(), r.text(), error);
    }

    PageJob(Map<String, String> urls, Step step) {
        this.urls = Map.copyOf(urls);
        this.step = step;
    }

    public BatchRow run(Path file) {
        return run(new BatchItem.PageFile(file));
    }

    public BatchRow run(BatchItem item) {
        if (item instanceof BatchItem.Ready ready) {
            return ready.row();
        }
        Origin origin = originOf(item);
        String id = origin.id();
        String source = origin.source();
        String url = origin.url();
        BatchRow row;
        try {
            row = step.make(item, id, source, url);
        } catch (OutOfMemoryError e) {
            row = BatchRow.failed(id, source, url, "out of memory while extracting this page");
        } catch (StackOverflowError e) {
            row = BatchRow.failed(id, source, url, "stack overflow while extracting this page (nesting too deep)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            row = BatchRow.failed(id, source, url, "interrupted");
        } catch (PageReadException | ExtractionException e) {
            row = BatchRow.failed(id, source, url, Messages.oneLine(e.getMessage()));
        } catch (Throwable e) {
            // Anything else is a bug in the extractor, but still only this page's problem.
            row = BatchRow.failed(id, source, url, "internal error: " + Messages.describe(e));
        }
        return withOrigin(row, item);
    }

    /** The row of a file that failed outside {@link #run} (the batch's watchdog gave up on it). */
    public BatchRow failed(Path file, String error) {
        return failed(new BatchItem.PageFile(file), error);
    }

    /** The row of an item that failed outside {@link #run} (the batch's watchdog gave up on it). */
    public BatchRow failed(BatchItem item, String error) {
        if (item instanceof BatchItem.Ready ready) {
            return ready.row();
        }
        Origin origin = originOf(item);
        return withOrigin(BatchRow.failed(origin.id(), origin.source(), origin.url(), error), item);
    }

    private static BatchRow withOrigin(BatchRow row, BatchItem item) {
        return item instanceof BatchItem.ArchivedPage archived ? row.from(archived.page()) : row;
    }

    /** Where a page came from, as its row names it. */
    private record Origin(String id, String source, String url) {
    }

    /** The origin of a page file or WARC page ({@link BatchItem.Ready} items are answered before this). */
    private Origin originOf(BatchItem item) {
        if (item instanceof BatchItem.ArchivedPage archived) {
            WarcPage page = archived.page();
            return new Origin(page.recordId(), page.warcFile(), page.url());
        }
        Path file = ((BatchItem.PageFile) item).file();
        String id = idOf(file);
        return new Origin(id, file.toString(), urls.get(id));
    }

    private static Extracted extract(Extractor extractor, PageReader reader, BatchItem item, String id, String source,
            String url) throws PageReadException, ExtractionException {
        if (item instanceof BatchItem.ArchivedPage archived) {
            WarcPage page = archived.page();
            // The HTTP header's charset counts here, as it does for a page fetched live.
            Extraction extraction = extractor.extract(page.body(), url, page.contentType());
            return new Extracted(BatchRow.of(id, source, url, extraction.article(), problemsOf(null, extraction)),
                    page.body(), page.contentType(), extraction.article());
        }
        Path file = ((BatchItem.PageFile) item).file();
        PageBytes page = reader.read(file);
        String readProblem = page.problem() == null ? null : Messages.oneLine(page.problem().message());
        Extraction extraction;
        try {
            extraction = extractor.extract(page.bytes(), url, null);
        } catch (ExtractionException e) {
            if (readProblem == null) {
                throw e;
            }
            return new Extracted(BatchRow.failed(id, source, url, readProblem + "; " + Messages.oneLine(e.getMessage())),
                    null, null, null);
        }
        return new Extracted(BatchRow.of(id, source, url, extraction.article(), problemsOf(readProblem, extraction)),
                page.bytes(), null, extraction.article());
    }

    /**
     * What may make an article incomplete (cut at the size cap, or at the time budget), so that
     * nothing is silently lost; null when nothing did.
     */
    private static String problemsOf(String readProblem, Extraction extraction) {
        StringJoiner problems = new StringJoiner("; ");
        if (readProblem != null) {
            problems.add(readProblem);
        }
        extraction.problems().forEach(p -> problems.add(Messages.oneLine(p.message())));
        return problems.length() == 0 ? null : problems.toString();
    }

    /** A page's id: its file name up to the first dot ({@code 0a1b.html.gz} is {@code 0a1b}). */
    public static String idOf(Path file) {
        Path name = file.getFileName();
        String s = name == null ? file.toString() : name.toString();
        int dot = s.indexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
