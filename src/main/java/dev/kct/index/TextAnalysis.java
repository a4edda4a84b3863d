package dev.kct.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * How free text (title, abstract, applicant names) is indexed and queried: Unicode word segmentation
 * (UAX #29, Lucene's standard tokenizer) and lower case, no stop words; positions kept so that phrase
 * queries work, norms left out since kct filters by text and never ranks by relevance. The same analyzer
 * reads {@code --query}, so what is indexed is what can be found.
 */
final class TextAnalysis {

    /** A tokenized text field with positions and no norms; stored or not. */
    static final FieldType TEXT = textType(false);

    static final FieldType STORED_TEXT = textType(true);

    private TextAnalysis() {}

    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.setOmitNorms(true);
        t.setStored(stored);
        t.freeze();
        return t;
    }
}
