package dev.newsbite.bite;

import dev.newsbite.bite.SummaryCandidates.Candidate;
import dev.newsbite.model.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An extractive summary: two or three sentences taken word for word from the article's running
 * paragraphs (see {@link SummaryCandidates} for which may stand), in reading order. Deterministic:
 * the same body always gives the same sentences.
 *
 * <p>Each eligible sentence scores on three signals, each scaled to [0, 1] over the article:
 * <ul>
 *   <li><b>position</b>, {@code 1 / sqrt(1 + k)} for the k-th eligible sentence: news is written
 *       with the most important facts first;</li>
 *   <li><b>centrality</b>, the cosine of the sentence's TF-ISF vector with the whole body's
 *       (TF-ISF: term frequency times the log inverse share of sentences holding the term, so
 *       words every sentence has, whatever the language, weigh next to nothing);</li>
 *   <li><b>headline overlap</b>, the same cosine with the headline's terms.</li>
 * </ul>
 * Sentences are then picked greedily by score less a redundancy penalty (maximal marginal
 * relevance): a sentence that mostly repeats one already picked is passed over. Three sentences
 * when they fit in {@value #MAX_SUMMARY_WORDS} words (or {@value #MAX_SUMMARY_CJK_CHARS} Chinese or
 * Japanese characters), else two; fewer when the article has fewer.
 *
 * <p>Stateless and thread-safe.
 */
public final class Summariser {
    static final double POSITION_WEIGHT = 0.5;
    static final double CENTRALITY_WEIGHT = 0.3;
    static final double HEADLINE_WEIGHT = 0.2;
    /** Score taken off per unit of similarity to a sentence already picked. */
    static final double REDUNDANCY_PENALTY = 0.5;
    /** Above this similarity to a picked sentence, a sentence is not picked at all. */
    static final double MAX_SIMILARITY = 0.6;
    static final int MAX_SENTENCES = 3;
    static final int MAX_SUMMARY_WORDS = 60;
    static final int MAX_SUMMARY_CJK_CHARS = 240;

