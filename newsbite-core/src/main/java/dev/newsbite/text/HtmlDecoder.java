package dev.newsbite.text;

import dev.newsbite.text.DecodedHtml.CharsetSource;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text the way browsers do, in order: a byte-order mark, the HTTP
 * Content-Type header's charset, a {@code <meta charset>} or {@code http-equiv} declaration in the
 * first few kilobytes, then UTF-8 if the bytes are valid UTF-8, else windows-1252 (what browsers
 * use for undeclared Western pages). Bad byte sequences become U+FFFD; decoding never fails.
 */
public final class HtmlDecoder {
    /** Browsers look for the meta declaration in the first 1024 bytes; pages often put it later. */
    private static final int META_PRESCAN_BYTES = 8192;
    /** The strict checks decode through a buffer this size, not into a page-sized string. */
    private static final int CHECK_CHUNK_CHARS = 8192;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /** The characters a page's markup needs to be read before its encoding is known. */
    private static final String ASCII_PROBE = "<meta charset=\"a-Z_0.9\">";

    private HtmlDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param contentType the HTTP Content-Type header, or null when unknown (a file)
     */
    public static DecodedHtml decode(byte[] bytes, String contentType) {
        return decodeAs(bytes, encodingOf(bytes, contentType));
    }

    /** Decodes {@code bytes} as {@code encoding} (from {@link #encodingOf}) says. */
    public static DecodedHtml decodeAs(byte[] bytes, PageEncoding encoding) {
        int offset = encoding.offset();
        String html = new String(bytes, offset, bytes.length - offset, encoding.charset());
        // Only a replacement character in the output (rare) calls for the slower strict check.
        boolean malformed = html.indexOf('\uFFFD') >= 0 && !decodesStrictly(bytes, offset, encoding.charset());
        return new DecodedHtml(html, encoding.charset(), encoding.source(), malformed);
    }

    /**
     * How {@code bytes} are to be decoded, found the way {@link #decode} finds it but without
     * decoding more than the UTF-8 check needs.
     *
     * @param contentType the HTTP Content-Type header, or null when unknown (a file)
     */
    public static PageEncoding encodingOf(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new PageEncoding(StandardCharsets.UTF_8, 3, CharsetSource.BYTE_ORDER_MARK);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new PageEncoding(StandardCharsets.UTF_16BE, 2, CharsetSource.BYTE_ORDER_MARK);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new PageEncoding(StandardCharsets.UTF_16LE, 2, CharsetSource.BYTE_ORDER_MARK);
        }
        Charset fromHeader = contentType == null ? null : charsetIn(HEADER_CHARSET, contentType);
        if (fromHeader != null) {
            return new PageEncoding(fromHeader, 0, CharsetSource.HTTP_HEADER);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset fromMeta = charsetIn(META_CHARSET, head);
        if (fromMeta != null) {
            // A page cannot be UTF-16 if its declaration was readable as ASCII (the HTML standard).
            if (fromMeta.name().startsWith("UTF-16")) {
                fromMeta = StandardCharsets.UTF_8;
            }
            // Saved and re-served pages often keep a legacy declaration after being converted to
            // UTF-8. Legacy text with non-ASCII bytes is almost never valid UTF-8 by chance, so
            // valid multi-byte UTF-8 outweighs the declaration.
            if (!fromMeta.equals(StandardCharsets.UTF_8) && hasNonAscii(bytes)
                    && decodesStrictly(bytes, 0, StandardCharsets.UTF_8)) {
                return new PageEncoding(StandardCharsets.UTF_8, 0, CharsetSource.VALID_UTF8);
            }
            return new PageEncoding(fromMeta, 0, CharsetSource.META_TAG);
        }
        if (!hasNonAscii(bytes) || decodesStrictly(bytes, 0, StandardCharsets.UTF_8)) {
            return new PageEncoding(StandardCharsets.UTF_8, 0, CharsetSource.VALID_UTF8);
        }
        return new PageEncoding(Charset.forName("windows-1252"), 0, CharsetSource.FALLBACK);
    }

    /** Whether the bytes from {@code offset} are valid in {@code charset}; decodes in small chunks. */
    private static boolean decodesStrictly(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(CHECK_CHUNK_CHARS);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                return !decoder.flush(out).isError();
            }
        }
    }

    private static Charset charsetIn(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        return charsetNamed(m.group(1));
    }

    /** The charset with this label, following the WHATWG aliases that matter, or null. */
    static Charset charsetNamed(String label) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            // The WHATWG Encoding standard maps these labels to windows-1252.
            case "iso-8859-1", "latin1", "l1", "ascii", "us-ascii", "iso8859-1", "cp1252" -> name = "windows-1252";
            case "gb2312", "gb_2312-80", "x-gbk" -> name = "gbk";
            case "shift-jis", "sjis", "x-sjis" -> name = "shift_jis";
            case "x-euc-kr", "ks_c_5601-1987" -> name = "euc-kr";
            default -> { }
        }
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
        // Browsers know no UTF-32, EBCDIC or other encodings in which markup is not ASCII: a page
        // labelled so is read as unlabelled (it is almost always ASCII-compatible text under a wrong
        // label, and decoding it as declared turns all of it into garbage). UTF-16 stays: a header
        // may rightly name it, and a byte-order mark or the meta rule above handles the rest.
        if (!charset.name().startsWith("UTF-16") && !asciiCompatible(charset)) {
            return null;
        }
        return charset;
    }

    private static boolean asciiCompatible(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        return Arrays.equals(ASCII_PROBE.getBytes(charset), ASCII_PROBE.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
