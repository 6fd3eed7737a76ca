package dev.newsbite.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageZonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"main-nav", "c-nav__link", "b-mainnav__2level-list", "site-header", "most-read",
        "mostRead", "relatedLink", "read_next", "content-recirculation", "you-may-also-like", "Footer", "ad",
        "sidebar-widget"})
    void furnitureNames(String value) {
        assertThat(PageZones.names(value, PageZones.FURNITURE_WORDS, true)).as(value).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"card", "story-list__item", "headline", "promo", "canvas", "adobe", "navy-blue",
        "loader", "heading", "most", "read"})
    void ordinaryNames(String value) {
        assertThat(PageZones.names(value, PageZones.FURNITURE_WORDS, true)).as(value).isFalse();
    }

    @Test
    void wordsOfDifferentClassNamesDoNotRunTogether() {
        assertThat(PageZones.names("most read", PageZones.FURNITURE_WORDS)).isFalse();
    }

    @Test
    void aCardsOwnHeaderIsNotThePageHeader() {
        Document doc = Jsoup.parse("""
                <body><header><a id=top href="/a">x</a></header>
                <main><article><header><h2><a id=card href="/b">y</a></h2></header></article>
                <nav><a id=nav href="/c">z</a></nav><div role="navigation"><a id=role href="/d">w</a></div></main></body>""");
        assertThat(PageZones.inFurniture(byId(doc, "top"))).isTrue();
        assertThat(PageZones.inFurniture(byId(doc, "card"))).isFalse();
        assertThat(PageZones.inFurniture(byId(doc, "nav"))).isTrue();
        assertThat(PageZones.inFurniture(byId(doc, "role"))).isTrue();
    }

    private static Element byId(Document doc, String id) {
        return doc.getElementById(id);
    }
}
