package dev.newsbite.reader.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages the crash writer stores: a pure function of (key, generation), so the test can rebuild
 * what must be in any row it finds after a kill and compare byte for byte.
 */
final class CrashPages {
    static final int KEYS = 12;
    private static final byte[] ALPHABET = "abcdefghijklmnopqrstuvwxyz <>/=\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern HEADER = Pattern.compile("^<!-- key=(\\d+) gen=(\\d+) -->");

    private CrashPages() {
    }

    static String url(int key) {
        return "https://crash.example/story/" + key;
    }

    /**
     * Bodies of 5-bit noise, between a tenth of {@code maxBody} and {@code maxBody} bytes: they compress
     * only to about 2/3, so writes take real I/O, and bodies over SQLite's 2 MB page cache spill to the
     * file before the commit, which widens the window a kill can hit.
     */
    static StoredPage page(int key, long gen, int maxBody) {
        SplittableRandom random = new SplittableRandom(key * 1_000_003L + gen);
        byte[] header = ("<!-- key=" + key + " gen=" + gen + " -->").getBytes(StandardCharsets.US_ASCII);
        byte[] html = new byte[maxBody / 10 + random.nextInt(maxBody - maxBody / 10)];
        System.arraycopy(header, 0, html, 0, header.length);
        for (int i = header.length; i < html.length; i++) {
            html[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 2_000 + random.nextInt(20_000); i < n; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        String article = "{\"key\":" + key + ",\"gen\":" + gen + ",\"text\":\"" + text + " ünï 🙂\"}";
        return new StoredPage(url(key), url(key) + "?gen=" + gen, Instant.ofEpochSecond(1_700_000_000L + gen, key),
                "text/html", "\"e-" + key + "-" + gen + "\"", gen % 2 == 0 ? null : "Mon, 02 Mar 2026 10:00:00 GMT",
                html, article, "Story " + key + " generation " + gen, "Crash Test");
    }

    /** The same page after the writer recorded a 304 for it. */
    static StoredPage revalidated(int key, long gen, int maxBody) {
        return page(key, gen, maxBody).revalidatedAt(revalidatedAt(key, gen), revalidatedEtag(gen), null);
    }

    static Instant revalidatedAt(int key, long gen) {
        return Instant.ofEpochSecond(1_800_000_000L + gen, key);
    }

    /** The ETag a revalidation of generation {@code gen} sets, without building the page. */
    static String revalidatedEtag(long gen) {
        return "\"rv-" + gen + "\"";
    }

    /** {key, gen} from the page's first bytes, or null if they are not a crash page header. */
    static long[] keyAndGen(byte[] html) {
        Matcher m = HEADER.matcher(new String(html, 0, Math.min(html.length, 64), StandardCharsets.US_ASCII));
        return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
    }
}
