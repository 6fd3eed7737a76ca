package dev.newsbite.content;

import dev.newsbite.internal.Deadline;
import dev.newsbite.meta.Metadata;
import dev.newsbite.model.Block;
import dev.newsbite.rules.SiteRule;
import dev.newsbite.rules.SiteRules;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article body. May change {@code doc} (it cleans it): callers that need the original
 * must pass a copy. Stateless and thread-safe.
 *
 * <p>The cascade, each step only when the one before under-delivered:
 * <ol>
 *   <li>a site rule's body selector, when the page's host has one (trusted when it finds text);</li>
 *   <li>measure the page with furniture skipped, pick the best-scoring container, walk it into
 *       blocks and filter them;</li>
 *   <li>if that is short, measure again with furniture counted (Readability's relaxing retry) and
 *       keep the longer result;</li>
 *   <li>if the DOM body is still much shorter than a body carried in embedded JSON (JSON-LD
 *       articleBody, Next.js data), use that.</li>
 * </ol>
 */
public final class ContentExtractor {
    /** Below this many characters a body is short enough to try the next step of the cascade. */
    static final int SHORT_BODY_CHARS = 500;
    /** An embedded body replaces the DOM's when the DOM's is shorter than this share of it. */
    static final double EMBEDDED_WINS_BELOW = 0.5;
    /** A relaxed attempt must be this much longer to replace the strict one. */
    static final double RELAXED_MUST_GROW = 1.3;

    public Content extract(Document doc, Metadata meta, Deadline deadline) {
        Element body = doc.body();
        BlockFilter.Heads title = heads(doc, meta);
        Optional<SiteRule> rule = SiteRules.forUrl(doc.location());
        Attempt best = null;
        if (rule.isPresent()) {
            best = bySiteRule(doc, rule.get(), title, deadline);
        }
        // The first measuring walk removes the scripts and hands over the Next.js payload.
        String nextData = best == null ? null : best.nextData;
        if (best == null || best.length == 0) {
            Attempt strict = attempt(body, true, title, deadline);
            nextData = nextData != null ? nextData : strict.nextData;
            best = longer(best, strict, 1.0);
        }
        if (best.length < SHORT_BODY_CHARS && !deadline.expired()) {
            best = longer(best, attempt(body, false, title, deadline), RELAXED_MUST_GROW);
        }
        String base = doc.location();
        if (meta != null && meta.articleBody() != null) {
            best = embeddedIfMuchLonger(best, EmbeddedBodies.fromArticleBody(meta.articleBody(), base, deadline));
        }
        if (nextData != null && best.length < SHORT_BODY_CHARS * 4) {
            best = embeddedIfMuchLonger(best, EmbeddedBodies.fromNextData(nextData, base, deadline));
        }
        return new Content(best.blocks, best.source, best.truncated || deadline.expired());
    }

    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final int MAX_H1_CHARS = 400;

    private static BlockFilter.Heads heads(Document doc, Metadata meta) {
        Element h1 = doc.selectFirst(H1);
        String h1Text = h1 == null ? null : Figures.normalise(h1.wholeText());
        if (h1Text != null && h1Text.length() > MAX_H1_CHARS) {
            h1Text = null;
        }
        return meta == null ? new BlockFilter.Heads(null, h1Text, null)
                : new BlockFilter.Heads(meta.title(), h1Text, meta.standfirst());
    }

    private record Attempt(List<Block> blocks, String source, boolean truncated, int length, String nextData) {
        static Attempt of(BlockFilter.Result r, DomStats stats, boolean truncated) {
            return new Attempt(r.body(), r.source(), truncated, textLength(r.body()), stats.nextData());
        }
    }

    private static Attempt attempt(Element root, boolean skipFurniture, BlockFilter.Heads title, Deadline deadline) {
        DomStats stats = DomStats.measure(root, skipFurniture, deadline);
        List<Element> article = CandidateFinder.find(root, stats);
        BlockWalker walker = BlockWalker.walk(article, stats, deadline);
        return Attempt.of(BlockFilter.filter(walker.emitted(), title), stats, stats.truncated() || walker.truncated());
    }

    private static Attempt bySiteRule(Document doc, SiteRule rule, BlockFilter.Heads title, Deadline deadline) {
        for (String strip : rule.strip()) {
            doc.select(strip).remove();
        }
        if (rule.body() == null) {
            return null;
        }
        // The body selector is a list in order of preference: the first part that matches wins.
        Elements roots = new Elements();
        for (String part : rule.body().split(",")) {
            roots = doc.select(part.strip());
            if (!roots.isEmpty()) {
                break;
            }
        }
        if (roots.isEmpty()) {
            return null;
        }
        Elements outermost = new Elements();
        for (Element r : roots) {
            if (outermost.isEmpty() || !r.parents().containsAll(List.of(outermost.last()))) {
                outermost.add(r);
            }
        }
        roots = outermost;
        DomStats stats = DomStats.measure(doc.body(), true, deadline);
        BlockWalker walker = BlockWalker.walk(roots, stats, deadline);
        return Attempt.of(BlockFilter.filter(walker.emitted(), title), stats, stats.truncated() || walker.truncated());
    }

    private static Attempt longer(Attempt current, Attempt candidate, double factor) {
        if (current == null || candidate.length > current.length * factor) {
            return candidate;
        }
        return current;
    }

    private static Attempt embeddedIfMuchLonger(Attempt dom, List<Block> embedded) {
        int length = textLength(embedded);
        if (length > 0 && dom.length < length * EMBEDDED_WINS_BELOW) {
            return new Attempt(embedded, dom.source, dom.truncated, length, dom.nextData);
        }
        return dom;
    }

    static int textLength(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            String t = b.text();
            n += t == null ? 0 : t.length();
        }
        return n;
    }
}
