package dev.newsbite;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Pages built to hurt, generated in code (never committed), and the checks every one of them must
 * pass: the extraction ends in an article or an {@link ExtractionException} (nothing else, no
 * stack overflow, no OutOfMemoryError); it allocates in proportion to its input (a generous bound
 * that catches quadratic work and runaway copies, not a speed measure); and when it ran past its
 * time budget it says so with a {@code time-budget} problem. The quick cases are in
 * {@link PathologicalPagesTest}, the big ones in {@link PathologicalPagesIT}.
 */
final class PathologicalPages {
    static final String URL = "https://news.example/world/2026/05/pathological-page";
    static final int MB = 1 << 20;
    /**
     * Bytes allocated per byte of input, above the fixed allowance: parsing, decoding, the DOM and
     * a copy for cleaning cost a few dozen; quadratic work on a megabyte costs millions.
     */
    static final long ALLOCATION_PER_INPUT_BYTE = 400;
    static final long ALLOCATION_ALLOWANCE = 256L * MB;
    /** Past this many times the budget (plus the parse of a big page) without a time-budget problem is a bug. */
    private static final long BUDGET_SLACK_MILLIS = 3_000;

    /** A named input, built only when its test runs so that one big page is in memory at a time. */
    record Page(String name, Supplier<byte[]> bytes, String contentType) {
        Page(String name, Supplier<byte[]> bytes) {
            this(name, bytes, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** What one extraction gave and cost. */
    record Outcome(Extraction extraction, ExtractionException error, long allocatedBytes, long millis) {
    }

    private PathologicalPages() {
    }

    /** Extracts {@code page} on this thread and checks the outcome; returns it for more checks. */
    static Outcome extractAndCheck(Extractor extractor, Page page) {
        byte[] bytes = page.bytes().get();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        Extraction extraction = null;
        ExtractionException error = null;
        try {
            extraction = extractor.extract(bytes, URL, page.contentType());
        } catch (ExtractionException e) {
            error = e;
        } catch (StackOverflowError e) {
            fail(page + ": the stack overflowed (recursion over the input?)");
        } catch (OutOfMemoryError e) {
            fail(page + ": ran out of memory on a " + bytes.length + "-byte page");
        } catch (RuntimeException e) {
            fail(page + ": threw " + e + " instead of returning an article or an ExtractionException", e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        Outcome outcome = new Outcome(extraction, error, allocated, millis);
        long bound = ALLOCATION_ALLOWANCE + ALLOCATION_PER_INPUT_BYTE * bytes.length;
        assertTrue(allocated <= bound, () -> page + ": allocated " + allocated / MB + " MB for a " + bytes.length / 1024
                + " KB page (bound " + bound / MB + " MB): work out of proportion to the input");
        if (error != null) {
            assertNotNull(error.reason(), page + ": an ExtractionException without a reason");
            return outcome;
        }
        assertNotNull(extraction.article(), page + ": no article");
        assertNotNull(extraction.article().bodyText(), page + ": no body text");
        boolean saysBudget = extraction.problems().stream().anyMatch(p -> p.code().equals("time-budget"));
        long budget = extractor.options().timeBudgetMillis();
        assertTrue(saysBudget || millis <= 2 * budget + BUDGET_SLACK_MILLIS, () -> page + ": took " + millis
                + " ms against a budget of " + budget + " ms without a time-budget problem");
        return outcome;
    }

    // ---- building blocks ----

    static String story() {
        return "The council voted on Tuesday to rebuild the harbour wall, a project that residents have asked for since "
                + "the storms of 2019. Work is due to start in the spring and will take two years, the mayor said.";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A small article page around {@code body}, with {@code head} added to its head. */
    static byte[] page(String head, String body) {
        return utf8("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour wall to be rebuilt</title>"
                + head + "</head><body><article><h1>Harbour wall to be rebuilt</h1>" + body + "</article></body></html>");
    }

    static byte[] page(String body) {
        return page("", body);
    }

    /** {@code open} repeated {@code depth} times around a story paragraph, then {@code close} as often. */
    static byte[] nested(String open, String close, int depth) {
        StringBuilder sb = new StringBuilder(depth * (open.length() + close.length()) + 1_000);
        sb.append(open.repeat(depth)).append("<p>").append(story()).append("</p>").append(close.repeat(depth));
        return page(sb.toString());
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
