package com.chainleads.lead.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Chinese without word spaces: the standard tokenizer cuts Han text into single characters, which are joined into
 * overlapping pairs (bigrams). Indexing keeps the single characters too, so a one-character search finds them; a
 * search of "华鼎科技" is the phrase of its pairs 华鼎 鼎科 科技, so it finds exactly the names containing it.
 * Full-width letters and digits are folded to half width, Latin text to lower case. Configured by
 * {@code hibernate.search.backend.analysis.configurer}.
 */
public class LeadAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(LeadIndexFields.TEXT_ANALYZER)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class)
                .param("outputUnigrams", "true");
        context.analyzer(LeadIndexFields.TEXT_SEARCH_ANALYZER)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class)
                .param("outputUnigrams", "false");
    }
}
