package dev.newsbite.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AmpElementsTest {
    private static Element normalised(String html) {
        Element e = Jsoup.parseBodyFragment(html).body().child(0);
        AmpElements.normalise(e);
        return e;
    }

    @Test
    void picturesAndPlayersBecomeTheirHtmlElements() {
        assertThat(normalised("<amp-img src='a.jpg' width='4' height='3'></amp-img>").normalName()).isEqualTo("img");
        assertThat(normalised("<amp-iframe src='https://player.example/x'></amp-iframe>").normalName())
                .isEqualTo("iframe");
        Element youtube = normalised("<amp-youtube data-videoid='Lk7pQ2xWm9A'></amp-youtube>");
        assertThat(youtube.normalName()).isEqualTo("iframe");
        assertThat(youtube.attr("src")).isEqualTo("https://www.youtube.com/embed/Lk7pQ2xWm9A");
    }

    @Test
    void aPlayerIdThatIsNotATokenIsLeftAlone() {
        Element e = normalised("<amp-youtube data-videoid='../../evil?x=1'></amp-youtube>");
        assertThat(e.normalName()).isEqualTo("amp-youtube");
        assertThat(e.hasAttr("src")).isFalse();
    }

    @Test
    void onlyAmpNamesAreAmp() {
        assertThat(AmpElements.isAmp("amp-img")).isTrue();
        assertThat(AmpElements.isAmp("amp")).isFalse();
        assertThat(AmpElements.isAmp("ample")).isFalse();
        assertThat(AmpElements.isAmp("div")).isFalse();
    }

    @Test
    void ampAdsSharesAndMenusAreDropped() {
        for (String tag : new String[] {"amp-ad", "amp-social-share", "amp-sidebar", "amp-analytics"}) {
            Element e = Jsoup.parseBodyFragment("<" + tag + ">Advertisement</" + tag + ">").body().child(0);
            assertThat(Pruner.judge(e)).as(tag).isEqualTo(Pruner.Verdict.DROP);
        }
    }
}
