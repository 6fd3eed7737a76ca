package dev.newsbite.source;

import dev.newsbite.Problem;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a saved page: plain HTML ({@code .html}, {@code .htm}) or gzip ({@code .html.gz}). Gzip is
 * recognised by its magic bytes, not by the name, so a mislabelled file still reads. Reads stop at
 * the {@link ReadLimits}; a page cut short (over a cap, a truncated gzip file) comes back with the
 * bytes that could be read and a {@link Problem}. Immutable and thread-safe.
 *
 * <p>Messages do not name the file: callers know it and put it in front.
 */
public final class PageReader {
    private static final int GZIP_MAGIC_0 = 0x1F;
    private static final int GZIP_MAGIC_1 = 0x8B;

    private final ReadLimits limits;

    public PageReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A reader with {@link ReadLimits#defaults()}. */
    public static PageReader create() {
        return new PageReader(ReadLimits.defaults());
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads the page in {@code file}.
     *
     * @throws PageReadException when the file is missing, unreadable, or gzip that gives nothing
     */
    public PageBytes read(Path file) throws PageReadException {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new PageReadException(PageReadException.Kind.UNREADABLE, "is a directory, not a page file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new PageReadException(PageReadException.Kind.NOT_FOUND, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new PageReadException(PageReadException.Kind.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new PageReadException(PageReadException.Kind.UNREADABLE, "cannot read: " + reason(e), e);
        }
    }

    /**
     * Reads a page from {@code in} (left open).
     *
     * @throws PageReadException on an I/O error, or gzip data that gives nothing
     */
    public PageBytes read(InputStream in) throws PageReadException {
        Objects.requireNonNull(in, "in");
        LimitedInputStream limited = new LimitedInputStream(in, limits.maxReadBytes());
        PushbackInputStream head = new PushbackInputStream(limited, 2);
        boolean gzip;
        try {
            gzip = startsWithGzipMagic(head);
        } catch (IOException e) {
            throw new PageReadException(PageReadException.Kind.UNREADABLE, "cannot read: " + reason(e), e);
        }
        return gzip ? readGzip(head, limited) : readPlain(head, limited);
    }

    private PageBytes readPlain(InputStream in, LimitedInputStream limited) throws PageReadException {
        BoundedBytes.Outcome outcome = BoundedBytes.read(in, limits.maxReadBytes());
        if (outcome.failure() != null) {
            throw new PageReadException(PageReadException.Kind.UNREADABLE,
                    "cannot read: " + reason(outcome.failure()), outcome.failure());
        }
        Problem problem = limited.exceeded() || outcome.overflowed() ? readCapProblem() : null;
        return new PageBytes(outcome.bytes(), problem);
    }

    private PageBytes readGzip(InputStream in, LimitedInputStream limited) throws PageReadException {
        BoundedBytes.Outcome outcome = BoundedBytes.gunzip(in, limits.maxDecompressedBytes());
        byte[] bytes = outcome.bytes();
        if (limited.exceeded()) {
            // The gzip data was cut at the read cap, so its ending early says nothing more.
            return new PageBytes(bytes, readCapProblem());
        }
        if (outcome.overflowed()) {
            return new PageBytes(bytes, new Problem("too-large", "gzip data inflates to more than "
                    + mib(limits.maxDecompressedBytes()) + ": kept the first " + mib(limits.maxDecompressedBytes())));
        }
        IOException failure = outcome.failure();
        if (failure == null) {
            return new PageBytes(bytes, null);
        }
        if (bytes.length == 0) {
            String why = failure instanceof EOFException ? "it ends early" : reason(failure);
            throw new PageReadException(PageReadException.Kind.CORRUPT, "not valid gzip data (" + why + ")", failure);
        }
        String what = failure instanceof EOFException ? "gzip data ends early (truncated file)"
                : "gzip data is corrupt (" + reason(failure) + ")";
        return new PageBytes(bytes, new Problem("truncated", what + ": kept the first " + bytes.length + " bytes"));
    }

    private Problem readCapProblem() {
        return new Problem("too-large", "file is larger than " + mib(limits.maxReadBytes())
                + ": read its first " + mib(limits.maxReadBytes()));
    }

    private static boolean startsWithGzipMagic(PushbackInputStream in) throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return false;
        }
        int b1 = in.read();
        if (b1 >= 0) {
            in.unread(b1);
        }
        in.unread(b0);
        return b0 == GZIP_MAGIC_0 && b1 == GZIP_MAGIC_1;
    }

    private static String mib(int bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** A one-line reason: the exception's message, or its type when it has none. */
    static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }
}
