package dev.newsbite.warc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.netpreserve.jwarc.MediaType;

/** Whether an HTTP payload is an HTML page, by its declared type or, when none is declared, by its start. */
final class HtmlPayloads {
    private static final int SNIFF_BYTES = 1024;
    private static final String[] HTML_STARTS = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--"};

    private HtmlPayloads() {
    }

    /** True for {@code text/html} and {@code application/xhtml+xml}, whatever their parameters. */
    static boolean isHtmlType(String contentType) {
        MediaType type = MediaType.parseLeniently(contentType);
        String essence = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return essence.equals("text/html") || essence.equals("application/xhtml+xml");
    }

    /** A payload with no declared type is taken as HTML when it starts (after blanks and a BOM) like HTML. */
    static boolean looksLikeHtml(byte[] body) {
        int n = Math.min(body.length, SNIFF_BYTES);
        String start = new String(body, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int i = 0;
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            i = 3;
        }
        while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
            i++;
        }
        for (String html : HTML_STARTS) {
            if (start.startsWith(html, i)) {
                return true;
            }
        }
        return false;
    }
}
