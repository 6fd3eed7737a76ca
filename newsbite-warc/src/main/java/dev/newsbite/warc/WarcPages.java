package dev.newsbite.warc;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the HTML pages of one WARC stream in order (.warc, or .warc.gz with one gzip member per
 * record or one for the whole file), skipping and counting every other record.
 *
 * <p>A record that cannot be read is that record's problem: it is counted and the reader goes on
 * to the next one, whose start the WARC header gives. A file that cannot be parsed any further
 * (cut short, or not WARC) ends the pages and says why in {@link #problem()}: nothing after that
 * point can be found without guessing. Memory is one record's payload at a time, capped.
 */
public final class WarcPages implements Closeable {
    private final String warcFile;
    private final CountingChannel channel;
    private final WarcReader reader;
    private final long baseOffset;
    private final WarcLimits limits;
    private final WarcSkips skips = new WarcSkips();
    private long recordOffset = -1;
    private long lastRawPosition = -1;
    private boolean positionsIncrease = true;
    private String problem;
    private boolean ended;

    private WarcPages(String warcFile, CountingChannel channel, WarcReader reader, long baseOffset, WarcLimits limits) {
        this.warcFile = warcFile;
        this.channel = channel;
        this.reader = reader;
        this.baseOffset = baseOffset;
        this.limits = limits;
    }

    /** The pages of a whole file. */
    public static WarcPages open(Path file) throws IOException {
        return open(file, WarcLimits.defaults());
    }

    public static WarcPages open(Path file, WarcLimits limits) throws IOException {
        FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return over(file.toString(), in, 0, limits);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The pages from a channel already positioned at {@code baseOffset} of the file named
     * {@code warcFile}: a record boundary (Spark reads a slice of a file this way).
     */
    public static WarcPages over(String warcFile, ReadableByteChannel in, long baseOffset, WarcLimits limits)
            throws IOException {
        Objects.requireNonNull(warcFile, "warcFile");
        Objects.requireNonNull(limits, "limits");
        CountingChannel counting = new CountingChannel(in);
        // Not seekable on purpose: jwarc then counts positions from where the channel stands.
        WarcReader reader = new WarcReader(counting);
        return new WarcPages(warcFile, counting, reader, baseOffset, limits);
    }

    /**
     * The next HTML page, or null at the end of the pages (the file's end, or the point where it
     * could not be read further: see {@link #problem()}).
     */
    public WarcPage next() throws IOException {
        while (!ended) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (EOFException e) {
                endEarly("the file ends inside a record");
                return null;
            } catch (IOException | RuntimeException e) {
                // jwarc's ParsingException, a broken gzip member, or a record header it rejects.
                endEarly("cannot read a WARC record at byte " + (baseOffset + channel.count()) + ": " + reason(e));
                return null;
            }
            if (next.isEmpty()) {
                ended = true;
                return null;
            }
            WarcRecord record = next.get();
            long raw = reader.position();
            if (raw <= lastRawPosition) {
                positionsIncrease = false;
            }
            lastRawPosition = raw;
            recordOffset = baseOffset + raw;
            WarcPage page = pageOf(record);
            if (page != null) {
                return page;
            }
        }
        return null;
    }

    private WarcPage pageOf(WarcRecord record) {
        SkipReason typeSkip = switch (record.type()) {
            case "response" -> null;
            case "request" -> SkipReason.REQUEST;
            case "metadata" -> SkipReason.METADATA;
            case "revisit" -> SkipReason.REVISIT;
            case "warcinfo" -> SkipReason.WARCINFO;
            default -> SkipReason.OTHER_RECORD;
        };
        if (typeSkip != null) {
            return skip(typeSkip);
        }
        if (!(record instanceof WarcResponse response)) {
            return skip(SkipReason.OTHER_RECORD);
        }
        if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            return skip(SkipReason.TRUNCATED);
        }
        MediaType blockType = record.contentType();
        if (!"application".equalsIgnoreCase(blockType.type()) || !"http".equalsIgnoreCase(blockType.subtype())) {
            return skip(SkipReason.NOT_HTTP);
        }
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return skip(SkipReason.HTTP_STATUS);
            }
            String contentType = http.headers().first("Content-Type").map(String::strip).filter(s -> !s.isEmpty())
                    .orElse(null);
            if (contentType != null && !HtmlPayloads.isHtmlType(contentType)) {
                return skip(SkipReason.NOT_HTML);
            }
            byte[] body = readCapped(http.bodyDecoded().stream());
            if (body == null) {
                return skip(SkipReason.TOO_LARGE);
            }
            if (contentType == null && !HtmlPayloads.looksLikeHtml(body)) {
                return skip(SkipReason.NOT_HTML);
            }
            String target = response.target();
            return new WarcPage(warcFile, recordId(record), target, contentType, body, recordOffset);
        } catch (EOFException e) {
            // Either the file ends inside this record (then the next read says so for the file),
            // or the payload's own encoding ends early (a gzip body cut by the server).
            return skip(fileEndsInside(record) ? SkipReason.TRUNCATED : SkipReason.DAMAGED);
        } catch (IOException | RuntimeException e) {
            return skip(SkipReason.DAMAGED);
        }
    }

    private static boolean fileEndsInside(WarcRecord record) {
        try {
            record.body().consume();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private WarcPage skip(SkipReason reason) {
        skips.add(reason);
        return null;
    }

    /** The payload, or null when it is larger than the cap (then no more than the cap is held). */
    private byte[] readCapped(InputStream in) throws IOException {
        int cap = limits.maxBodyBytes();
        byte[] buffer = new byte[Math.min(cap, 64 * 1024) + 1];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                if (size > cap) {
                    return null;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) cap + 1, buffer.length * 2L));
            }
            int n = in.read(buffer, size, buffer.length - size);
            if (n < 0) {
                break;
            }
            size += n;
        }
        return size > cap ? null : Arrays.copyOf(buffer, size);
    }

    private static String recordId(WarcRecord record) {
        String id = record.headers().first("WARC-Record-ID").orElse("");
        id = id.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return id;
    }

    private void endEarly(String why) {
        ended = true;
        problem = why;
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        message = message.replaceAll("[\\r\\n\\t]+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    /** Offset in the file of the record most recently read (a page or a skipped one), or -1 before the first. */
    public long recordOffset() {
        return recordOffset;
    }

    /** Bytes of the file consumed so far, from where the reader started (compressed bytes for .warc.gz). */
    public long bytesRead() {
        return channel.count();
    }

    public WarcSkips skips() {
        return skips;
    }

    /** Why the pages ended before the end of the file, or null when they did not. */
    public String problem() {
        return problem;
    }

    /**
     * True when a record's offset is a place to start reading from: the file is uncompressed or
     * has one gzip member per record. Known only for the records read so far: a whole-file gzip
     * shows itself by its second or third record. Callers that seek should still check that a
     * gzip file has a member header where they start.
     */
    public boolean splittable() {
        return positionsIncrease;
    }

    public String warcFile() {
        return warcFile;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
