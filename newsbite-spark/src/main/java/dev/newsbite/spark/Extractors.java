package dev.newsbite.spark;

import dev.newsbite.Extractor;

/**
 * The one extractor of this JVM (an executor, or the driver in local mode): created on first use
 * and kept warm for every task that follows; it is never serialized with a task.
 */
final class Extractors {
    private Extractors() {
    }

    private static final class Holder {
        static final PageExtraction PAGES = new PageExtraction(Extractor.create());
    }

    static PageExtraction shared() {
        return Holder.PAGES;
    }
}
