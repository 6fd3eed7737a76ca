package dev.newsbite.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.hadoop.fs.PositionedReadable;

/**
 * Finds where a WARC record starts in a file of one gzip member per record (as Common Crawl writes
 * them), from any byte offset: the first gzip member header at or after it whose content starts
 * with "WARC/1.". Both checks together make a false match in compressed data practically
 * impossible (a chance header would also have to inflate to those 7 bytes). This lets a task start
 * at any byte of such a file without an index.
 */
final class GzipMembers {
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_BYTES = 256 * 1024;
    /** Enough compressed bytes for a member's header and the first bytes of its content. */
    private static final int PROBE_BYTES = 16 * 1024;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int FHCRC = 2;

    private GzipMembers() {
    }

    /** Whether the file starts as gzip. */
    static boolean isGzip(PositionedReadable in) throws IOException {
        byte[] head = new byte[2];
        return readFully(in, 0, head) == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /**
     * The offset of the first record's gzip member starting in [{@code from}, {@code before}), or -1
     * when none starts there.
     */
    static long firstRecordAt(PositionedReadable in, long from, long before) throws IOException {
        byte[] buf = new byte[SCAN_BYTES];
        for (long base = from; base < before; base += SCAN_BYTES - 2) {
            int n = readFully(in, base, buf);
            for (int i = 0; i + 2 < n && base + i < before; i++) {
                if ((buf[i] & 0xff) == 0x1f && (buf[i + 1] & 0xff) == 0x8b && buf[i + 2] == 8
                        && isWarcMember(in, base + i)) {
                    return base + i;
                }
            }
            if (n < buf.length) {
                break;
            }
        }
        return -1;
    }

    /** Whether a gzip member starts at {@code offset} and its content starts as a WARC record. */
    static boolean isWarcMember(PositionedReadable in, long offset) throws IOException {
        byte[] b = new byte[PROBE_BYTES];
        int n = readFully(in, offset, b);
        if (n < 18 || (b[3] & 0xe0) != 0) {
            return false;
        }
        int flags = b[3];
        int p = 10;
        if ((flags & FEXTRA) != 0) {
            p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
        }
        if ((flags & FNAME) != 0) {
            p = skipZeroTerminated(b, p, n);
        }
        if ((flags & FCOMMENT) != 0) {
            p = skipZeroTerminated(b, p, n);
        }
        if ((flags & FHCRC) != 0) {
            p += 2;
        }
        if (p >= n) {
            return false;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(b, p, n - p);
            byte[] out = new byte[WARC_MAGIC.length];
            int got = 0;
            while (got < out.length && !inflater.finished()) {
                int k = inflater.inflate(out, got, out.length - got);
                if (k == 0) {
                    break;
                }
                got += k;
            }
            return got == out.length && java.util.Arrays.equals(out, WARC_MAGIC);
        } catch (DataFormatException e) {
            return false;
        } finally {
            inflater.end();
        }
    }

    private static int skipZeroTerminated(byte[] b, int p, int n) {
        while (p < n && b[p] != 0) {
            p++;
        }
        return p + 1;
    }

    private static int readFully(PositionedReadable in, long position, byte[] buf) throws IOException {
        int total = 0;
        while (total < buf.length) {
            int n = in.read(position + total, buf, total, buf.length - total);
            if (n <= 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
