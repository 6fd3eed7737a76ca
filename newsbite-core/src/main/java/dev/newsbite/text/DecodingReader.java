package dev.newsbite.text;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * Page bytes read as characters straight into a parser, so that no page-sized string is built
 * (decoding a page into a string first doubled the memory every page allocates). Bad byte
 * sequences become U+FFFD, as {@link HtmlDecoder#decode} makes them, and are noted. At most
 * {@code maxChars} characters are handed out; the rest is still counted so a caller can say how
 * much was cut. Not thread-safe; one page, one reader.
 */
public final class DecodingReader extends Reader {
    private static final int COUNT_CHUNK_CHARS = 8192;

    private final ByteBuffer in;
    private final CharsetDecoder decoder;
    private final long maxChars;
    private long handedOut;
    private long counted = -1;
    private boolean malformed;
    private boolean inputDone;
    private boolean flushed;
    /** The second half of a surrogate pair when the caller asked for one character only. */
    private int pending = -1;
    private CharBuffer view;

    public DecodingReader(byte[] bytes, PageEncoding encoding, long maxChars) {
        Objects.requireNonNull(bytes, "bytes");
        this.in = ByteBuffer.wrap(bytes, encoding.offset(), bytes.length - encoding.offset());
        this.decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.maxChars = maxChars;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        long room = maxChars - handedOut;
        if (room <= 0) {
            return -1;
        }
        int want = (int) Math.min(len, room);
        int n;
        if (pending >= 0) {
            cbuf[off] = (char) pending;
            pending = -1;
            n = 1;
        } else {
            n = decodeInto(window(cbuf, off, want));
            if (n == 0 && !finished()) {
                // Only a surrogate pair came next and there was room for one of its halves.
                char[] pair = new char[2];
                n = decodeInto(CharBuffer.wrap(pair));
                if (n > 0) {
                    cbuf[off] = pair[0];
                    pending = n == 2 ? pair[1] : -1;
                    n = 1;
                }
            }
        }
        if (n == 0) {
            return -1;
        }
        handedOut += n;
        return n;
    }

    /** A view of the caller's buffer; parsers pass the same array every time, so one view serves. */
    private CharBuffer window(char[] cbuf, int off, int len) {
        if (view == null || view.array() != cbuf) {
            view = CharBuffer.wrap(cbuf);
        }
        view.clear();
        return view.position(off).limit(off + len);
    }

    /** Whether a bad byte sequence has been read (and replaced with U+FFFD). */
    public boolean malformed() {
        return malformed;
    }

    /** Whether the page holds more characters than were handed out. */
    public boolean truncated() {
        return totalChars() > handedOut;
    }

    /** All the page's characters, decoding what was not handed out to count it. */
    public long totalChars() {
        if (counted < 0 && finished()) {
            counted = handedOut + (pending >= 0 ? 1 : 0);
        }
        if (counted < 0) {
            long rest = pending >= 0 ? 1 : 0;
            CharBuffer scratch = CharBuffer.allocate(COUNT_CHUNK_CHARS);
            while (true) {
                int n = decodeInto(scratch);
                if (n == 0) {
                    break;
                }
                rest += n;
                scratch.clear();
            }
            counted = handedOut + rest;
        }
        return counted;
    }

    @Override
    public void close() {
        // Nothing to release: the bytes belong to the caller.
    }

    private boolean finished() {
        return inputDone && flushed;
    }

    /** Decodes into {@code out} until it is full or the input ends; returns the characters added. */
    private int decodeInto(CharBuffer out) {
        int start = out.position();
        while (out.hasRemaining() && !finished()) {
            if (inputDone) {
                flushed = decoder.flush(out).isUnderflow();
                continue;
            }
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (!out.hasRemaining()) {
                    break; // the decoder filled the buffer first; the bad bytes wait for the next call
                }
                malformed = true;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                inputDone = true;
            } else {
                break; // overflow: the next character does not fit
            }
        }
        return out.position() - start;
    }
}
