package dev.newsbite.text;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which charsets spend exactly one byte on every character (windows-1252, ISO-8859-x, KOI8-R...). */
public final class SingleByteCharsets {
    private static final Map<Charset, Boolean> KNOWN = new ConcurrentHashMap<>();

    private SingleByteCharsets() {
    }

    public static boolean is(Charset charset) {
        return KNOWN.computeIfAbsent(charset, SingleByteCharsets::measure);
    }

    private static boolean measure(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        return charset.newEncoder().maxBytesPerChar() == 1.0f && charset.newDecoder().maxCharsPerByte() == 1.0f;
    }
}
