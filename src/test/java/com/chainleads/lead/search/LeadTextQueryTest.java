package com.chainleads.lead.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Test;

class LeadTextQueryTest {

    @Test
    void hanCharactersBecomeThePhraseOfTheirPairs() {
        String query = LeadTextQuery.of("华鼎科技").toString();
        assertThat(query)
                .contains("project:\"华鼎 鼎科 科技\"")
                .contains("investor:\"华鼎 鼎科 科技\"")
                .contains("contacts:\"华鼎 鼎科 科技\"")
                .contains("referrer:\"华鼎 鼎科 科技\"");
    }

    @Test
    void aSingleCharacterIsSearchedAlone() {
        assertThat(LeadTextQuery.of("鼎").toString()).contains("project:鼎");
    }

    @Test
    void lettersAndDigitsMatchWordsBeginningWithThemAndCodesByTheirBeginning() {
        String query = LeadTextQuery.of("Tech 91110").toString();
        assertThat(query)
                .contains("#project:tech*")
                .contains("#project:91110*")
                .contains("creditCode:TECH91110*")
                .contains("leadNo:TECH91110*");
        assertThat(LeadTextQuery.of("0012").toString()).contains("leadSequence:12");
    }

    @Test
    void querySyntaxIsTakenAsPlainText() {
        String query = LeadTextQuery.of("\"华鼎\" AND (科技*) \\").toString();
        assertThat(query).contains("#project:\"华鼎\"").contains("#project:and*").contains("#project:\"科技\"");
        assertThat(LeadTextQuery.of("*"))
                .isNotInstanceOf(MatchNoDocsQuery.class); // a code starting with * matches nothing
        assertThat(LeadTextQuery.of("   ")).isInstanceOf(MatchNoDocsQuery.class);
    }

    @Test
    void fullWidthLettersAndDigitsAreFolded() {
        assertThat(LeadTextQuery.of("ＡＢＣ１２").toString()).contains("project:abc12*");
    }

    @Test
    void hanRunsAndWordsAreSeparateParts() {
        assertThat(LeadTextQuery.segments("华鼎2024年产能"))
                .extracting(Object::toString)
                .containsExactly("HanRun[characters=华鼎]", "Word[prefix=2024]", "HanRun[characters=年产能]");
    }
}
