package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassHintsTest {

    @Test
    void bylineHintsInAnyCaseButNotAuthorisation() {
        assertThat(ClassHints.byline("article__byline")).isTrue();
        assertThat(ClassHints.byline("Post-Author-Name")).isTrue();
        assertThat(ClassHints.byline("dateline")).isTrue();
        assertThat(ClassHints.byline("authorization")).isFalse();
        assertThat(ClassHints.byline("authority-box author")).isTrue();
        assertThat(ClassHints.byline("headline")).isFalse();
        assertThat(ClassHints.byline("")).isFalse();
    }

    @Test
    void avatarsAndBiosAreNoBylines() {
        assertThat(ClassHints.notByline("author-avatar")).isTrue();
        assertThat(ClassHints.notByline("author-name")).isFalse();
    }

    @Test
    void standfirstHintsNeedWholeWordsWhenShort() {
        assertThat(ClassHints.standfirst("article-standfirst")).isTrue();
        assertThat(ClassHints.standfirst("c-entry-summary p-dek")).isTrue();
        assertThat(ClassHints.standfirst("Lede")).isTrue();
        assertThat(ClassHints.standfirst("deckchair")).isFalse();
        assertThat(ClassHints.standfirst("introduction-video")).isFalse();
        assertThat(ClassHints.standfirst("")).isFalse();
    }

    @Test
    void drupalAuthorFieldsAreBylineHints() {
        assertThat(ClassHints.byline("field field--name-uid")).isTrue();
        assertThat(ClassHints.byline("node__meta")).isTrue();
        assertThat(ClassHints.byline("node__submitted")).isTrue();
        assertThat(ClassHints.byline("field field--name-field-author")).isTrue();
        assertThat(ClassHints.byline("node__content")).isFalse();
        assertThat(ClassHints.byline("field--name-body")).isFalse();
        assertThat(ClassHints.byline("node--meta")).isFalse();
    }
}
