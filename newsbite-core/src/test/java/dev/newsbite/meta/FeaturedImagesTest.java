package dev.newsbite.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FeaturedImagesTest {

    private static Element img(String html) {
        Document doc = Jsoup.parse(html);
        return doc.selectFirst("img");
    }

    @Test
    void wordpressAndDrupalFeaturedImagesAnywhere() {
        assertThat(FeaturedImages.source(img("<img class='attachment-large wp-post-image' src='/a.jpg'>"), false))
                .isEqualTo("/a.jpg");
        assertThat(FeaturedImages.source(img("<div class='post-thumbnail'><a><img src='/b.jpg'></a></div>"), false))
                .isEqualTo("/b.jpg");
        assertThat(FeaturedImages.source(
                img("<div class='field field--name-field-image'><img src='/c.jpg'></div>"), false)).isEqualTo("/c.jpg");
    }

    @Test
    void aPlainFigureLeadsOnlyBeforeTheFirstParagraphAndWhenLarge() {
        assertThat(FeaturedImages.source(img("<figure><img src='/d.jpg' width='1200'></figure>"), true))
                .isEqualTo("/d.jpg");
        assertThat(FeaturedImages.source(img("<figure><img src='/d.jpg' width='1200'></figure>"), false)).isNull();
        assertThat(FeaturedImages.source(img("<figure><img src='/e.jpg' width='120'></figure>"), true)).isNull();
        assertThat(FeaturedImages.source(img("<div><img src='/f.jpg' width='1200'></div>"), true)).isNull();
    }

    @Test
    void lazySourcesAndTheWidestSrcsetWinOverPlaceholders() {
        assertThat(FeaturedImages.bestSource(img("<img src='data:image/gif;base64,R0l' data-src='/lazy.jpg'>")))
                .isEqualTo("/lazy.jpg");
        assertThat(FeaturedImages.bestSource(
                img("<img src='/s.jpg' srcset='/s.jpg 300w, /l.jpg 1200w, /m.jpg 768w'>"))).isEqualTo("/l.jpg");
        assertThat(FeaturedImages.bestSource(img("<img src='data:image/gif;base64,R0l'>"))).isNull();
        assertThat(FeaturedImages.widest("/one.jpg")).isEqualTo("/one.jpg");
    }

    @Test
    void pageScanFindsTheFeaturedImageForTheLeadImage() {
        String html = "<html><head><title>t</title></head><body><article><h1>Headline</h1>"
                + "<figure><img data-src='/lead.jpg' src='data:image/gif;base64,R0l' width='1000'></figure>"
                + "<p>First paragraph.</p><figure><img src='/later.jpg'></figure></article></body></html>";
        Document doc = Jsoup.parse(html, "https://news.example/story");
        assertThat(new MetadataExtractor().extract(doc).leadImage()).isEqualTo("https://news.example/lead.jpg");
    }

    @Test
    void theHeadsImageStillWins() {
        String html = "<html><head><meta property='og:image' content='/og.jpg'></head><body><h1>Headline</h1>"
                + "<figure><img src='/lead.jpg'></figure><p>First paragraph.</p></body></html>";
        Document doc = Jsoup.parse(html, "https://news.example/story");
        assertThat(new MetadataExtractor().extract(doc).leadImage()).isEqualTo("https://news.example/og.jpg");
    }
}
