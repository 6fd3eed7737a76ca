package dev.newsbite.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How article text becomes search terms: Unicode word breaks, lower case, accents folded (so
 * "Zurich" finds "Zürich"), possessives and English plurals taken off (so "election" finds
 * "elections"). No stop words: BM25 already weighs "the" to almost nothing, and a phrase such as
 * "The Who" must still be found. Values of a multi-valued field (the people an article names) sit
 * far apart, so a phrase never runs from one name into the next.
 */
final class NewsAnalyzer extends Analyzer {
    /** Longer "words" (base64, minified data) are dropped instead of bloating the term dictionary. */
    private static final int MAX_TOKEN_CHARS = 64;
    private static final int GAP_BETWEEN_VALUES = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        source.setMaxTokenLength(MAX_TOKEN_CHARS);
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFoldingFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }
}
