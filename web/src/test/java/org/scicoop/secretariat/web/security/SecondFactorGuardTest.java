package org.scicoop.secretariat.web.security;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.control.Settings;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorGuardTest {

    @Test
    void aOneTimeCodeOrAKeyIsASecondFactorAPasswordAloneIsNot() {
        assertThat(SecondFactorGuard.showsSecondFactor(List.of("pwd", "otp"))).isTrue();
        assertThat(SecondFactorGuard.showsSecondFactor(List.of("pwd", "hwk"))).isTrue();
        assertThat(SecondFactorGuard.showsSecondFactor(List.of("mfa"))).isTrue();

        assertThat(SecondFactorGuard.showsSecondFactor(List.of("pwd"))).isFalse();
        assertThat(SecondFactorGuard.showsSecondFactor(List.of())).isFalse();
        assertThat(SecondFactorGuard.showsSecondFactor(List.of("pwd", "kba", "OTP"))).isFalse();
    }

    @Test
    void twoFactorsAreRequiredUnlessTurnedOff() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("SECRETARIAT_REQUIRE_2FA") == null);
        assertThat(Settings.requireSecondFactor()).isTrue();
    }
}
