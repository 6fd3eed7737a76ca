package dev.newsbite.spark;

import dev.newsbite.ExtractOptions;
import dev.newsbite.Extractor;

/**
 * The one extractor of this JVM (an executor, or the driver in local mode): created on first use
 * and kept warm for every task that follows; it is never serialized with a task.
 */
final class Extractors {
    private Extractors() {
    }

    private static final class Holder {
        // The rows carry no bite (summary, people, quotes), so the job does not compute one.
        static final PageExtraction PAGES = new PageExtraction(Extractor.create(ExtractOptions.defaults().withBite(false)));
    }

    static PageExtraction shared() {
        return Holder.PAGES;
    }
}
