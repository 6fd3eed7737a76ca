package dev.newsbite.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.text.DecodedHtml.CharsetSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] body = "<meta charset=windows-1252><p>café</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DecodedHtml d = HtmlDecoder.decode(withBom, "text/html; charset=iso-8859-1");
        assertThat(d.source()).isEqualTo(CharsetSource.BYTE_ORDER_MARK);
        assertThat(d.html()).contains("café").doesNotStartWith("\uFEFF");
    }

    @Test
    void httpHeaderBeatsMetaTag() {
        byte[] bytes = "<meta charset=utf-8><p>caf\u00e9</p>".getBytes(WINDOWS_1252);
        DecodedHtml d = HtmlDecoder.decode(bytes, "text/html; charset=ISO-8859-1");
        assertThat(d.source()).isEqualTo(CharsetSource.HTTP_HEADER);
        assertThat(d.html()).contains("café");
    }

    @Test
    void metaTagDeclaresLatin1() {
        byte[] bytes = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                .concat("</head><body><p>Se\u00f1or Mu\u00f1oz</p>").getBytes(WINDOWS_1252);
        DecodedHtml d = HtmlDecoder.decode(bytes, null);
        assertThat(d.source()).isEqualTo(CharsetSource.META_TAG);
        assertThat(d.html()).contains("Señor Muñoz");
    }

    @Test
    void undeclaredValidUtf8IsUtf8() {
        DecodedHtml d = HtmlDecoder.decode("<p>日本語 and ü</p>".getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.source()).isEqualTo(CharsetSource.VALID_UTF8);
        assertThat(d.html()).contains("日本語 and ü");
    }

    @Test
    void undeclaredInvalidUtf8FallsBackToWindows1252() {
        byte[] bytes = "<p>na\u00efve \u201cquotes\u201d</p>".getBytes(WINDOWS_1252);
        DecodedHtml d = HtmlDecoder.decode(bytes, null);
        assertThat(d.source()).isEqualTo(CharsetSource.FALLBACK);
        assertThat(d.html()).contains("naïve “quotes”");
    }

    @Test
    void unknownDeclaredCharsetIsIgnored() {
        byte[] bytes = "<meta charset=\"x-no-such-charset\"><p>plain</p>".getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlDecoder.decode(bytes, "text/html; charset=bogus").source()).isEqualTo(CharsetSource.VALID_UTF8);
    }

    @Test
    void shiftJisDeclaredInMeta() {
        Charset sjis = Charset.forName("Shift_JIS");
        byte[] bytes = "<meta charset=\"shift-jis\"><p>ニュース</p>".getBytes(sjis);
        assertThat(HtmlDecoder.decode(bytes, null).html()).contains("ニュース");
    }

    @Test
    void validMultiByteUtf8OutweighsALegacyMetaDeclaration() {
        byte[] bytes = "<meta charset=\"gb2312\"><p>新闻 today</p>".getBytes(StandardCharsets.UTF_8);
        DecodedHtml d = HtmlDecoder.decode(bytes, null);
        assertThat(d.source()).isEqualTo(CharsetSource.VALID_UTF8);
        assertThat(d.html()).contains("新闻 today");
    }

    @Test
    void aPageThatContainsTheReplacementCharacterIsNotMalformed() {
        byte[] bytes = "<meta charset=utf-8><p>already lost: \uFFFD</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(bytes, null).malformed()).isFalse();
    }

    @Test
    void invalidBytesUnderADeclaredUtf8AreMalformed() {
        byte[] bytes = "<meta charset=utf-8><p>caf\u00e9</p>".getBytes(WINDOWS_1252);
        DecodedHtml d = HtmlDecoder.decode(bytes, null);
        assertThat(d.malformed()).isTrue();
        assertThat(d.html()).contains("caf\uFFFD");
    }
}
