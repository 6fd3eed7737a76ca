package dev.newsbite.text;

import dev.newsbite.text.DecodedHtml.CharsetSource;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a page's bytes are to be read: the charset, where the text starts (after a byte-order mark)
 * and where the charset was learnt from. Found without decoding the page, so a caller can decode
 * it straight into a parser.
 */
public record PageEncoding(Charset charset, int offset, CharsetSource source) {
    public PageEncoding {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(source, "source");
    }
}
