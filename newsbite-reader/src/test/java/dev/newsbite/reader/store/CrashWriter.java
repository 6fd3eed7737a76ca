package dev.newsbite.reader.store;

import java.nio.file.Path;

/**
 * Child process of the kill test: writes crash pages as fast as it can until it is killed. It prints
 * "begin KEY GEN" as a put starts, and after each write has returned (so is committed) "put KEY GEN" or
 * "rv KEY GEN", which lets the test check that nothing acknowledged was lost.
 *
 * <p>Two threads with disjoint keys, so compression of one overlaps the SQL write of the other, as
 * in the reader service.
 */
public final class CrashWriter {
    private static final int THREADS = 2;

    private CrashWriter() {
    }

    /** Arguments: the data directory, the first generation to write, the largest body in bytes. */
    public static void main(String[] args) throws Exception {
        SqlitePageStore store = SqlitePageStore.open(Path.of(args[0]));
        long firstGen = Long.parseLong(args[1]);
        int maxBody = Integer.parseInt(args[2]);
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Thread writer = new Thread(() -> write(store, thread, firstGen, maxBody), "crash-writer-" + t);
            writer.start();
        }
    }

    private static void write(PageStore store, int thread, long firstGen, int maxBody) {
        try {
            for (long gen = firstGen;; gen++) {
                for (int key = thread; key < CrashPages.KEYS; key += THREADS) {
                    StoredPage page = CrashPages.page(key, gen, maxBody);
                    System.out.println("begin " + key + " " + gen);
                    store.put(page);
                    System.out.println("put " + key + " " + gen);
                    if ((key + gen) % 3 == 0) {
                        store.revalidated(page.url(), CrashPages.revalidatedAt(key, gen),
                                CrashPages.revalidatedEtag(gen), null);
                        System.out.println("rv " + key + " " + gen);
                    }
                }
            }
        } catch (StoreException | RuntimeException e) {
            System.err.println("crash writer failed: " + e.getMessage());
            System.exit(2);
        }
    }
}
