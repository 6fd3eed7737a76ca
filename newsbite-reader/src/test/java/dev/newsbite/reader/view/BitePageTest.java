package dev.newsbite.reader.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbite.bite.quotes.Quote;
import dev.newsbite.model.Article;
import dev.newsbite.model.Bite;
import dev.newsbite.model.Named;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The reader shows the bite above the article, in a details element that folds without JavaScript. */
class BitePageTest {
    private final Pages pages = new Pages();

    private static ArticleView viewWith(Bite bite, List<Quote> quotes) {
        ArticleView story = SampleViews.storyView();
        Article a = story.article().withBite(bite, quotes);
        return new ArticleView(a, story.original(), story.fetchedAt(), story.notice());
    }

    @Test
    void theBiteIsAnOpenDetailsBoxAboveTheArticle() {
        Bite bite = new Bite(List.of("The river broke its banks on Sunday.", "Hundreds of homes were flooded."), 3, 640,
                List.of(new Named("Anna Berg", 2)), List.of(), List.of(new Named("Riverton", 4)));
        Document doc = Jsoup.parse(pages.article(viewWith(bite, List.of(new Quote("Anna Berg", "We were ready")))));
        Element details = doc.selectFirst("details.bite");
        assertThat(details).isNotNull();
        assertThat(details.hasAttr("open")).isTrue();
        assertThat(details.selectFirst("summary").text()).isEqualTo("In brief");
        assertThat(details.select(".bite-summary li").eachText())
                .containsExactly("The river broke its banks on Sunday.", "Hundreds of homes were flooded.");
        assertThat(details.selectFirst(".bite-facts").text())
                .contains("3 min read · 640 words", "People: Anna Berg", "Places: Riverton");
        assertThat(details.selectFirst(".bite-quotes li").text()).isEqualTo("We were ready — Anna Berg");
        Element article = doc.selectFirst("article");
        assertThat(article).isNotNull();
        assertThat(details.siblingIndex()).isLessThan(article.siblingIndex());
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.selectFirst(".bar-links").text()).startsWith("3 min read");
    }

    @Test
    void pageTextInTheBiteIsEscaped() {
        Bite bite = new Bite(List.of("<script>alert(1)</script> said the <b>mayor</b>."), 1, 9,
                List.of(new Named("<img src=x onerror=alert(1)>", 1)), List.of(), List.of());
        String html = pages.article(viewWith(bite, List.of(new Quote("\"><svg onload=alert(1)>", "<i>x</i>"))));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("details.bite script, details.bite img, details.bite svg, details.bite b, details.bite i"))
                .isEmpty();
        assertThat(doc.selectFirst(".bite-summary li").text()).isEqualTo("<script>alert(1)</script> said the <b>mayor</b>.");
        assertThat(html).doesNotContain("<script>", "<svg onload");
    }

    @Test
    void noBiteNoBox() {
        assertThat(Jsoup.parse(pages.article(SampleViews.storyView())).select("details.bite")).isEmpty();
        Bite empty = new Bite(List.of(), 0, 0, List.of(), List.of(), List.of());
        assertThat(Jsoup.parse(pages.article(viewWith(empty, List.of()))).select("details")).isEmpty();
    }
}
