package dev.newsbite.text;

import java.nio.charset.Charset;

/**
 * HTML text decoded from bytes, with the charset used and where it was learnt from;
 * {@code malformed} is true when some bytes were not valid in that charset and were replaced with
 * U+FFFD (a page that merely contains U+FFFD is not malformed).
 */
public record DecodedHtml(String html, Charset charset, CharsetSource source, boolean malformed) {

    /** Where the charset came from, strongest first. */
    public enum CharsetSource {
        BYTE_ORDER_MARK,
        HTTP_HEADER,
        META_TAG,
        VALID_UTF8,
        FALLBACK
    }
}
