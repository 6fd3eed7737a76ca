package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static JsonLdFacts facts(String... scripts) {
        return JsonLdFacts.of(JsonLd.read(List.of(scripts)));
    }

    @Test
    void graphWithReferencesIsResolved() {
        JsonLdFacts f = facts("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "@id": "#site", "name": "Example Times", "url": "https://example.com"},
                  {"@type": "Person", "@id": "#jane", "name": "Jane Doe", "url": "https://example.com/jane"},
                  {"@type": "NewsArticle", "headline": "Water on the Moon", "author": {"@id": "#jane"},
                   "publisher": {"@id": "#org"}, "isPartOf": {"@id": "#site"},
                   "datePublished": "2023-03-21T05:12:00+11:00"},
                  {"@type": "Organization", "@id": "#org", "name": "Example Media", "logo": "x.png"}
                ]}""");
        assertThat(f.headline()).isEqualTo("Water on the Moon");
        assertThat(f.personAuthors()).containsExactly("Jane Doe");
        assertThat(f.publisherName()).isEqualTo("Example Media");
        assertThat(f.partOfName()).isEqualTo("Example Times");
        assertThat(f.websiteName()).isEqualTo("Example Times");
        assertThat(f.published()).isEqualTo("2023-03-21T05:12:00+11:00");
        assertThat(f.declaredType()).isEqualTo("article");
    }

    @Test
    void topLevelArraysAndTypeArraysAreRead() {
        JsonLdFacts f = facts("""
                [{"@type": "BreadcrumbList", "itemListElement": []},
                 {"@type": ["ReportageNewsArticle", "Article"], "headline": "Floods",
                  "author": [{"@type": "Person", "name": "Jane Doe", "sameAs": "https://twitter.com/jd"},
                             "John Roe", {"@type": "Organization", "name": "Wire Service"}]}]""");
        assertThat(f.headline()).isEqualTo("Floods");
        assertThat(f.personAuthors()).containsExactly("Jane Doe", "John Roe");
        assertThat(f.otherAuthors()).containsExactly("Wire Service");
    }

    @Test
    void mainEntityOfAWebPageIsTheArticle() {
        JsonLdFacts f = facts("""
                {"@context": "http://schema.org", "@type": "WebPage", "name": "Page name",
                 "mainEntity": {"@type": "BlogPosting", "headline": "Post headline",
                                "author": {"name": "Jane Doe"}, "inLanguage": "en-GB"}}""");
        assertThat(f.headline()).isEqualTo("Post headline");
        assertThat(f.personAuthors()).containsExactly("Jane Doe");
        assertThat(f.language()).isEqualTo("en-GB");
    }

    @Test
    void brokenJsonIsForgiven() {
        JsonLdFacts f = facts("""
                <!--
                {
                  // a comment
                  "@type": "NewsArticle",
                  "headline": "Line one\tand a raw tab",
                  "description": "Fish &amp; chips &#8211; a history",
                  "author": {"name": "Jane Doe",},
                }
                -->""");
        assertThat(f.headline()).isEqualTo("Line one and a raw tab");
        assertThat(f.description()).isEqualTo("Fish & chips – a history");
        assertThat(f.personAuthors()).containsExactly("Jane Doe");
    }

    @Test
    void severalObjectsInOneScriptAreAllRead() {
        assertThat(facts("""
                {"@type": "Organization", "name": "Example Media"}
                {"@type": "NewsArticle", "headline": "Second object"}""").headline()).isEqualTo("Second object");
        assertThat(facts("""
                {"@type": "Organization", "name": "Example Media"},
                {"@type": "NewsArticle", "headline": "Comma separated"}""").headline()).isEqualTo("Comma separated");
    }

    @Test
    void entityEscapedScriptIsRead() {
        assertThat(facts("{&quot;@type&quot;: &quot;Article&quot;, &quot;headline&quot;: &quot;Escaped&quot;}")
                .headline()).isEqualTo("Escaped");
    }

    @Test
    void hopelessJsonGivesNothingAndDoesNotThrow() {
        assertThat(facts("{{{ not json")).isEqualTo(JsonLdFacts.NONE);
        assertThat(facts("")).isEqualTo(JsonLdFacts.NONE);
        assertThat(facts("[".repeat(100_000))).isEqualTo(JsonLdFacts.NONE);
    }

    @Test
    void imagesUrlsAndBodiesInTheirVariousShapes() {
        JsonLdFacts f = facts("""
                {"@type": "NewsArticle", "headline": "H",
                 "image": [{"@type": "ImageObject", "url": "https://example.com/a.jpg"}, "https://example.com/b.jpg"],
                 "mainEntityOfPage": {"@type": "WebPage", "@id": "https://example.com/story"},
                 "articleBody": "First paragraph  with   spaces.\\n\\nSecond &amp; last."}""");
        assertThat(f.image()).isEqualTo("https://example.com/a.jpg");
        assertThat(f.url()).isEqualTo("https://example.com/story");
        assertThat(f.articleBody()).isEqualTo("First paragraph with spaces.\nSecond & last.");
    }

    @Test
    void syndicationSourceComesFromSourceOrganizationOrAProviderOtherThanThePublisher() {
        assertThat(facts("""
                {"@type": "NewsArticle", "headline": "H", "publisher": {"name": "The Australian"},
                 "sourceOrganization": {"name": "The Times"}}""").sourceName()).isEqualTo("The Times");
        assertThat(facts("""
                {"@type": "NewsArticle", "headline": "H", "publisher": {"name": "The Australian"},
                 "provider": {"name": "The Australian"}}""").sourceName()).isNull();
        assertThat(facts("""
                {"@type": "NewsArticle", "headline": "H", "publisher": {"name": "The Australian"},
                 "provider": {"name": "Reuters"}}""").sourceName()).isEqualTo("Reuters");
    }

    @Test
    void listingTypesAreDeclared() {
        assertThat(facts("{\"@type\": \"CollectionPage\", \"name\": \"World news\"}").declaredType())
                .isEqualTo("listing");
        assertThat(facts("""
                {"@type": "WebPage", "name": "Home", "mainEntity": {"@type": "ItemList", "itemListElement": []}}""")
                .declaredType()).isEqualTo("listing");
        assertThat(facts("{\"@type\": \"WebPage\", \"name\": \"About us\"}").declaredType()).isNull();
    }
}
