package org.scicoop.secretariat.platform.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"claire.coordinator@consortia.example", "O'Brien+calls@UNI-NAIROBI.ac.ke",
            "x@a.io", "pi1-0f3a@partners.example", "first_last@sub.domain.xn--fiqs8s"})
    void addressesMailServersTakeAreKeptInLowerCase(String address) {
        assertThat(EmailAddress.normalise("  " + address + " ")).isEqualTo(address.toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"<script>alert(1)</script>\"@example.org", "<script>@example.org", "no-at.example.org",
            "two@@example.org", "a@b", "a@localhost", "a@-example.org", "a@example-.org", "a@example..org",
            ".a@example.org", "a.@example.org", "a..b@example.org", "a b@example.org", "a@example.org\u202E",
            "ü@example.org", "a@exämple.org", "a@123.456", "a@example.org.", "(comment)a@example.org",
            "a@[192.168.0.1]"})
    void addressesKeycloakOrMailServersRefuseAreRefusedBeforeTheyAreSaved(String address) {
        assertThatThrownBy(() -> EmailAddress.normalise(address)).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.messageKey()).isEqualTo("rule.email.invalid"));
    }

    @org.junit.jupiter.api.Test
    void tooLongPartsAreRefused() {
        assertThatThrownBy(() -> EmailAddress.normalise("a".repeat(65) + "@example.org"))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> EmailAddress.normalise("a@" + "b".repeat(64) + ".org")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> EmailAddress.normalise("a@" + "bcdefghij.".repeat(25) + "org"))
                .isInstanceOf(RuleViolation.class);
        assertThat(EmailAddress.normalise(" ")).isNull();
    }
}
