package org.scicoop.secretariat.project.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFeedTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void keepsOnlyTheHashOfA256BitSecret() {
        CalendarFeed.Secret made = CalendarFeed.open("member", "fr", NOW);
        assertThat(made.secret()).matches("[A-Za-z0-9_-]{43}");
        assertThat(made.feed().getSecretSha256()).isEqualTo(CalendarFeed.hash(made.secret()))
                .matches("[0-9a-f]{64}").doesNotContain(made.secret());
        assertThat(made.feed().getUsername()).isEqualTo("member");
        assertThat(made.feed().getLanguage()).isEqualTo("fr");
        assertThat(made.feed().getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void renewingReplacesTheSecret() {
        CalendarFeed.Secret made = CalendarFeed.open("member", "en", NOW);
        String renewed = made.feed().renew("zh", NOW.plusSeconds(60));
        assertThat(renewed).isNotEqualTo(made.secret());
        assertThat(made.feed().getSecretSha256()).isEqualTo(CalendarFeed.hash(renewed))
                .isNotEqualTo(CalendarFeed.hash(made.secret()));
        assertThat(made.feed().getLanguage()).isEqualTo("zh");
        assertThat(made.feed().getCreatedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
