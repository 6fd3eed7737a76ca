package dev.newsbite.cli.batch;

import dev.newsbite.Extraction;
import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.cli.Messages;
import dev.newsbite.source.PageBytes;
import dev.newsbite.source.PageReadException;
import dev.newsbite.source.PageReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Turns one page file into one {@link BatchRow}, whatever happens: every failure, out-of-memory
 * and stack overflow included, becomes the row's {@code error} so that one bad file never stops a
 * batch. Thread-safe.
 */
public final class PageJob {
    /** The work proper; tests put a misbehaving one in its place. */
    interface Step {
        BatchRow make(Path file, String id, String source, String url) throws Exception;
    }

    private final Map<String, String> urls;
    private final Step step;

    /**
     * @param urls page addresses by id (the file name up to its first dot); pages without one are
     *     extracted without an address
     */
    public PageJob(Extractor extractor, PageReader reader, Map<String, String> urls) {
        this(urls, (file, id, source, url) -> extract(extractor, reader, file, id, source, url));
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(reader, "reader");
    }

    PageJob(Map<String, String> urls, Step step) {
        this.urls = Map.copyOf(urls);
        this.step = step;
    }

    public BatchRow run(Path file) {
        String id = idOf(file);
        String source = file.toString();
        String url = urls.get(id);
        try {
            return step.make(file, id, source, url);
        } catch (OutOfMemoryError e) {
            return BatchRow.failed(id, source, url, "out of memory while extracting this page");
        } catch (StackOverflowError e) {
            return BatchRow.failed(id, source, url, "stack overflow while extracting this page (nesting too deep)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BatchRow.failed(id, source, url, "interrupted");
        } catch (PageReadException | ExtractionException e) {
            return BatchRow.failed(id, source, url, Messages.oneLine(e.getMessage()));
        } catch (Throwable e) {
            // Anything else is a bug in the extractor, but still only this page's problem.
            return BatchRow.failed(id, source, url, "internal error: " + Messages.describe(e));
        }
    }

    /** The row of a file that failed outside {@link #run} (the batch's watchdog gave up on it). */
    public BatchRow failed(Path file, String error) {
        String id = idOf(file);
        return BatchRow.failed(id, file.toString(), urls.get(id), error);
    }

    private static BatchRow extract(Extractor extractor, PageReader reader, Path file, String id, String source,
            String url) throws PageReadException, ExtractionException {
        PageBytes page = reader.read(file);
        String readProblem = page.problem() == null ? null : Messages.oneLine(page.problem().message());
        Extraction extraction;
        try {
            extraction = extractor.extract(page.bytes(), url, null);
        } catch (ExtractionException e) {
            if (readProblem == null) {
                throw e;
            }
            return BatchRow.failed(id, source, url, readProblem + "; " + Messages.oneLine(e.getMessage()));
        }
        // A partial article (cut at the size cap, or at the time budget) keeps its text and says
        // why it may be incomplete, so that nothing is silently lost.
        StringJoiner problems = new StringJoiner("; ");
        if (readProblem != null) {
            problems.add(readProblem);
        }
        extraction.problems().forEach(p -> problems.add(Messages.oneLine(p.message())));
        return BatchRow.of(id, source, url, extraction.article(), problems.length() == 0 ? null : problems.toString());
    }

    /** A page's id: its file name up to the first dot ({@code 0a1b.html.gz} is {@code 0a1b}). */
    public static String idOf(Path file) {
        Path name = file.getFileName();
        String s = name == null ? file.toString() : name.toString();
        int dot = s.indexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
