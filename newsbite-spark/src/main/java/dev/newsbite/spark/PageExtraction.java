package dev.newsbite.spark;

import dev.newsbite.Extraction;
import dev.newsbite.ExtractionException;
import dev.newsbite.Extractor;
import dev.newsbite.text.OneLine;
import dev.newsbite.warc.WarcPage;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Turns one WARC page into one {@link ArticleRow}, whatever happens: every failure, out-of-memory
 * and stack overflow included, becomes the row's {@code error}, as in {@code newsbite batch}, so
 * that one bad page never fails a task. Thread-safe.
 */
final class PageExtraction {
    private final Extractor extractor;

    PageExtraction(Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    ArticleRow run(WarcPage page) {
        try {
            Extraction extraction = extractor.extract(page.body(), page.url(), page.contentType());
            // A partial article (cut at the size cap, or at the time budget) keeps its text and
            // says why it may be incomplete.
            StringJoiner problems = new StringJoiner("; ");
            extraction.problems().forEach(p -> problems.add(OneLine.of(p.message())));
            return ArticleRow.of(page, extraction.article(), problems.length() == 0 ? null : problems.toString());
        } catch (OutOfMemoryError e) {
            return ArticleRow.failed(page, "out of memory while extracting this page");
        } catch (StackOverflowError e) {
            return ArticleRow.failed(page, "stack overflow while extracting this page (nesting too deep)");
        } catch (ExtractionException e) {
            return ArticleRow.failed(page, OneLine.of(e.getMessage()));
        } catch (RuntimeException | Error e) {
            // A bug in the extractor, but still only this page's problem.
            return ArticleRow.failed(page, "internal error: " + OneLine.describe(e));
        }
    }
}
