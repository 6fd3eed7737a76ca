package dev.newsbite.similar;

import java.util.List;

/**
 * Page chrome of made-up outlets, each the way a common kind of news CMS sends it (WordPress,
 * Arc-style div paragraphs, a wire site with inline ads and "read more" links, a microdata page, an
 * AMP page, a plain regional site), so one story reprinted by several of them reaches the extractor
 * through genuinely different markup.
 */
final class OutletTemplates {

    /** A paragraph or a sub-heading of a story. */
    record Part(boolean heading, String text) {}

    /** What a page says: the outlet renders it with its own chrome. */
    record PageSpec(String url, String headline, String byline, String published, List<Part> parts,
            String bodyFooter, String readMore) {}

    /** One outlet: a name, a host and a template. */
    record Outlet(String site, String host, int template) {
        String url(String section, String slug) {
            return "https://" + host + "/" + section + "/" + slug;
        }
    }

    static final List<Outlet> OUTLETS = List.of(
            new Outlet("Riverside Gazette", "riversidegazette.example", 0),
            new Outlet("The Lakeshore Tribune", "lakeshoretribune.example", 1),
            new Outlet("Metro Wire", "metrowire.example", 2),
            new Outlet("Northern Post", "northernpost.example", 3),
            new Outlet("Coastline News", "coastlinenews.example", 4),
            new Outlet("The Valley Courier", "valleycourier.example", 5),
            new Outlet("Harbour Daily", "harbourdaily.example", 0),
            new Outlet("Capital Ledger", "capitalledger.example", 2),
            new Outlet("The Midland Echo", "midlandecho.example", 1),
            new Outlet("Summit Times", "summittimes.example", 3));

    private OutletTemplates() {}

    static String render(Outlet outlet, PageSpec page) {
        StringBuilder html = new StringBuilder(8_192);
        head(html, outlet, page);
        switch (outlet.template()) {
            case 0 -> wordpress(html, outlet, page);
            case 1 -> arc(html, outlet, page);
            case 2 -> wire(html, outlet, page);
            case 3 -> microdata(html, outlet, page);
            case 4 -> amp(html, outlet, page);
            default -> regional(html, outlet, page);
        }
        html.append("</html>\n");
        return html.toString();
    }

