package dev.newsbite.content;

import dev.newsbite.internal.Deadline;
import dev.newsbite.model.Block;
import dev.newsbite.model.Embed;
import dev.newsbite.model.Figure;
import dev.newsbite.model.Heading;
import dev.newsbite.model.ListBlock;
import dev.newsbite.model.Paragraph;
import dev.newsbite.model.Quote;
import dev.newsbite.rules.BoilerplateRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Walks the chosen article elements in reading order and turns them into typed blocks. Inline
 * runs between blocks become paragraphs; link-heavy containers inside the article are dropped
 * (Readability's conditional cleaning, from the measured figures). Uses an explicit stack.
 */
final class BlockWalker {
    /** A block and the element it came from (later filters look at its class names). */
    record Emitted(Block block, Element origin) {
    }

    private static final int DEADLINE_CHECK_EVERY = 256;
    private static final Evaluator IFRAME = QueryParser.parse("iframe");
    private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator WITH_CLASS = QueryParser.parse("[class]");

    private final DomStats stats;
    private final Deadline deadline;
    private final List<Emitted> out = new ArrayList<>();
    private boolean truncated;
    private int steps;
    /** Links resolve against the page's base, parsed once a walk rather than once a link. */
    private LinkResolver links;

    private BlockWalker(DomStats stats, Deadline deadline) {
        this.stats = stats;
        this.deadline = deadline;
    }

    static BlockWalker walk(List<Element> roots, DomStats stats, Deadline deadline) {
        BlockWalker w = new BlockWalker(stats, deadline);
        for (Element root : roots) {
            if (w.truncated) {
                break;
            }
            if (isBlockish(root, stats)) {
                if (!w.isCaption(root) && !w.block(root)) {
                    w.container(root);
                }
            } else {
                InlineText t = new InlineText();
                w.inline(root, t, true);
                w.emitRuns(t, root);
            }
        }
        return w;
    }

    List<Emitted> emitted() {
        return out;
    }

    boolean truncated() {
        return truncated;
    }

    private static final class Frame {
        final Element element;
        final InlineText pending = new InlineText();
        int next;

        Frame(Element element) {
            this.element = element;
        }
    }

    private void container(Element root) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root));
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next >= f.element.childNodeSize()) {
                emitRuns(f.pending, f.element);
                stack.pop();
                continue;
            }
            if (++steps % DEADLINE_CHECK_EVERY == 0 && deadline.expired()) {
                truncated = true;
                emitRuns(f.pending, f.element);
                return;
            }
            Node child = f.element.childNode(f.next++);
            if (child instanceof TextNode t) {
                f.pending.text(t.getWholeText());
                continue;
            }
            if (!(child instanceof Element e) || stats.isSkipped(e) || stats.isFurniture(e)) {
                continue;
            }
            if (e.nameIs("br")) {
                f.pending.lineBreak();
                continue;
            }
            boolean caption = isCaption(e);
            if (!caption && !isBlockish(e, stats)) {
                inline(e, f.pending, true);
                continue;
            }
            emitRuns(f.pending, f.element);
            if (caption) {
                attachCaption(e);
            } else if (!block(e)) {
                if (keepContainer(e)) {
                    stack.push(new Frame(e));
                }
            }
        }
    }

    /** Handles a leaf-like block element; false when it is a container to walk into. */
    private boolean block(Element e) {
        String tag = e.normalName();
        DomStats.Stats s = stats.of(e);
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = flatText(e);
                if (!text.isEmpty()) {
                    out.add(new Emitted(new Heading(tag.charAt(1) - '0', text), e));
                }
                return true;
            }
            case "ul", "ol" -> {
                if (s.linkDensity() > 0.5) {
                    return true;
                }
                List<String> items = new ArrayList<>();
                for (Element li : e.children()) {
                    if (!stats.isSkipped(li)) {
                        String text = flatText(li);
                        if (!text.isEmpty()) {
                            items.add(text);
                        }
                    }
                }
                if (!items.isEmpty()) {
                    out.add(new Emitted(new ListBlock(tag.equals("ol"), items), e));
                }
                return true;
            }
            case "blockquote" -> {
                Embed embed = Embeds.fromBlockquote(e);
                if (embed != null) {
                    // The post's words are quoted in the story: keep them readable, then the link.
                    Quote post = Embeds.postQuote(e, this::flatText);
                    if (post != null) {
                        out.add(new Emitted(post, e));
                    }
                    out.add(new Emitted(embed, e));
                } else {
                    String text = flatText(e);
                    if (!text.isEmpty()) {
                        out.add(new Emitted(new Quote(text), e));
                    }
                }
                return true;
            }
            case "iframe" -> {
                Embed embed = Embeds.fromFrame(e);
                if (embed != null) {
                    out.add(new Emitted(embed, e));
                }
                return true;
            }
            case "figure" -> {
                figure(e);
                return true;
            }
            case "img", "picture", "video", "noscript" -> {
                image(e);
                return true;
            }
            case "table" -> {
                if (Tables.isDataTable(e, s)) {
                    out.add(new Emitted(Tables.read(e, this::flatText), e));
                    return true;
                }
                return false;
            }
            case "pre" -> {
                String text = e.wholeText().strip();
                if (!text.isEmpty()) {
                    out.add(new Emitted(new Paragraph(text), e));
                }
                return true;
            }
            case "hr" -> {
                return true;
            }
            default -> {
                if (!s.hasBlock && s.text == 0 && s.images > 0) {
                    // A wordless box of pictures (a gallery strip, a slideshow): the pictures.
                    image(e);
                    return true;
                }
                if (!s.hasBlock) {
                    InlineText t = new InlineText();
                    inline(e, t, false);
                    emitRuns(t, e);
                    return true;
                }
                return false;
            }
        }
    }

    /** Readability-style conditional cleaning of a container inside the article. */
    private boolean keepContainer(Element e) {
        DomStats.Stats s = stats.of(e);
        if (s.text == 0) {
            // A wordless box around a player ("video-embed") still holds the player.
            Element frame = e.selectFirst(IFRAME);
            if (frame != null && !stats.isSkipped(frame)) {
                block(frame);
            } else if (s.images > 0) {
                image(e);
            }
            return false;
        }
        if (s.commas >= 10) {
            return true;
        }
        double weight = CandidateFinder.classWeight(e);
        double ld = s.linkDensity();
        if (weight < 25 && ld > 0.33 || ld > 0.5) {
            return false;
        }
        return true;
    }

    private void figure(Element e) {
        Element iframe = e.selectFirst(IFRAME);
        if (iframe != null && !stats.isSkipped(iframe)) {
            Embed embed = Embeds.fromFrame(iframe);
            if (embed != null) {
                out.add(new Emitted(embed, e));
                return;
            }
        }
        Element quote = e.selectFirst(BLOCKQUOTE);
        if (quote != null && Embeds.fromBlockquote(quote) != null) {
            block(quote);
            return;
        }
        List<String> images = Figures.imageUrls(e);
        if (images.isEmpty()) {
            Embed bare = Embeds.fromBareUrl(e);
            if (bare != null) {
                out.add(new Emitted(bare, e));
                return;
            }
        }
        Element img = e.selectFirst(IMG);
        String alt = img == null ? null : Figures.normalise(img.attr("alt"));
        Element caption = e.selectFirst(FIGCAPTION);
        if (caption == null) {
            for (Element d : e.select(WITH_CLASS)) {
                if ((BoilerplateRules.classBits(d) & BoilerplateRules.CAPTION) != 0) {
                    caption = d;
                    break;
                }
            }
        }
        if (images.isEmpty() && caption == null) {
            return;
        }
        out.add(new Emitted(Figures.figure(images, alt == null || alt.isEmpty() ? null : alt, caption), e));
    }

    private void image(Element e) {
        List<String> images = Figures.imageUrls(e);
        if (images.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).block() instanceof Figure last) {
            if (last.images().containsAll(images)) {
                return;
            }
            if (last.images().isEmpty() || e.nameIs("noscript")) {
                // The noscript copy of the lazy image just read: the same picture, a real address.
                out.set(out.size() - 1, new Emitted(new Figure(images, last.alt(), last.caption(), last.credit()), e));
                return;
            }
        }
        Element img = e.nameIs("img") ? e : e.selectFirst(IMG);
        String alt = img == null ? "" : Figures.normalise(img.attr("alt"));
        out.add(new Emitted(new Figure(images, alt.isEmpty() ? null : alt, null, null), e));
    }

    private boolean isCaption(Element e) {
        if (e.nameIs("figcaption")) {
            return true;
        }
        if ((BoilerplateRules.classBits(e) & BoilerplateRules.CAPTION) == 0) {
            return false;
        }
        // A box named for its caption that holds the picture too ("captioned-image-container") is
        // the figure, not a caption of the one before it.
        DomStats.Stats s = stats.of(e);
        return s == null || s.images == 0;
    }

    /** A caption outside a figure: it belongs to the picture just before it, never to the text. */
    private void attachCaption(Element e) {
        if (!out.isEmpty() && out.get(out.size() - 1).block() instanceof Figure last && last.caption() == null) {
            String[] cc = Figures.captionAndCredit(e);
            out.set(out.size() - 1, new Emitted(new Figure(last.images(), last.alt(), cc[0],
                    last.credit() != null ? last.credit() : cc[1]), out.get(out.size() - 1).origin()));
        }
    }

    private void emitRuns(InlineText t, Element origin) {
        if (t.isEmpty()) {
            return;
        }
        for (InlineText.Run run : t.drain()) {
            out.add(new Emitted(new Paragraph(run.text(), run.links()), origin));
        }
    }

    private LinkResolver links(Element link) {
        String base = link.baseUri();
        if (links == null || !links.base().equals(base)) {
            links = LinkResolver.against(base);
        }
        return links;
    }

    /** Feeds an inline subtree into {@code t}: text, line breaks and links. */
    private void inline(Element e, InlineText t, boolean includeSelf) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    t.text(tn.getWholeText());
                } else if (node instanceof Element el) {
                    if (el != e && (stats.isSkipped(el) || stats.isFurniture(el)
                            || el.attributesSize() > 0 && isCaption(el))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el == e && !includeSelf) {
                        return FilterResult.CONTINUE;
                    }
                    if (el.nameIs("br")) {
                        t.lineBreak();
                    } else if (el.nameIs("a")) {
                        t.startLink(DomStats.isLink(el) ? links(el).href(el) : null);
                    } else if (el != e && DomStats.BLOCK_TAGS.contains(el.normalName())) {
                        t.paragraphBreak();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && (el != e || includeSelf)) {
                    if (el.nameIs("a")) {
                        t.endLink();
                    } else if (el != e && DomStats.BLOCK_TAGS.contains(el.normalName())) {
                        t.paragraphBreak();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
    }

    /** The text of a subtree as one string: blocks inside it become line breaks. */
    String flatText(Element e) {
        InlineText t = new InlineText();
        inline(e, t, false);
        List<InlineText.Run> runs = t.drain();
        if (runs.size() == 1) {
            return runs.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (InlineText.Run r : runs) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(r.text());
        }
        return sb.toString();
    }

    private static boolean isBlockish(Element e, DomStats stats) {
        DomStats.Stats s = stats.of(e);
        return DomStats.BLOCK_TAGS.contains(e.normalName()) || s != null && s.hasBlock;
    }
}
