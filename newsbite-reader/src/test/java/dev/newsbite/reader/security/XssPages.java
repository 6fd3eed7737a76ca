package dev.newsbite.reader.security;

import dev.newsbite.reader.security.XssPayloads.Kind;
import dev.newsbite.reader.security.XssPayloads.Payload;
import java.util.ArrayList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.List;

/**
 * Hostile news pages: a real-looking article, or a listing of teasers, with payloads in every field
 * the extractor reads (title, meta and Open Graph values, JSON-LD, headline, standfirst, byline,
 * date, figures with captions, credits and alt text, body text, sub-headings, quotes, lists,
 * tables, links, images, embeds; teasers' headlines, standfirsts, bylines, links and thumbnails).
 * Each payload sits raw in the markup at least once (so it runs when the page is opened directly)
 * and attribute- or JSON-escaped in the values the extractor copies as text.
 */
final class XssPages {
    /** Ordinary story prose, so the page reads as an article and the payloads sit inside it. */
    private static final String[] PROSE = {
        "The harbour authority confirmed on Thursday that the night ferry trial will continue through the winter,",
        "after passenger numbers on the three overnight routes rose for the sixth month in a row, officials said.",
        "Councillors from every party welcomed the figures, though several warned that the cost per journey",
        "remains far higher than on the daytime service and asked for a full review before the next budget.",
        "Crew members told the committee that most late passengers are hospital staff, cleaners and students,",
        "many of whom had previously walked across the bridge or waited for the first bus of the morning.",
    };

    private XssPages() {
    }

