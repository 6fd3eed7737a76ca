package dev.newsbite.render;

import dev.newsbite.model.Article;
import dev.newsbite.model.Block;
import dev.newsbite.model.Embed;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Heading;
import dev.newsbite.model.ListBlock;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import dev.newsbite.model.Table;
import dev.newsbite.model.Teaser;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * A standalone, script-free HTML5 reader page, or just the article fragment for embedding in
 * another page ({@link #renderFragment}). The page forbids scripts with a Content-Security-Policy,
 * sends no referrer, and carries a small inline stylesheet (light and dark, fits a phone).
 *
 * <p>Safety by construction: the fragment is built with jsoup's DOM API, so all page text is
 * escaped; only http(s) addresses become links and only those or inline raster images become
 * image sources. As a second line of defence the fragment then goes through a jsoup
 * {@link Cleaner} with an explicit allowlist of the tags and attributes written here.
 *
 * <p>Links inside paragraphs and teaser links pass through a pluggable rewriter (for a reader that
 * keeps readers on its own pages); what it returns must be an http(s) address or a path on the
 * reader's own site, or the link is dropped. Immutable and thread-safe when the rewriter is.
 */
public final class HtmlRenderer implements Renderer {
    /** Scripts, frames, objects, forms and fonts are refused; images from anywhere, inline styles only. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";
    static final String LINK_REL = "nofollow noopener noreferrer";
    /** Only resolves relative links a rewriter produced, so the cleaner can check their scheme. */
    private static final String CHECKING_BASE = "https://newsbite.invalid/";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,6}");
    private static final Cleaner CLEANER = new Cleaner(safelist());

    private final Function<String, String> hrefRewriter;
    /** False when the embedding page links the original itself (with its own wording and address). */
    private final boolean linkOriginal;

    /** Links point where the page points. */
    public HtmlRenderer() {
        this(Function.identity());
    }

    /**
     * @param hrefRewriter maps each paragraph and teaser link (an absolute http(s) URL) to the href
     *     to write; a result that is not an http(s) URL or a local path drops the link, keeping its text
     */
    public HtmlRenderer(Function<String, String> hrefRewriter) {
        this(hrefRewriter, true);
    }

    private HtmlRenderer(Function<String, String> hrefRewriter, boolean linkOriginal) {
        this.hrefRewriter = Objects.requireNonNull(hrefRewriter, "hrefRewriter");
        this.linkOriginal = linkOriginal;
    }

    /**
     * This renderer without the "Original URL" link in the article's footer (the source line
     * stays), for a page that links the original itself, e.g. to the address it actually fetched.
     */
    public HtmlRenderer withoutOriginalLink() {
        return new HtmlRenderer(hrefRewriter, false);
    }

    /** The whole reader page, starting with {@code <!DOCTYPE html>}. */
    @Override
    public String render(Article article) {
        Document page = Document.createShell("");
        page.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(true);
        page.prependChild(new DocumentType("html", "", ""));
        Element html = page.child(0);
        String lang = language(article);
        if (lang != null) {
            html.attr("lang", lang);
        }
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CONTENT_SECURITY_POLICY);
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        String title = ArticleParts.oneLine(article.title());
        String site = ArticleParts.siteLine(article);
        head.appendElement("title").text(title != null ? title : site != null ? site : "NewsBite");
        head.appendElement("style").appendChild(new DataNode(HtmlStyle.CSS));
        page.body().appendChild(fragmentElement(article));
        return page.outerHtml() + "\n";
    }

    /** Just the {@code <article class="newsbite">} element, cleaned, for embedding in another page. */
    public String renderFragment(Article article) {
        Element fragment = fragmentElement(article);
        Document holder = Document.createShell("");
        holder.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(true);
        holder.body().appendChild(fragment);
        return fragment.outerHtml();
    }

    /** Builds the fragment from the article, then copies it through the allowlist. */
    private Element fragmentElement(Article article) {
        Document dirty = Document.createShell(CHECKING_BASE);
        Element root = dirty.body().appendElement("article").addClass("newsbite");
        String lang = language(article);
        if (lang != null) {
            root.attr("lang", lang);
        }
        header(root, article);
        if (article.body().stream().noneMatch(Figure.class::isInstance)) {
            String lead = SafeUrls.imageOrNull(article.leadImage());
            if (lead != null) {
                image(root.appendElement("figure"), lead, null);
            }
        }
        for (Block block : article.body()) {
            block(root, block);
        }
        if (!article.teasers().isEmpty()) {
            Element section = root.appendElement("section").addClass("teasers");
            for (Teaser teaser : article.teasers()) {
                teaser(section, teaser);
            }
        }
        footer(root, article);
        Document clean = CLEANER.clean(dirty);
        return clean.body().child(0);
    }

    private static void header(Element root, Article article) {
        Element header = root.appendElement("header");
        String site = ArticleParts.siteLine(article);
        if (site != null) {
            header.appendElement("p").addClass("site").text(site);
        }
        String title = ArticleParts.oneLine(article.title());
        if (title != null) {
            header.appendElement("h1").text(title);
        }
        String standfirst = ArticleParts.clean(article.standfirst());
        if (standfirst != null) {
            textWithBreaks(header.appendElement("p").addClass("standfirst"), standfirst);
        }
        String by = ArticleParts.byAuthors(article.authors());
        String date = ArticleParts.humanDate(article.published());
        if (by != null || date != null) {
            Element line = header.appendElement("p").addClass("byline");
            if (by != null) {
                line.appendElement("span").addClass("author").text(by);
            }
            if (by != null && date != null) {
                line.appendText(ArticleParts.SEPARATOR);
            }
            if (date != null) {
                Element time = line.appendElement("time").text(date);
                if (ArticleParts.dateOf(article.published()) != null) {
                    time.attr("datetime", article.published().strip());
                }
            }
        }
        if (header.childrenSize() == 0) {
            header.remove();
        }
    }

    private void footer(Element root, Article article) {
        Element footer = root.appendElement("footer");
        String source = ArticleParts.oneLine(article.source());
        if (source != null) {
            footer.appendElement("p").addClass("source").text(source);
        }
        String url = linkOriginal ? ArticleParts.originalUrl(article) : null;
        if (url != null) {
            footer.appendElement("p").addClass("original")
                    .appendElement("a").attr("href", url).attr("rel", LINK_REL).text("Original URL");
        }
        if (footer.childrenSize() == 0) {
            footer.remove();
        }
    }

    private void block(Element root, Block block) {
        if (block instanceof Paragraph p) {
            paragraph(root, p);
        } else if (block instanceof Heading h) {
            String text = ArticleParts.oneLine(h.text());
            if (text != null) {
                root.appendElement("h" + h.level()).text(text);
            }
        } else if (block instanceof ListBlock list) {
            Element el = root.appendElement(list.ordered() ? "ol" : "ul");
            for (String item : ArticleParts.listItems(list)) {
                textWithBreaks(el.appendElement("li"), item);
            }
            if (el.childrenSize() == 0) {
                el.remove();
            }
        } else if (block instanceof Quote q) {
            quote(root, q);
        } else if (block instanceof Table t) {
            table(root, t);
        } else if (block instanceof Figure f) {
            figure(root, f);
        } else if (block instanceof Embed e) {
            embed(root, e);
        }
    }

    private void paragraph(Element root, Paragraph p) {
        List<ArticleParts.Piece> pieces = ArticleParts.pieces(p);
        if (pieces.isEmpty()) {
            return;
        }
        Element el = root.appendElement("p");
        for (ArticleParts.Piece piece : pieces) {
            String href = piece.href() == null ? null : rewrite(piece.href());
            if (href == null) {
                textWithBreaks(el, piece.text());
            } else {
                textWithBreaks(el.appendElement("a").attr("href", href).attr("rel", LINK_REL), piece.text());
            }
        }
    }

    private static void quote(Element root, Quote q) {
        String text = ArticleParts.clean(q.text());
        if (text == null) {
            return;
        }
        Element quote = root.appendElement("blockquote");
        textWithBreaks(quote.appendElement("p"), text);
        String cite = ArticleParts.oneLine(q.cite());
        if (cite != null) {
            quote.appendElement("p").addClass("cite").text("— " + cite);
        }
    }

    private static void table(Element root, Table t) {
        if (t.rows().isEmpty()) {
            return;
        }
        Element table = root.appendElement("table");
        String caption = ArticleParts.oneLine(t.caption());
        if (caption != null) {
            table.appendElement("caption").text(caption);
        }
        Element head = t.headerRows() > 0 ? table.appendElement("thead") : null;
        Element body = t.headerRows() < t.rows().size() ? table.appendElement("tbody") : null;
        for (int r = 0; r < t.rows().size(); r++) {
            boolean header = r < t.headerRows();
            Element tr = (header ? head : body).appendElement("tr");
            for (String cell : t.rows().get(r)) {
                String text = ArticleParts.clean(cell);
                textWithBreaks(tr.appendElement(header ? "th" : "td"), text == null ? "" : text);
            }
        }
    }

    private static void figure(Element root, Figure f) {
        String src = ArticleParts.firstImage(f);
        String caption = ArticleParts.oneLine(f.caption());
        String credit = ArticleParts.creditBeyond(caption, f.credit());
        if (src == null && caption == null) {
            return;
        }
        Element figure = root.appendElement("figure");
        if (src != null) {
            image(figure, src, ArticleParts.oneLine(f.alt()));
        }
        if (caption != null || credit != null) {
            Element figcaption = figure.appendElement("figcaption");
            if (caption != null) {
                figcaption.appendText(caption);
            }
            if (credit != null) {
                if (caption != null) {
                    figcaption.appendText(" ");
                }
                figcaption.appendElement("span").addClass("credit").text(credit);
            }
        }
    }

    private static void image(Element parent, String src, String alt) {
        parent.appendElement("img").attr("src", src).attr("alt", alt == null ? "" : alt)
                .attr("loading", "lazy").attr("decoding", "async").attr("referrerpolicy", "no-referrer");
    }

    private static void embed(Element root, Embed e) {
        String url = SafeUrls.webOrNull(e.url());
        if (url == null) {
            return;
        }
        String kind = ArticleParts.oneLine(e.kind());
        String title = ArticleParts.oneLine(e.title());
        Element p = root.appendElement("p").addClass("embed");
        p.appendElement("span").addClass("kind").text(kind == null ? "Embed" : capitalised(kind));
        p.appendText(" ");
        p.appendElement("a").attr("href", url).attr("rel", LINK_REL).text(title != null ? title : url);
    }

    /** "video" as "Video": a label, not a sentence. */
    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private void teaser(Element section, Teaser t) {
        String headline = ArticleParts.oneLine(t.headline());
        String url = SafeUrls.webOrNull(t.url());
        if (headline == null || url == null) {
            return;
        }
        Element el = section.appendElement("article").addClass("teaser");
        Element h2 = el.appendElement("h2");
        String href = rewrite(url);
        if (href != null) {
            h2.appendElement("a").attr("href", href).attr("rel", LINK_REL).text(headline);
        } else {
            h2.text(headline);
        }
        String image = SafeUrls.imageOrNull(t.image());
        if (image != null) {
            image(el, image, null);
        }
        String standfirst = ArticleParts.oneLine(t.standfirst());
        if (standfirst != null) {
            el.appendElement("p").text(standfirst);
        }
        String byline = ArticleParts.oneLine(t.byline());
        if (byline != null) {
            el.appendElement("p").addClass("teaser-byline").text(byline);
        }
    }

    private String rewrite(String href) {
        return SafeUrls.rewrittenOrNull(hrefRewriter.apply(href));
    }

    /** Text with its line breaks as {@code <br>}. */
    private static void textWithBreaks(Element el, String text) {
        int at = 0;
        int nl;
        while ((nl = text.indexOf('\n', at)) >= 0) {
            el.appendText(text.substring(at, nl));
            el.appendElement("br");
            at = nl + 1;
        }
        el.appendText(text.substring(at));
    }

    private static String language(Article article) {
        String lang = article.language();
        return lang != null && LANGUAGE_TAG.matcher(lang.strip()).matches() ? lang.strip() : null;
    }

    /** Exactly the tags and attributes this renderer writes; nothing else survives the cleaner. */
    private static Safelist safelist() {
        return new Safelist()
                .addTags("article", "header", "footer", "section", "p", "h1", "h2", "h3", "h4", "h5", "h6",
                        "ul", "ol", "li", "blockquote", "table", "caption", "thead", "tbody", "tr", "th", "td",
                        "figure", "figcaption", "img", "a", "span", "time", "br")
                .addAttributes(":all", "class")
                .addAttributes("article", "lang")
                .addAttributes("a", "href", "rel")
                .addAttributes("img", "src", "alt", "loading", "decoding", "referrerpolicy")
                .addAttributes("time", "datetime")
                .addProtocols("a", "href", "http", "https")
                .addProtocols("img", "src", "http", "https", "data")
                .addEnforcedAttribute("a", "rel", LINK_REL)
                .addEnforcedAttribute("img", "referrerpolicy", "no-referrer")
                .preserveRelativeLinks(true);
    }
}