    /**
     * The summary's sentences in reading order; empty when the body has no sentence fit to stand.
     *
     * @param title the headline, or null
     * @param standfirst the standfirst, or null (sentences repeating it are not picked)
     * @param language the article's BCP 47 language tag, or null
     */
    public List<String> summarise(List<Block> body, String title, String standfirst, String language) {
        TermTable table = new TermTable();
        List<Candidate> candidates = SummaryCandidates.of(body, title, standfirst, language, table);
        if (candidates.isEmpty()) {
            return List.of();
        }
        int n = candidates.size();
        // The vectors' ids: the candidates' terms numbered in order of first appearance among them.
        Vocabulary vocabulary = new Vocabulary(table);
        Vector[] vectors = new Vector[n];
        for (int i = 0; i < n; i++) {
            vectors[i] = Vector.counts(candidates.get(i).terms(), vocabulary);
        }
        double[] isf = new double[vocabulary.size()];
        for (Vector v : vectors) {
            for (int id : v.ids) {
                isf[id]++;
            }
        }
        for (int id = 0; id < isf.length; id++) {
            isf[id] = Math.log((n + 1.0) / isf[id]);
        }
        double[] document = new double[isf.length];
        for (Vector v : vectors) {
            v.weigh(isf);
            for (int k = 0; k < v.ids.length; k++) {
                document[v.ids[k]] += v.weights[k];
            }
        }
        double documentNorm = norm(document);
        double[] headline = new double[isf.length];
        double headlineNorm = headline(title, vocabulary, isf, headline, Math.log(n + 1.0));
        double[] centrality = new double[n];
        double[] overlap = new double[n];
        for (int i = 0; i < n; i++) {
            centrality[i] = vectors[i].cosine(document, documentNorm);
            overlap[i] = vectors[i].cosine(headline, headlineNorm);
        }
        scaleToMax(centrality);
        scaleToMax(overlap);
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double position = 1.0 / Math.sqrt(1.0 + i);
            score[i] = POSITION_WEIGHT * position + CENTRALITY_WEIGHT * centrality[i] + HEADLINE_WEIGHT * overlap[i];
        }
        return pick(candidates, vectors, score);
    }

    private static List<String> pick(List<Candidate> candidates, Vector[] vectors, double[] score) {
        int n = candidates.size();
        int[] picked = new int[MAX_SENTENCES];
        int count = 0;
        boolean[] used = new boolean[n];
        // Each sentence's greatest similarity to those picked so far: updated with each new pick
        // rather than worked out again from all of them in every round.
        double[] similarity = new double[n];
        int length = 0;
        while (count < MAX_SENTENCES) {
            int best = -1;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (used[i]) {
                    continue;
                }
                if (similarity[i] > MAX_SIMILARITY) {
                    used[i] = true;
                    continue;
                }
                double value = score[i] - REDUNDANCY_PENALTY * similarity[i];
                if (value > bestValue) { // strict: ties go to the earlier sentence
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            Candidate c = candidates.get(best);
            int limit = c.cjk() ? MAX_SUMMARY_CJK_CHARS : MAX_SUMMARY_WORDS;
            if (count >= 2 && length + c.length() > limit) {
                break; // two sentences are a summary; a third only when it fits
            }
            if (count == 1 && length + c.length() > limit * 3 / 2) {
                continue; // too long beside the first: try a shorter second sentence
            }
            picked[count++] = best;
            length += c.length();
            for (int i = 0; i < n && count < MAX_SENTENCES; i++) {
                if (!used[i]) {
                    similarity[i] = Math.max(similarity[i], vectors[i].cosine(vectors[best]));
                }
            }
        }
        int[] order = Arrays.copyOf(picked, count);
        Arrays.sort(order);
        List<String> out = new ArrayList<>(count);
        for (int i : order) {
            out.add(candidates.get(i).text());
        }
        return out;
    }

    /** Fills {@code into} with the headline's TF-ISF weights; returns its norm (unseen terms count there). */
    private static double headline(String title, Vocabulary vocabulary, double[] isf, double[] into,
            double unseen) {
        double sumSquares = 0;
        Map<String, Integer> counts = Terms.counts(title);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int id = vocabulary.get(e.getKey());
            double w = e.getValue() * (id < 0 ? unseen : isf[id]);
            if (id >= 0) {
                into[id] = w;
            }
            sumSquares += w * w;
        }
        return Math.sqrt(sumSquares);
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double w : v) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    private static void scaleToMax(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= max;
            }
        }
    }

    /** The candidates' terms renumbered densely, in order of first appearance among the candidates. */
    static final class Vocabulary {
        private final TermTable table;
        private final int[] ids;
        private int size;

        Vocabulary(TermTable table) {
            this.table = table;
            this.ids = new int[table.size()];
            java.util.Arrays.fill(ids, -1);
        }

        int idOf(int term) {
            if (ids[term] < 0) {
                ids[term] = size++;
            }
            return ids[term];
        }

        /** The id of a term, or -1 when no candidate holds it. */
        int get(String term) {
            int t = table.get(term);
            return t < 0 || t >= ids.length ? -1 : ids[t];
        }

        int size() {
            return size;
        }
    }

    /** A sentence's terms as sorted ids with their weights, and its norm. */
    static final class Vector {
        final int[] ids;
        final double[] weights;
        private double norm;

        private Vector(int[] ids, double[] counts) {
            this.ids = ids;
            this.weights = counts;
        }

        /** The term counts of {@code terms}, giving new terms the next ids of {@code vocabulary}. */
        static Vector counts(int[] terms, Vocabulary vocabulary) {
            int[] raw = new int[terms.length];
            for (int k = 0; k < raw.length; k++) {
                raw[k] = vocabulary.idOf(terms[k]);
            }
            Arrays.sort(raw);
            int distinct = 0;
            for (int k = 0; k < raw.length; k++) {
                if (k == 0 || raw[k] != raw[k - 1]) {
                    distinct++;
                }
            }
            int[] ids = new int[distinct];
            double[] counts = new double[distinct];
            int at = -1;
            for (int k = 0; k < raw.length; k++) {
                if (k == 0 || raw[k] != raw[k - 1]) {
                    ids[++at] = raw[k];
                }
                counts[at]++;
            }
            return new Vector(ids, counts);
        }

        /** Counts become TF-ISF weights. */
        void weigh(double[] isf) {
            double sum = 0;
            for (int k = 0; k < ids.length; k++) {
                weights[k] *= isf[ids[k]];
                sum += weights[k] * weights[k];
            }
            norm = Math.sqrt(sum);
        }

        /** Cosine with a dense vector of norm {@code otherNorm}. */
        double cosine(double[] other, double otherNorm) {
            if (norm == 0 || otherNorm == 0) {
                return 0;
            }
            double dot = 0;
            for (int k = 0; k < ids.length; k++) {
                dot += weights[k] * other[ids[k]];
            }
            return dot / (norm * otherNorm);
        }

        /** Cosine with another sentence. */
        double cosine(Vector other) {
            if (norm == 0 || other.norm == 0) {
                return 0;
            }
            double dot = 0;
            int a = 0;
            int b = 0;
            while (a < ids.length && b < other.ids.length) {
                if (ids[a] == other.ids[b]) {
                    dot += weights[a++] * other.weights[b++];
                } else if (ids[a] < other.ids[b]) {
                    a++;
                } else {
                    b++;
                }
            }
            return dot / (norm * other.norm);
        }
    }
}
