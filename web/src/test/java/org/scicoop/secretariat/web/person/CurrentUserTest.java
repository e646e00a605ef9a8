package org.scicoop.secretariat.web.person;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentUserTest {

    @Test
    void theProfilesTimeZoneComesFirst() {
        assertThat(CurrentUser.zoneOf("Africa/Nairobi", "Europe/Paris")).isEqualTo(ZoneId.of("Africa/Nairobi"));
    }

    @Test
    void withoutOneInTheProfileTheBrowsersIsUsed() {
        assertThat(CurrentUser.zoneOf(null, "America/Sao_Paulo")).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(CurrentUser.zoneOf(" ", "America/Sao_Paulo")).isEqualTo(ZoneId.of("America/Sao_Paulo"));
    }

    @Test
    void unknownZonesFallBackToUtc() {
        assertThat(CurrentUser.zoneOf("Mars/Olympus", "not a zone")).isEqualTo(ZoneOffset.UTC);
        assertThat(CurrentUser.zoneOf(null, null)).isEqualTo(ZoneOffset.UTC);
    }
}
