package dev.newsbite.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.clean.Pruner.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PrunerTest {
    private static Verdict judge(String html) {
        Element e = Jsoup.parseBodyFragment(html).body().child(0);
        return Pruner.judge(e);
    }

    @Test
    void neverTextIsDropped() {
        assertThat(judge("<nav>x</nav>")).isEqualTo(Verdict.DROP);
        assertThat(judge("<div style='color:red; display: none'>x</div>")).isEqualTo(Verdict.DROP);
        assertThat(judge("<div hidden>x</div>")).isEqualTo(Verdict.DROP);
        assertThat(judge("<div role='navigation'>x</div>")).isEqualTo(Verdict.DROP);
        assertThat(judge("<iframe src='https://ads.example.net/x'></iframe>")).isEqualTo(Verdict.DROP);
    }

    @Test
    void playersAndNoscriptImagesStay() {
        assertThat(judge("<iframe src='https://www.youtube.com/embed/x'></iframe>")).isEqualTo(Verdict.NEUTRAL);
        assertThat(judge("<noscript><img src='a.jpg'></noscript>")).isEqualTo(Verdict.NEUTRAL);
        assertThat(judge("<noscript>Enable scripts</noscript>")).isEqualTo(Verdict.DROP);
    }

    @Test
    void namesSortFurnitureFromContent() {
        assertThat(judge("<div class='comments-area'>x</div>")).isEqualTo(Verdict.COMMENTS);
        assertThat(judge("<div class='share-bar'>x</div>")).isEqualTo(Verdict.FURNITURE);
        assertThat(judge("<div class='site-header'>x</div>")).isEqualTo(Verdict.LIKELY_FURNITURE);
        assertThat(judge("<div class='header-content'>x</div>")).isEqualTo(Verdict.NEUTRAL);
        assertThat(judge("<div class='related article-body'>x</div>")).isEqualTo(Verdict.NEUTRAL);
        assertThat(judge("<div class='social-media-embed'>x</div>")).isEqualTo(Verdict.NEUTRAL);
        assertThat(judge("<article class='share-enabled'>x</article>")).isEqualTo(Verdict.NEUTRAL);
    }
}
