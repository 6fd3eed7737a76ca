package dev.newsbite.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fuzzers' checks can fail: each unsafe output below is caught, the safe ones pass. */
class RenderChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>a<script>alert(1)</script></p>",
        "<p><img src=\"https://x.example/a.jpg\" onerror=\"alert(1)\"></p>",
        "<p><a href=\" javascript:alert(1)\">x</a></p>",
        "<p><a href=\"java&#x09;script:alert(1)\">x</a></p>",
        "<p><img src=\"data:image/svg+xml;base64,PHN2Zz4=\"></p>",
        "<p><a href=\"data:text/html,x\">x</a></p>",
        "<p><a href=\"/relative\">x</a></p>",
        "<p><iframe src=\"https://x.example/\"></iframe></p>",
        "<p><svg><a xlink:href=\"https://x.example/\">x</a></svg></p>",
        "<p style=\"background:url(javascript:x)\">x</p>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://x.example/\">",
    })
    void unsafeHtmlIsCaught(String html) {
        assertThrows(AssertionError.class, () -> RenderChecks.html(html, Jsoup.parse(html)));
    }

    @Test
    void safeHtmlPasses() {
        String html = "<article class=\"newsbite\"><p>a &lt;script&gt; b <a href=\"https://x.example/a?b=1\" rel=\"nofollow\">x</a></p>"
                + "<figure><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\"></figure></article>";
        assertDoesNotThrow(() -> RenderChecks.html(html, Jsoup.parse(html)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a <script>alert(1)</script>", "[x](javascript:alert(1))", "![x](data:text/html,x)", "a \\\\<b>"})
    void unsafeMarkdownIsCaught(String md) {
        assertThrows(AssertionError.class, () -> RenderChecks.markdown(md));
    }

    @Test
    void escapedMarkdownPasses() {
        assertDoesNotThrow(() -> RenderChecks.markdown("a \\<script\\> \\[x\\](javascript:alert(1)) [ok](https://x.example/%28a%29)"));
    }
}