    /** An article page at {@code url} carrying every payload of {@code group}. */
    static String article(String url, String origin, List<Payload> group, int index) {
        List<Payload> html = of(group, Kind.HTML);
        List<Payload> urls = of(group, Kind.URL);
        Payload a = pick(html, 0);
        Payload b = pick(html, 1);
        Payload c = pick(html, 2);
        Payload d = pick(html, 3);
        Payload e = pick(html, 4);
        // Raw in the header and the blocks after it only payloads that end where they are written;
        // the others (jsoup reads "<svg><script/>" as an unclosed script and hides what follows)
        // go into the last paragraphs, so the page around them stays an article.
        List<Payload> closed = new ArrayList<>();
        List<Payload> open = new ArrayList<>();
        for (Payload h : html) {
            (hidesWhatFollows(h.text()) ? open : closed).add(h);
        }
        Payload ra = pick(closed, 0);
        Payload rb = pick(closed, 1);
        Payload rc = pick(closed, 2);
        Payload rd = pick(closed, 3);
        Payload re = pick(closed, 4);
        String image = urls.isEmpty() ? origin + "/img/lead.png" : urls.get(0).text();
        StringBuilder p = new StringBuilder(32_768);
        p.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        p.append("<title>Night ferries stay for winter ").append(index).append(' ').append(ra.text()).append("</title>\n");
        p.append("<meta property=\"og:type\" content=\"article\">\n");
        p.append("<meta property=\"og:title\" content=\"Night ferries stay ").append(attr(b.text())).append("\">\n");
        p.append("<meta property=\"og:site_name\" content=\"Courier ").append(attr(c.text())).append("\">\n");
        p.append("<meta name=\"description\" content=\"").append(attr(d.text())).append("\">\n");
        p.append("<meta name=\"author\" content=\"Ines ").append(attr(e.text())).append("\">\n");
        p.append("<meta property=\"article:published_time\" content=\"").append(attr(a.text())).append("\">\n");
        p.append("<meta property=\"og:image\" content=\"").append(attr(image)).append("\">\n");
        p.append("<link rel=\"canonical\" href=\"").append(url).append("\">\n");
        p.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":").append(json("Night ferries stay " + b.text()))
                .append(",\"description\":").append(json(c.text()))
                .append(",\"datePublished\":").append(json(d.text()))
                .append(",\"author\":[{\"@type\":\"Person\",\"name\":").append(json("Ines " + e.text())).append("}]")
                .append(",\"publisher\":{\"@type\":\"Organization\",\"name\":").append(json(a.text())).append("}")
                .append(",\"image\":[").append(json(image)).append("]}</script>\n");
        p.append("</head>\n<body>\n<main><article class=\"story\">\n<header>\n");
        p.append("<h1 class=\"headline\">Night ferries stay for winter ").append(rb.text()).append("</h1>\n");
        p.append("<p class=\"standfirst\">Passenger numbers rose again ").append(rc.text()).append("</p>\n");
        p.append("<div class=\"byline\">By <a rel=\"author\" href=\"").append(origin).append("/authors/ines\">Ines ")
                .append(rd.text()).append("</a></div>\n");
        p.append("<time class=\"published\" datetime=\"").append(attr(e.text())).append("\">27 November 2026 ")
                .append(re.text()).append("</time>\n</header>\n");
        p.append("<figure class=\"lead-image\"><img src=\"").append(image).append("\" alt=\"").append(attr(a.text()))
                .append("\" title=\"").append(attr(b.text())).append("\">")
                .append("<figcaption><span class=\"caption\">The North Quay terminal at dusk ").append(rc.text())
                .append("</span> <span class=\"credit\">Picture: ").append(rd.text()).append("</span></figcaption></figure>\n");
        p.append("<div class=\"story-body\">\n");
        // Story text first: a payload the parser reads as an unclosed raw-text element (jsoup takes
        // "<svg><script/>" as one) hides everything after it, and the page must still be an article.
        p.append("<p>").append(String.join(" ", PROSE)).append("</p>\n");
        p.append("<p>").append(String.join(" ", PROSE)).append("</p>\n");
        int line = 0;
        for (Payload h : closed) {
            p.append("<p>").append(PROSE[line++ % PROSE.length]).append(' ').append(h.text()).append(' ')
                    .append(PROSE[line++ % PROSE.length]).append("</p>\n");
        }
        for (Payload u : urls) {
            p.append("<p>").append(PROSE[line++ % PROSE.length]).append(" Read <a href=\"").append(u.text())
                    .append("\">the council's report number ").append(u.number()).append("</a> and <a href=\"")
                    .append(origin).append("/news/2026/11/2").append(u.number() % 10).append("/ferry-report-")
                    .append(u.number()).append("\">the related story</a>. ").append(PROSE[line++ % PROSE.length])
                    .append("</p>\n");
            p.append("<figure class=\"inline-image\"><img src=\"").append(u.text()).append("\" srcset=\"")
                    .append(u.text()).append(" 2x\" alt=\"Report ").append(u.number())
                    .append("\"><figcaption>Report ").append(u.number()).append(" as published</figcaption></figure>\n");
            p.append("<iframe src=\"").append(u.text()).append("\" title=\"Video ").append(u.number()).append("\"></iframe>\n");
            p.append("<form action=\"").append(u.text()).append("\"><button formaction=\"").append(u.text())
                    .append("\">Vote</button></form>\n");
        }
        p.append("<h2>What the figures show ").append(rd.text()).append("</h2>\n");
        p.append("<blockquote><p>We are keeping the boats running ").append(re.text()).append("</p><cite>Harbour master ")
                .append(ra.text()).append("</cite></blockquote>\n");
        p.append("<ul><li>North Quay route ").append(rb.text()).append("</li><li>Island route ").append(rc.text())
                .append("</li></ul>\n");
        p.append("<table><caption>Passengers ").append(rd.text()).append("</caption><thead><tr><th>Route</th><th>Night</th>")
                .append("</tr></thead><tbody><tr><td>North Quay ").append(re.text()).append("</td><td>412</td></tr>")
                .append("<tr><td>Island</td><td>").append(ra.text()).append("</td></tr></tbody></table>\n");
        p.append("<p>").append(String.join(" ", PROSE)).append("</p>\n");
        p.append("<p>").append(String.join(" ", PROSE)).append("</p>\n");
        for (Payload h : open) {
            p.append("<p>").append(PROSE[line++ % PROSE.length]).append(' ').append(h.text()).append("</p>\n");
        }
        p.append("</div>\n</article></main>\n</body>\n</html>\n");
        return p.toString();
    }

    /** True when, parsed as jsoup parses pages, the markup swallows what comes after it. */
    static boolean hidesWhatFollows(String markup) {
        Document d = Jsoup.parseBodyFragment("<p>" + markup + "</p><p id=after>after</p>");
        Element after = d.getElementById("after");
        return after == null || !after.text().equals("after");
    }

    /**
     * A section front at {@code url}: a teaser per payload, the payload in its headline,
     * standfirst and byline (and, for a URL payload, as its link and thumbnail), between teasers
     * that link ordinary stories on {@code origin}.
     */
    static String listing(String url, String origin, List<Payload> group, int index) {
        StringBuilder p = new StringBuilder(32_768);
        p.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        p.append("<title>City news ").append(index).append(" | The Courier</title>\n");
        p.append("<meta property=\"og:type\" content=\"website\">\n");
        p.append("<meta property=\"og:site_name\" content=\"The Courier\">\n");
        p.append("<link rel=\"canonical\" href=\"").append(url).append("\">\n");
        p.append("</head>\n<body class=\"section-page\">\n<main>\n<h1 class=\"section-title\">City</h1>\n");
        p.append("<section class=\"teaser-list\">\n");
        int n = 0;
        List<Payload> ordered = new ArrayList<>(group);
        // Payloads that hide what follows them (in jsoup's reading) come last, after the others.
        ordered.sort(java.util.Comparator.comparing(pay -> hidesWhatFollows(pay.text())));
        for (Payload pay : ordered) {
            n++;
            String story = origin + "/news/2026/11/" + (10 + n % 18) + "/city-story-" + index + "-" + n;
            boolean isUrl = pay.kind() == Kind.URL;
            String href = isUrl ? pay.text() : story;
            String thumb = isUrl ? pay.text() : origin + "/img/thumb-" + n + ".png";
            String words = isUrl ? "" : " " + pay.text();
            p.append("<article class=\"teaser\">\n<a class=\"teaser-image\" href=\"").append(href).append("\"><img src=\"")
                    .append(thumb).append("\" alt=\"").append(attr(pay.text())).append("\"></a>\n")
                    .append("<h2 class=\"teaser-title\"><a href=\"").append(href).append("\">Council plans ").append(n)
                    .append(" for the harbour").append(words).append("</a></h2>\n")
                    .append("<p class=\"teaser-standfirst\">Residents will be asked about the plan").append(words)
                    .append("</p>\n<p class=\"teaser-byline\">By Ines").append(words).append("</p>\n</article>\n");
            p.append("<article class=\"teaser\">\n<a class=\"teaser-image\" href=\"").append(story).append("-more\"><img src=\"")
                    .append(origin).append("/img/thumb-more-").append(n).append(".png\" alt=\"\"></a>\n")
                    .append("<h2 class=\"teaser-title\"><a href=\"").append(story).append("-more\">Ferry timetable ").append(n)
                    .append(" changes in spring</a></h2>\n<p class=\"teaser-standfirst\">Night sailings will run every hour")
                    .append(" on three routes.</p>\n<p class=\"teaser-byline\">By Tomas Berg</p>\n</article>\n");
        }
        p.append("</section>\n</main>\n</body>\n</html>\n");
        return p.toString();
    }

    private static List<Payload> of(List<Payload> group, Kind kind) {
        List<Payload> out = new ArrayList<>();
        for (Payload p : group) {
            if (p.kind() == kind) {
                out.add(p);
            }
        }
        return out;
    }

    /** The i-th payload, cycling; a harmless word when there are none. */
    private static Payload pick(List<Payload> list, int i) {
        return list.isEmpty() ? new Payload(0, Kind.HTML, "today") : list.get(i % list.size());
    }

    /** As written inside a double-quoted attribute: the extractor reads back exactly {@code s}. */
    static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;");
    }

    /** As a JSON string inside a script element: "</" is written "<\/" so the element does not end. */
    static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(i > 0 && s.charAt(i - 1) == '<' ? "\\/" : "/");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
