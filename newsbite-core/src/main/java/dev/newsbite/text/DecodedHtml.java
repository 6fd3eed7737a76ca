package dev.newsbite.text;

import java.nio.charset.Charset;

/** HTML text decoded from bytes, with the charset used and where it was learnt from. */
public record DecodedHtml(String html, Charset charset, CharsetSource source) {

    /** Where the charset came from, strongest first. */
    public enum CharsetSource {
        BYTE_ORDER_MARK,
        HTTP_HEADER,
        META_TAG,
        VALID_UTF8,
        FALLBACK
    }
}
