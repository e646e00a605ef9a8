package org.scicoop.secretariat.project.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DoiTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.1000/182|https://doi.org/10.1000/182",
            "  doi:10.1038/nphys1170 |https://doi.org/10.1038/nphys1170",
            "DOI: 10.1038/nphys1170|https://doi.org/10.1038/nphys1170",
            "https://doi.org/10.5555/ABC-def_(1)|https://doi.org/10.5555/ABC-def_(1)",
            "http://dx.doi.org/10.1002/(SICI)1097-4636|https://doi.org/10.1002/(SICI)1097-4636",
            "HTTPS://DOI.ORG/10.1000/182|https://doi.org/10.1000/182",
            "https://doi.org/10.1000%2F182|https://doi.org/10.1000/182",
            "10.1000.10/xyz|https://doi.org/10.1000.10/xyz",
            "10.123456789/x|https://doi.org/10.123456789/x"})
    void normalisedToTheResolverLink(String typed, String kept) {
        assertThat(Doi.normalise(typed)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "10.1000", "10.1000/", "10.123/x", "11.1000/x", "1000/x", "10.1000/a b",
            "https://example.org/10.1000/x", "doi:", "10.abcd/x", "10.1000/x\u0000", "10.1000/x\u200b y",
            "javascript:alert(1)", "https://doi.org/%zz"})
    void refused(String typed) {
        assertThatThrownBy(() -> Doi.normalise(typed)).isInstanceOf(RuleViolation.class)
                .hasMessage("rule.project.doiSyntax");
    }

    @org.junit.jupiter.api.Test
    void nullIsRefused() {
        assertThatThrownBy(() -> Doi.normalise(null)).isInstanceOf(RuleViolation.class);
    }
}
