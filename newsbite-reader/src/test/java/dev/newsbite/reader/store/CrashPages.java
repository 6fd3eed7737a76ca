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

    /** Bodies of 0.1-1 MB of 5-bit noise: they compress only to about 2/3, so writes take real I/O. */
    static StoredPage page(int key, long gen) {
        SplittableRandom random = new SplittableRandom(key * 1_000_003L + gen);
        byte[] header = ("<!-- key=" + key + " gen=" + gen + " -->").getBytes(StandardCharsets.US_ASCII);
        byte[] html = new byte[100_000 + random.nextInt(900_000)];
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
    static StoredPage revalidated(int key, long gen) {
        return page(key, gen).revalidatedAt(Instant.ofEpochSecond(1_800_000_000L + gen, key), revalidatedEtag(gen),
                null);
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
