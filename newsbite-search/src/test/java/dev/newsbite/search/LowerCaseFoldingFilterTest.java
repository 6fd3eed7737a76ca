package dev.newsbite.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class LowerCaseFoldingFilterTest {

    @Test
    void lowerCasesAndFoldsLikeLucenesTwoFilters() throws IOException {
        String text = "Zürich ÉCOLE naïve Straße ﬁnance İstanbul ΣΟΦΙΑ Москва DON’T O'Neill 2026 COVID-19 "
                + "\uD801\uDC00bc \uD83D\uDE00 mixedCASE Æsir œuvre ĳssel Ǆemal ﬀ ẞ";
        assertThat(tokens(LowerCaseFoldingFilter::new, text)).isEqualTo(tokens(lucene(), text))
                .contains("zurich", "ecole", "naive", "strasse", "finance", "don't", "2026");
    }

    @Test
    void agreesWithLuceneOnRandomTextOfManyScripts() throws IOException {
        String alphabet = "aZq09_-'’.éÉßẞİıΣσςЖжЯωø①ÆæĳĲﬁ\u0301\u4e2d\u3042\uD801\uDC00\uD835\uDC00\uD800";
        Random random = new Random(11);
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(6) == 0 ? ' ' : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertThat(tokens(LowerCaseFoldingFilter::new, s)).as(s).isEqualTo(tokens(lucene(), s));
        }
    }

    @Test
    void aLongTokenGrowsItsFoldingBuffer() throws IOException {
        String word = "Æ".repeat(200) + "X"; // each Æ folds to two letters
        assertThat(tokens(LowerCaseFoldingFilter::new, word)).containsExactly("ae".repeat(200) + "x", "0-201");
    }

    private static UnaryOperator<TokenStream> lucene() {
        return in -> new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Each token's text and offsets, from a whitespace tokenizer through {@code filters}. */
    private static List<String> tokens(UnaryOperator<TokenStream> filters, String text) throws IOException {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                WhitespaceTokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
        List<String> out = new ArrayList<>();
        try (analyzer; TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
                out.add(offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        return out;
    }
}
