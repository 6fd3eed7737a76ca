package dev.newsbite.reader.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * This JVM's threads, open file descriptors and heap in use after a GC: taken before and after a
 * suite, they show whether it leaked. {@link #settle} waits for a count to come down, since pooled
 * threads and connections are let go on timers.
 */
public record Vitals(int threads, long openFiles, long heapAfterGc) {
    private static final Path FDS = Path.of("/proc/self/fd");

    public static Vitals now() {
        return new Vitals(ManagementFactory.getThreadMXBean().getThreadCount(), countOpenFiles(), measureHeapAfterGc());
    }

    /** Open file descriptors (sockets included), or -1 where /proc is absent. */
    public static long countOpenFiles() {
        if (!Files.isDirectory(FDS)) {
            return -1;
        }
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Heap used after a full collection (two, so finalizable garbage goes too). */
    public static long measureHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Vitals once threads and files are back within {@code slack} of {@code baseline}, or as they
     * stand after {@code waitMs}.
     */
    public static Vitals settle(Vitals baseline, int slack, long waitMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMs;
        while (true) {
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            long files = countOpenFiles();
            boolean settled = threads <= baseline.threads() + slack && files <= baseline.openFiles() + slack;
            if (settled || System.currentTimeMillis() > deadline) {
                return new Vitals(threads, files, measureHeapAfterGc());
            }
            Thread.sleep(200);
        }
    }

    @Override
    public String toString() {
        return threads + " threads, " + openFiles + " open files, " + heapAfterGc / 1024 / 1024 + " MB heap after GC";
    }
}
