package org.supplywatch.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameMatcherTests {

    @Test
    void legalFormsAndPunctuationDoNotCount() {
        assertThat(NameMatcher.match("Dahua Technology Co., Ltd.", "dahua technology").matchType()).isEqualTo("exact name");
    }

    @Test
    void wordOrderDoesNotMatterMuch() {
        NameMatcher.Match match = NameMatcher.match("Technology Dahua", "Dahua Technology");
        assertThat(match.matchType()).isEqualTo("same words, other order");
        assertThat(match.score()).isGreaterThan(0.9);
    }

    @Test
    void aShortNameInsideALongOneIsNotAMatch() {
        assertThat(NameMatcher.match("Hikvision", "Baby monitor compatible with Amazon Alexa (Hikvision subsidiary)").score())
                .isLessThan(0.8);
    }

    @Test
    void aTypoStillScoresAsSimilarSpelling() {
        NameMatcher.Match match = NameMatcher.match("Hikvison", "Hikvision");
        assertThat(match.matchType()).isEqualTo("similar spelling");
        assertThat(match.score()).isGreaterThan(0.8);
    }

    @Test
    void unrelatedNamesScoreLow() {
        assertThat(NameMatcher.match("Acme Widgets", "Zhejiang Dahua Technology").score()).isLessThan(0.7);
    }

    @Test
    void accentsAreFolded() {
        assertThat(NameMatcher.words("Société Générale")).containsExactly("societe", "generale");
    }
}
