package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {
    private static final String URL = "https://example.com/news/2023/story.html";
    private final MetadataExtractor extractor = new MetadataExtractor();

    private Metadata extract(String html) {
        return extractor.extract(Jsoup.parse(html, URL));
    }

    @Test
    void jsonLdArticleGivesEveryField() {
        Metadata m = extract("""
                <html lang="en-gb"><head><title>Water found on the Moon | Example Times</title>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Water found on the Moon",
                 "author": [{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/jane"},
                            {"@type": "Person", "name": "John Roe"}],
                 "datePublished": "2023-03-21T05:12:00+11:00", "dateModified": "2023-03-22T01:00:00Z",
                 "publisher": {"@type": "Organization", "name": "Example Times"},
                 "description": "Scientists say the find changes everything.",
                 "image": {"@type": "ImageObject", "url": "/img/moon.jpg"},
                 "articleBody": "First.\\nSecond."}
                </script></head><body><h1>Water found on the Moon</h1></body></html>""");
        assertThat(m.title()).isEqualTo("Water found on the Moon");
        assertThat(m.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(m.published()).isEqualTo("2023-03-21T05:12:00+11:00");
        assertThat(m.modified()).isEqualTo("2023-03-22T01:00:00Z");
        assertThat(m.siteName()).isEqualTo("Example Times");
        assertThat(m.standfirst()).isEqualTo("Scientists say the find changes everything.");
        assertThat(m.language()).isEqualTo("en-GB");
        assertThat(m.leadImage()).isEqualTo("https://example.com/img/moon.jpg");
        assertThat(m.articleBody()).isEqualTo("First.\nSecond.");
        assertThat(m.declaredType()).isEqualTo("article");
    }

    @Test
    void openGraphAndMetaNamesWhenThereIsNoJsonLd() {
        Metadata m = extract("""
                <html><head><title>Floods close roads - Daily Post</title>
                <meta property="og:title" content="Floods close roads">
                <meta property="og:site_name" content="Daily Post">
                <meta property="og:description" content="Heavy rain  &amp; wind overnight.">
                <meta property="og:locale" content="en_GB">
                <meta property="og:type" content="article">
                <meta property="og:image" content="//cdn.example.com/floods.jpg">
                <meta property="og:url" content="https://example.com/floods">
                <meta property="article:published_time" content="2023-03-21T05:12:00+11:00">
                <meta property="article:author" content="https://www.facebook.com/janedoe">
                <meta name="author" content="By Jane Doe | Staff writer">
                </head><body><h1>Floods close roads</h1></body></html>""");
        assertThat(m.title()).isEqualTo("Floods close roads");
        assertThat(m.siteName()).isEqualTo("Daily Post");
        assertThat(m.standfirst()).isEqualTo("Heavy rain & wind overnight.");
        assertThat(m.language()).isEqualTo("en-GB");
        assertThat(m.declaredType()).isEqualTo("article");
        assertThat(m.leadImage()).isEqualTo("https://cdn.example.com/floods.jpg");
        assertThat(m.canonicalUrl()).isEqualTo("https://example.com/floods");
        assertThat(m.published()).isEqualTo("2023-03-21T05:12:00+11:00");
        assertThat(m.authors()).containsExactly("Jane Doe");
    }

    @Test
    void canonicalLinkIsMadeAbsoluteAndWinsOverOgUrl() {
        Metadata m = extract("""
                <head><link rel="canonical" href="/news/canonical"><meta property="og:url" content="https://x.example/og">
                </head>""");
        assertThat(m.canonicalUrl()).isEqualTo("https://example.com/news/canonical");
    }

    @Test
    void documentTitleIsCleanedAndAgreesWithTheH1() {
        Metadata m = extract("""
                <html><head><title>Council approves new bridge over the river – Riverside Gazette</title></head>
                <body><h1>Council approves new bridge over the river</h1></body></html>""");
        assertThat(m.title()).isEqualTo("Council approves new bridge over the river");
    }

    @Test
    void anAuthorNameAfterTheHeadlineGoes() {
        Metadata m = extract("""
                <head><meta property="og:title" content="Whales strand on the beaches again | Jane Doe">
                <meta name="author" content="Jane Doe"></head>""");
        assertThat(m.title()).isEqualTo("Whales strand on the beaches again");
    }

    @Test
    void twitterCardsAndSiteHandleAsLastResorts() {
        Metadata m = extract("""
                <head><meta name="twitter:title" content="A headline from the card">
                <meta name="twitter:site" content="@dailypost">
                <meta name="twitter:description" content="The card's summary.">
                <meta name="twitter:image" content="https://example.com/card.jpg"></head>""");
        assertThat(m.title()).isEqualTo("A headline from the card");
        assertThat(m.siteName()).isEqualTo("dailypost");
        assertThat(m.standfirst()).isEqualTo("The card's summary.");
        assertThat(m.leadImage()).isEqualTo("https://example.com/card.jpg");
    }

    @Test
    void dublinCoreAndParselyMetas() {
        Metadata m = extract("""
                <head><meta name="DC.creator" content="Jane Doe"><meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">
                <meta name="DC.language" content="fr"></head>""");
        assertThat(m.authors()).containsExactly("Jane Doe");
        assertThat(m.published()).isEqualTo("2024-04-20T04:20:00Z");
        assertThat(m.language()).isEqualTo("fr");
    }

    @Test
    void microdataHeadlineAuthorAndDates() {
        Metadata m = extract("""
                <html><body><article itemscope itemtype="https://schema.org/NewsArticle">
                <h1 itemprop="headline">Microdata headline here</h1>
                <span itemprop="author" itemscope itemtype="https://schema.org/Person">
                  <a href="/authors/jane"><span itemprop="name">Jane Doe</span></a></span>
                <time itemprop="datePublished" datetime="2023-03-21T05:12:00+11:00">21 March</time>
                <meta itemprop="dateModified" content="2023-03-22">
                </article></body></html>""");
        assertThat(m.title()).isEqualTo("Microdata headline here");
        assertThat(m.authors()).containsExactly("Jane Doe");
        assertThat(m.published()).isEqualTo("2023-03-21T05:12:00+11:00");
        assertThat(m.modified()).isEqualTo("2023-03-22");
    }

    @Test
    void domBylineIsCleanedToNames() {
        Metadata m = extract("""
                <html><body><h1>Storm hits the coast overnight</h1>
                <div class="article-byline">By Jane Doe and John Roe, March 21, 2023</div>
                <p>Text.</p></body></html>""");
        assertThat(m.authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void hiddenBylinesAndAuthorisationBoxesAreSkipped() {
        Metadata m = extract("""
                <html><body><div id="authorization">Sign in</div>
                <div class="byline" style="display: none">Hidden Person</div>
                <h1>Storm hits the coast overnight</h1>
                <a rel="author" href="/jane">Jane Doe</a></body></html>""");
        assertThat(m.authors()).containsExactly("Jane Doe");
    }

    @Test
    void relAuthorAndTimeElementsFromTheDom() {
        Metadata m = extract("""
                <html><body><h1>Storm hits the coast overnight</h1>
                <p>By <a rel="author" href="/jane">Jane Doe</a>
                <time datetime="2023-03-21">21 March 2023</time></p></body></html>""");
        assertThat(m.authors()).containsExactly("Jane Doe");
        assertThat(m.published()).isEqualTo("2023-03-21");
    }

    @Test
    void domStandfirstUnderTheHeadlineWinsOverTheDescription() {
        Metadata m = extract("""
                <html><head><meta name="description" content="Site-wide description for sharing."></head>
                <body><h1>Storm hits the coast overnight</h1>
                <figure><figcaption class="summary">A caption that is not the dek, long enough to count.</figcaption></figure>
                <p class="article-standfirst">Thousands are without power after  winds of 100mph.</p>
                <p>Body.</p></body></html>""");
        assertThat(m.standfirst()).isEqualTo("Thousands are without power after winds of 100mph.");
    }

    @Test
    void standfirstFallsBackToTheDescription() {
        Metadata m = extract("""
                <html><head><meta name="description" content="What the page says about itself."></head>
                <body><h1>Storm hits the coast overnight</h1><p>Body.</p></body></html>""");
        assertThat(m.standfirst()).isEqualTo("What the page says about itself.");
    }

    @Test
    void syndicationSourceFromMetaButNotAUrl() {
        assertThat(extract("<head><meta name=\"syndication-source\" content=\"The Times\"></head>").source())
                .isEqualTo("The Times");
        assertThat(extract("<head><meta name=\"dc.source\" content=\"https://example.org/original\"></head>").source())
                .isNull();
    }

    @Test
    void languageFromHttpEquivOrJsonLdWhenHtmlSaysNothing() {
        assertThat(extract("<head><meta http-equiv=\"content-language\" content=\"de-AT\"></head>").language())
                .isEqualTo("de-AT");
        assertThat(extract("""
                <head><script type="application/ld+json">{"@type": "Article", "headline": "H", "inLanguage": "pt_br"}</script></head>""")
                .language()).isEqualTo("pt-BR");
    }

    @Test
    void propertyMetasWinOverNameMetasOfTheSameKey() {
        Metadata m = extract("""
                <head><meta name="og:title" content="Name variant title"><meta property="og:title" content="Property variant title">
                <meta property="dc:creator og:foo" content="Creator Name"><meta name="author" content="Someone Else"></head>""");
        assertThat(m.title()).isEqualTo("Property variant title");
        assertThat(m.authors()).containsExactly("Creator Name");
    }

    @Test
    void anEmptyPageGivesNothingButDoesNotFail() {
        Metadata m = extract("");
        assertThat(m.title()).isNull();
        assertThat(m.authors()).isEmpty();
        assertThat(m.published()).isNull();
        assertThat(m.declaredType()).isNull();
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String html = "<div class=\"byline\">".repeat(100_000) + "x" + "</div>".repeat(100_000);
        Metadata m = extract("<html><head><title>Deep page title here</title></head><body>" + html + "</body></html>");
        assertThat(m.title()).isEqualTo("Deep page title here");
    }

    @Test
    void aGraphArticleTakesItsDescriptionFromItsWebPage() {
        Metadata m = extract("""
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                 {"@type": "Article", "@id": "https://example.com/s/#article", "headline": "Kea open bins",
                  "mainEntityOfPage": {"@id": "https://example.com/s/"},
                  "isPartOf": {"@id": "https://example.com/s/"}},
                 {"@type": "WebPage", "@id": "https://example.com/s/", "description": "Rangers are beaten again.",
                  "isPartOf": {"@id": "https://example.com/#website"}},
                 {"@type": "WebSite", "@id": "https://example.com/#website", "name": "Notes",
                  "description": "Nature news"}]}
                </script></head><body></body></html>""");
        assertThat(m.standfirst()).isEqualTo("Rangers are beaten again.");
    }

    @Test
    void aSiteTaglineIsNoStandfirst() {
        Metadata m = extract("""
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                 {"@type": "Article", "headline": "Kea open bins", "isPartOf": {"@id": "https://example.com/#website"}},
                 {"@type": "WebSite", "@id": "https://example.com/#website", "name": "Notes",
                  "description": "Nature news"}]}
                </script></head><body></body></html>""");
        assertThat(m.standfirst()).isNull();
    }

    @Test
    void microdataGivesPublisherImageAndLanguage() {
        Metadata m = extract("""
                <html><head><title>Courant :: Galaxy named</title></head><body>
                <div itemscope itemtype="https://schema.org/NewsArticle">
                <meta itemprop="inLanguage" content="en-ZA">
                <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
                  <meta itemprop="name" content="Karoo Courant"></div>
                <h1 itemprop="headline">Galaxy named after a school</h1>
                <div itemprop="image" itemscope itemtype="https://schema.org/ImageObject">
                  <img itemprop="url" src="/photos/galaxy.jpg" alt=""></div>
                </div></body></html>""");
        assertThat(m.siteName()).isEqualTo("Karoo Courant");
        assertThat(m.leadImage()).isEqualTo("https://example.com/photos/galaxy.jpg");
        assertThat(m.language()).isEqualTo("en-ZA");
    }

    @Test
    void urlsResolveAgainstTheBaseElement() {
        Metadata m = extract("""
                <html><head><base href="https://static.example.org/stories/">
                <link rel="canonical" href="/stories/one.html">
                <meta property="og:image" content="img/one.jpg"></head><body></body></html>""");
        assertThat(m.canonicalUrl()).isEqualTo("https://static.example.org/stories/one.html");
        assertThat(m.leadImage()).isEqualTo("https://static.example.org/stories/img/one.jpg");
    }

    @Test
    void theWalkSkipsDrawingsButReadsWhatFollowsThem() {
        Metadata m = extract("""
                <html><head><title>A title long enough to be a headline here</title></head><body>
                <svg><title>Icon</title><g><path d="M0"/></g></svg>
                <div><p class="byline">By Jane Doe</p></div><span itemprop="author">ignored</span>
                <time datetime="2024-05-01T10:00:00Z">May 1</time></body></html>""");
        assertThat(m.title()).isEqualTo("A title long enough to be a headline here");
        assertThat(m.published()).isEqualTo("2024-05-01T10:00:00Z");
    }
}
