package dev.newsbite.content;


import dev.newsbite.rules.BoilerplateRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article (Readability's scoring, with stronger body hints):
 * every paragraph's worth of text scores its parent fully, its grandparent half and further
 * ancestors less; scores are cut by link density; the best element wins, climbs to a parent that
 * scores nearly as well, and takes along siblings that look like more of the same story.
 */
final class CandidateFinder {
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    /** Extra weight of an element named like an article body (itemprop=articleBody, .story-body). */
    private static final double BODY_HINT_BONUS = 30;

    private CandidateFinder() {
    }

    /** The article's elements in page order: the top candidate and the siblings that join it. */
    static List<Element> find(Element root, DomStats stats) {
        List<Element> scored = new ArrayList<>();
        for (Element unit : stats.units()) {
            DomStats.Stats u = stats.of(unit);
            double content = 1 + u.inlineCommas + Math.min(u.inline / 100, 3);
            boolean leaf = !u.hasBlock || isParagraphTag(unit.normalName());
            Element ancestor = leaf ? unit.parent() : unit;
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                DomStats.Stats a = stats.of(ancestor);
                if (a == null) {
                    break;
                }
                if (!a.scored) {
                    a.scored = true;
                    a.score = initialScore(ancestor);
                    scored.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                a.score += content / divider;
                if (ancestor == root) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        if (scored.isEmpty()) {
            return List.of(root);
        }
        Element[] top = new Element[TOP_CANDIDATES];
        double[] topScore = new double[TOP_CANDIDATES];
        for (Element e : scored) {
            DomStats.Stats s = stats.of(e);
            s.score *= 1 - s.linkDensity();
            for (int i = 0; i < TOP_CANDIDATES; i++) {
                if (top[i] == null || s.score > topScore[i]) {
                    System.arraycopy(top, i, top, i + 1, TOP_CANDIDATES - i - 1);
                    System.arraycopy(topScore, i, topScore, i + 1, TOP_CANDIDATES - i - 1);
                    top[i] = e;
                    topScore[i] = s.score;
                    break;
                }
            }
        }
        Element best = top[0];
        if (best == root || best.nameIs("body")) {
            return List.of(best);
        }
        best = commonAncestorOfAlternatives(best, top, topScore, stats, root);
        best = climb(best, stats, root);
        return withSiblings(best, stats, root);
    }

    /** When several near-top candidates share an ancestor, the story is split: take the ancestor. */
    private static Element commonAncestorOfAlternatives(Element best, Element[] top, double[] topScore,
            DomStats stats, Element root) {
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < TOP_CANDIDATES; i++) {
            if (top[i] != null && topScore[i] / topScore[0] >= 0.75) {
                alternatives.add(top[i]);
            }
        }
        if (alternatives.size() < 3) {
            return best;
        }
        // Count, for every ancestor of an alternative, how many alternatives it holds: one climb
        // each, so deep pages stay linear.
        java.util.Map<Element, Integer> holding = new java.util.IdentityHashMap<>();
        for (Element alt : alternatives) {
            for (Element p = alt.parent(); p != null && p != root; p = p.parent()) {
                holding.merge(p, 1, Integer::sum);
            }
        }
        for (Element parent = best.parent(); parent != null && parent != root && !parent.nameIs("body");
                parent = parent.parent()) {
            if (holding.getOrDefault(parent, 0) >= 3) {
                return parent;
            }
        }
        return best;
    }

    /** Climbs while the parent scores better than the candidate (the story's real container). */
    private static Element climb(Element best, DomStats stats, Element root) {
        double last = stats.of(best).score;
        double threshold = last / 3;
        Element parent = best.parent();
        while (parent != null && parent != root && !parent.nameIs("body")) {
            DomStats.Stats p = stats.of(parent);
            if (p == null || !p.scored) {
                parent = parent.parent();
                continue;
            }
            if (p.score < threshold) {
                break;
            }
            if (p.score > last) {
                best = parent;
                break;
            }
            last = p.score;
            parent = parent.parent();
        }
        // A lone child adds nothing: its parent is the same container with room for siblings.
        while (best.parent() != null && best.parent() != root && !best.parent().nameIs("body")
                && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return best;
    }

    /** Text a same-class sibling of the best container needs to join it below the threshold. */
    private static final int SAME_CLASS_MIN_CHARS = 80;

    private static List<Element> withSiblings(Element best, DomStats stats, Element root) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double bestScore = stats.of(best).score;
        double threshold = Math.max(10, bestScore * 0.2);
        String bestClass = best.className();
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                out.add(sibling);
                continue;
            }
            DomStats.Stats s = stats.of(sibling);
            if (s == null || stats.isSkipped(sibling)) {
                continue;
            }
            double bonus = !bestClass.isEmpty() && bestClass.equals(sibling.className()) ? bestScore * 0.2 : 0;
            if (s.scored && s.score + bonus >= threshold) {
                out.add(sibling);
            } else if (bonus > 0 && s.paragraphs > 0 && s.text > SAME_CLASS_MIN_CHARS && s.linkDensity() < 0.2) {
                // A body cut into items of one kind (Drupal's paragraph items, a CMS's text slices):
                // a sibling item holding paragraphs is more of the story, though items of a few
                // paragraphs each score under the absolute threshold.
                out.add(sibling);
            } else if (sibling.nameIs("figure") && s.images > 0 && s.linkDensity() < 0.5) {
                // A picture beside the body's container (the lead photo between headline and text)
                // belongs to the story; its caption is not body text, so this adds no words.
                out.add(sibling);
            } else if (sibling.nameIs("p") || !s.hasBlock && !DomStats.BLOCK_TAGS.contains(sibling.normalName())
                    || sibling.nameIs("div") && !s.hasBlock) {
                double ld = s.linkDensity();
                if (s.text > 80 && ld < 0.25) {
                    out.add(sibling);
                } else if (s.text > 0 && s.text <= 80 && ld == 0 && endsLikeSentence(sibling)) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    private static boolean endsLikeSentence(Element e) {
        String t = e.text();
        return t.contains(". ") || t.endsWith(".");
    }

    private static boolean isParagraphTag(String tag) {
        return tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("th");
    }

    static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    /** Readability's class weight, plus a bonus for names that say "article body". */
    static double classWeight(Element e) {
        int cls = BoilerplateRules.bitsOf(e.className());
        int id = BoilerplateRules.bitsOf(e.id());
        double weight = 0;
        for (int bits : new int[] {cls, id}) {
            if ((bits & BoilerplateRules.NEGATIVE) != 0) {
                weight -= 25;
            }
            if ((bits & BoilerplateRules.POSITIVE) != 0) {
                weight += 25;
            }
        }
        if (((cls | id) & BoilerplateRules.BODY) != 0 || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            weight += BODY_HINT_BONUS;
        }
        return weight;
    }

    private static String capLower(String s) {
        if (s.length() > BoilerplateRules.MAX_ATTRIBUTE_CHARS) {
            s = s.substring(0, BoilerplateRules.MAX_ATTRIBUTE_CHARS);
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
