package org.scicoop.secretariat.reference.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RorIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"03cve4549", "05gq02987", "00f54p054", "042nb2s44", "052gg0110", "013meh722"})
    void realRorIdsPassTheirChecksum(String id) {
        assertThat(RorId.normalise(id)).isEqualTo(id);
    }

    @Test
    void aPastedRorUrlIsStoredAsItsId() {
        assertThat(RorId.normalise("https://ror.org/05gq02987")).isEqualTo("05gq02987");
        assertThat(RorId.normalise("  HTTPS://ROR.ORG/05GQ02987/ ")).isEqualTo("05gq02987");
        assertThat(RorId.normalise("ror.org/05gq02987")).isEqualTo("05gq02987");
    }

    @Test
    void blankMeansNoRorId() {
        assertThat(RorId.normalise(null)).isNull();
        assertThat(RorId.normalise("  ")).isNull();
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> RorId.normalise("05gq02988"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("rule.organisation.rorChecksum"));
    }

    @Test
    void aSwappedCharacterIsCaughtByTheChecksum() {
        assertThatThrownBy(() -> RorId.normalise("05qg02987"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("rule.organisation.rorChecksum"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15gq02987", "05gq0298", "05gq029870", "05gi02987", "05gl02987", "05go02987",
            "05gu02987", "https://example.org/05gq02987x", "grid.40263.33"})
    void anythingNotShapedLikeARorIdIsRefused(String input) {
        assertThatThrownBy(() -> RorId.normalise(input))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("rule.organisation.rorFormat"));
    }

    @Test
    void theCheckDigitsAreIso7064Mod9710OverTheBase32Number() {
        assertThat(RorId.checksum("05gq029")).isEqualTo(87);
        assertThat(RorId.checksum("00f54p0")).isEqualTo(54);
    }
}
