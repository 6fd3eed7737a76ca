package dev.newsbite.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class KeywordsTest {
    private final Keywords words = Keywords.builder().add(1, "share", "=ad").add(2, "content", "=ad").build();

    @Test
    void substringsMatchInsideCompoundNames() {
        assertThat(words.scan("sharedaddy sd-block")).isEqualTo(1);
        assertThat(words.scan("main-content")).isEqualTo(2);
        assertThat(words.scan("share-bar post-content")).isEqualTo(3);
    }

    @Test
    void wholeWordsMatchOnlyBetweenSeparators() {
        assertThat(words.scan("top-ad")).isEqualTo(3);
        assertThat(words.scan("ad")).isEqualTo(3);
        assertThat(words.scan("header shadow loaded")).isZero();
        assertThat(words.scan("ad_slot")).isEqualTo(3);
    }

    @Test
    void emptyGroupsAndOddCharactersAreRefused() {
        assertThatThrownBy(() -> Keywords.builder().add(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keywords.builder().add(1, "a.b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuiltInWordsSortNamesIntoCategories() {
        assertThat(BoilerplateRules.classBits(new Element("div").attr("class", "comment-list")) & BoilerplateRules.COMMENTS)
                .isNotZero();
        assertThat(BoilerplateRules.classBits(new Element("div").attr("class", "article-body")) & BoilerplateRules.BODY)
                .isNotZero();
        assertThat(BoilerplateRules.classBits(new Element("div").attr("class", "headline"))).isZero();
    }
}