    private static void head(StringBuilder html, Outlet outlet, PageSpec page) {
        String headline = esc(page.headline());
        html.append("<!DOCTYPE html>\n<html lang=\"en\"").append(outlet.template() == 4 ? " amp" : "").append(">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<title>").append(headline).append(" | ").append(esc(outlet.site())).append("</title>\n")
                .append("<meta property=\"og:site_name\" content=\"").append(esc(outlet.site())).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(headline).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(page.url())).append("\">\n");
        if (outlet.template() != 3) {
            html.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                    + "\"headline\":\"").append(json(page.headline())).append("\",\"datePublished\":\"")
                    .append(page.published()).append("\",\"author\":{\"@type\":\"Person\",\"name\":\"")
                    .append(json(page.byline())).append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"")
                    .append(json(outlet.site())).append("\"}}</script>\n");
        }
        html.append("</head>\n");
    }

    private static void wordpress(StringBuilder html, Outlet outlet, PageSpec page) {
        html.append("<body class=\"post-template-default single single-post\">\n<div id=\"page\" class=\"site\">\n")
                .append("<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\"><a href=\"/\">")
                .append(esc(outlet.site())).append("</a></p><nav class=\"main-navigation\"><ul class=\"menu\">")
                .append("<li><a href=\"/category/news/\">News</a></li><li><a href=\"/category/sport/\">Sport</a></li>")
                .append("<li><a href=\"/about/\">About us</a></li></ul></nav></header>\n")
                .append("<div id=\"content\" class=\"site-content\"><main id=\"main\" class=\"site-main\">\n")
                .append("<article class=\"post type-post status-publish hentry\">\n<header class=\"entry-header\">")
                .append("<h1 class=\"entry-title\">").append(esc(page.headline())).append("</h1>")
                .append("<div class=\"entry-meta\"><span class=\"byline\">by <span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/staff/\">")
                .append(esc(page.byline())).append("</a></span></span> <time class=\"entry-date published\" datetime=\"")
                .append(page.published()).append("\">").append(page.published(), 0, 10).append("</time></div></header>\n")
                .append("<div class=\"entry-content\">\n");
        int i = 0;
        for (Part part : page.parts()) {
            html.append(part.heading() ? "<h2 class=\"wp-block-heading\">" : "<p>").append(esc(part.text()))
                    .append(part.heading() ? "</h2>\n" : "</p>\n");
            if (++i == 3) {
                html.append("<div class=\"sharedaddy sd-sharing-enabled\"><h3 class=\"sd-title\">Share this:</h3>")
                        .append("<ul><li><a href=\"?share=facebook\">Facebook</a></li><li><a href=\"?share=x\">X</a></li></ul></div>\n");
            }
        }
        bodyFooter(html, page, "<p><em>", "</em></p>\n");
        if (page.readMore() != null) {
            html.append("<div class=\"jp-relatedposts\"><h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3>")
                    .append("<div class=\"jp-relatedposts-post\"><a href=\"/related/\">").append(esc(page.readMore()))
                    .append("</a></div></div>\n");
        }
        html.append("</div>\n<footer class=\"entry-footer\"><span class=\"tags-links\">Tagged <a href=\"/tag/news/\">news</a></span></footer>\n")
                .append("</article>\n<div id=\"comments\" class=\"comments-area\"><h3 class=\"comment-reply-title\">Leave a Reply</h3>")
                .append("<p class=\"comment-notes\">Your email address will not be published.</p></div>\n</main>\n")
                .append("<aside class=\"widget-area\"><section class=\"widget\"><h2 class=\"widget-title\">Recent Posts</h2>")
                .append("<ul><li><a href=\"/p/1\">Council approves new cycle lanes</a></li><li><a href=\"/p/2\">Library extends opening hours</a></li></ul></section></aside>\n")
                .append("</div>\n<footer id=\"colophon\" class=\"site-footer\"><div class=\"site-info\">&copy; 2026 ")
                .append(esc(outlet.site())).append(". Proudly powered by WordPress.</div></footer>\n</div>\n</body>\n");
    }

    private static void arc(StringBuilder html, Outlet outlet, PageSpec page) {
        html.append("<body>\n<div id=\"fusion-app\">\n<header class=\"b-header-nav-chain\"><div class=\"nav-sections\">")
                .append("<a href=\"/news/\">News</a><a href=\"/politics/\">Politics</a><a href=\"/sports/\">Sports</a></div>")
                .append("<a class=\"nav-logo\" href=\"/\">").append(esc(outlet.site())).append("</a>")
                .append("<a class=\"subscribe-btn\" href=\"/subscribe/\">Subscribe for $1</a></header>\n")
                .append("<main class=\"b-right-rail-advanced__main\"><div class=\"c-stack b-article-body-wrap\">\n")
                .append("<div class=\"b-headline\"><h1 class=\"c-heading\">").append(esc(page.headline())).append("</h1></div>\n")
                .append("<div class=\"b-byline\"><div class=\"c-attribution\">By <a href=\"/people/staff/\">")
                .append(esc(page.byline())).append("</a></div></div>\n")
                .append("<div class=\"b-date\"><time datetime=\"").append(page.published()).append("\">")
                .append(page.published(), 0, 10).append("</time></div>\n")
                .append("<div class=\"b-share-bar\"><button>Facebook</button><button>X</button><button>Copy Link</button></div>\n")
                .append("<article class=\"b-article-body\">\n");
        int i = 0;
        for (Part part : page.parts()) {
            if (part.heading()) {
                html.append("<h2 class=\"c-heading\" data-type=\"header\">").append(esc(part.text())).append("</h2>\n");
            } else {
                html.append("<div class=\"c-paragraph\" data-type=\"text\" data-testid=\"paragraph-").append(i)
                        .append("\">").append(esc(part.text())).append("</div>\n");
            }
            if (++i == 2) {
                html.append("<div class=\"ad-container\" data-ad-type=\"inline\"><div class=\"advertisement-label\">Advertisement</div></div>\n");
            }
            if (i == 4 && page.readMore() != null) {
                html.append("<div class=\"c-interstitial-link\" data-type=\"interstitial_link\"><span>READ MORE:</span> <a href=\"/news/more/\">")
                        .append(esc(page.readMore())).append("</a></div>\n");
            }
        }
        bodyFooter(html, page, "<div class=\"c-paragraph\" data-type=\"text\"><i>", "</i></div>\n");
        html.append("</article>\n</div></main>\n<aside class=\"b-right-rail\"><h2 class=\"c-heading\">Most Read</h2>")
                .append("<a href=\"/news/a/\">Heat advisory through Sunday</a><a href=\"/news/b/\">Bridge closes for repairs</a></aside>\n")
                .append("<footer class=\"b-footer\"><p>&copy; 2026 ").append(esc(outlet.site()))
                .append(". All rights reserved.</p></footer>\n</div>\n</body>\n");
    }

    private static void wire(StringBuilder html, Outlet outlet, PageSpec page) {
        html.append("<body>\n<div class=\"cookie-banner\" role=\"dialog\"><p>We use cookies to improve your experience.</p>")
                .append("<button>Accept all</button></div>\n<header class=\"top\"><a class=\"logo\" href=\"/\">")
                .append(esc(outlet.site())).append("</a><ul class=\"menu\"><li><a href=\"/world\">World</a></li>")
                .append("<li><a href=\"/business\">Business</a></li><li><a href=\"/markets\">Markets</a></li></ul></header>\n")
                .append("<main><article class=\"story\">\n<h1 class=\"story-title\">").append(esc(page.headline())).append("</h1>\n")
                .append("<p class=\"story-meta\">By <span class=\"author\">").append(esc(page.byline()))
                .append("</span> &middot; <time datetime=\"").append(page.published()).append("\">")
                .append(page.published(), 0, 10).append("</time></p>\n<div class=\"article-body\">\n");
        int i = 0;
        for (Part part : page.parts()) {
            html.append(part.heading() ? "<h3>" : "<p class=\"text\">").append(esc(part.text()))
                    .append(part.heading() ? "</h3>\n" : "</p>\n");
            i++;
            if (i % 3 == 0) {
                html.append("<div class=\"ad-slot\" aria-hidden=\"true\">Advertisement &middot; Scroll to continue with content</div>\n");
            }
            if (i == 2 && page.readMore() != null) {
                html.append("<aside class=\"related-inline\"><strong>Read more:</strong> <a href=\"/world/other\">")
                        .append(esc(page.readMore())).append("</a></aside>\n");
            }
        }
        bodyFooter(html, page, "<p class=\"text\">", "</p>\n");
        html.append("</div>\n<div class=\"newsletter-box\"><h4>Get the morning briefing</h4><p>Sign up for our free newsletter.</p>")
                .append("<form><input type=\"email\"><button>Sign up</button></form></div>\n</article></main>\n")
                .append("<footer class=\"site-footer\"><p>&copy; 2026 ").append(esc(outlet.site()))
                .append(". Quotes delayed at least 15 minutes.</p><a href=\"/terms\">Terms</a> <a href=\"/privacy\">Privacy</a></footer>\n</body>\n");
    }

    private static void microdata(StringBuilder html, Outlet outlet, PageSpec page) {
        html.append("<body>\n<nav class=\"navbar\"><a href=\"/\" class=\"brand\">").append(esc(outlet.site()))
                .append("</a> <a href=\"/local\">Local</a> <a href=\"/region\">Region</a> <a href=\"/weather\">Weather</a></nav>\n")
                .append("<div class=\"container\"><div class=\"row\"><div class=\"col-main\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n")
                .append("<h1 itemprop=\"headline\">").append(esc(page.headline())).append("</h1>\n")
                .append("<div class=\"meta\"><span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">")
                .append(esc(page.byline())).append("</span></span> <meta itemprop=\"datePublished\" content=\"")
                .append(page.published()).append("\"><span class=\"date\">").append(page.published(), 0, 10)
                .append("</span></div>\n<div itemprop=\"articleBody\" class=\"body-copy\">\n");
        for (Part part : page.parts()) {
            html.append(part.heading() ? "<h2>" : "<p>").append(esc(part.text()))
                    .append(part.heading() ? "</h2>\n" : "</p>\n");
        }
        bodyFooter(html, page, "<p class=\"credit\"><small>", "</small></p>\n");
        html.append("</div>\n<div class=\"share\">Share: <a href=\"#\">Facebook</a> <a href=\"#\">Email</a></div>\n");
        if (page.readMore() != null) {
            html.append("<div class=\"more-stories\"><h3>More stories</h3><ul><li><a href=\"/local/x\">")
                    .append(esc(page.readMore())).append("</a></li></ul></div>\n");
        }
        html.append("</div>\n<div class=\"col-side\"><div class=\"widget\"><h3>Trending</h3><ol><li><a href=\"/t/1\">School bus routes change next week</a></li>")
                .append("<li><a href=\"/t/2\">Farmers market returns</a></li></ol></div></div></div></div>\n")
                .append("<footer><p>Copyright 2026 ").append(esc(outlet.site())).append(". Contact the newsroom.</p></footer>\n</body>\n");
    }

    private static void amp(StringBuilder html, Outlet outlet, PageSpec page) {
        html.append("<body>\n<header class=\"amp-header\"><a href=\"/\">").append(esc(outlet.site()))
                .append("</a><amp-sidebar id=\"menu\" layout=\"nodisplay\"><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></amp-sidebar></header>\n")
                .append("<article class=\"amp-article\">\n<header><h1 class=\"amp-title\">").append(esc(page.headline()))
                .append("</h1><div class=\"amp-byline\">").append(esc(page.byline())).append(" &bull; <time datetime=\"")
                .append(page.published()).append("\">").append(page.published(), 0, 10).append("</time></div></header>\n")
                .append("<div class=\"amp-article-content\">\n");
        int i = 0;
        for (Part part : page.parts()) {
            html.append(part.heading() ? "<h2>" : "<p>").append(esc(part.text()))
                    .append(part.heading() ? "</h2>\n" : "</p>\n");
            if (++i == 2) {
                html.append("<amp-ad width=\"300\" height=\"250\" type=\"doubleclick\" data-slot=\"/1/news\"></amp-ad>\n");
            }
        }
        bodyFooter(html, page, "<p>", "</p>\n");
        html.append("</div>\n</article>\n");
        if (page.readMore() != null) {
            html.append("<section class=\"amp-related\"><h2>You may also like</h2><a href=\"/news/y\">")
                    .append(esc(page.readMore())).append("</a></section>\n");
        }
        html.append("<footer class=\"amp-footer\"><p>&copy; ").append(esc(outlet.site()))
                .append(" 2026</p><a href=\"/\">View the full site</a></footer>\n</body>\n");
    }

    private static void regional(StringBuilder html, Outlet outlet, PageSpec page) {
        html.append("<body>\n<div id=\"wrapper\"><div id=\"top\"><h2 class=\"masthead\">").append(esc(outlet.site()))
                .append("</h2><p class=\"tagline\">News for the valley since 1889</p></div>\n")
                .append("<ul id=\"nav\"><li><a href=\"/news\">News</a></li><li><a href=\"/obituaries\">Obituaries</a></li><li><a href=\"/classifieds\">Classifieds</a></li></ul>\n")
                .append("<div id=\"story\">\n<h1>").append(esc(page.headline())).append("</h1>\n<p class=\"byline\">")
                .append(esc(page.byline())).append("</p>\n<p class=\"dateline\"><time datetime=\"").append(page.published())
                .append("\">").append(page.published(), 0, 10).append("</time></p>\n<div class=\"story-text\">\n");
        for (Part part : page.parts()) {
            html.append(part.heading() ? "<p><strong>" : "<p>").append(esc(part.text()))
                    .append(part.heading() ? "</strong></p>\n" : "</p>\n");
        }
        bodyFooter(html, page, "<p>", "</p>\n");
        html.append("</div>\n<div class=\"subscribe\"><p>Support local journalism. <a href=\"/subscribe\">Subscribe today</a>.</p></div>\n</div>\n");
        if (page.readMore() != null) {
            html.append("<div id=\"related\"><h3>Related</h3><a href=\"/news/z\">").append(esc(page.readMore())).append("</a></div>\n");
        }
        html.append("<div id=\"footer\"><p>").append(esc(outlet.site()))
                .append(" &middot; 12 Main Street &middot; All content copyright 2026.</p></div>\n</div>\n</body>\n");
    }

    private static void bodyFooter(StringBuilder html, PageSpec page, String open, String close) {
        if (page.bodyFooter() != null) {
            html.append(open).append(esc(page.bodyFooter())).append(close);
        }
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c");
    }
}
