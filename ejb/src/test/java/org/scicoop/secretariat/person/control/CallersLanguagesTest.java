package org.scicoop.secretariat.person.control;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language an e-mail is written in: the recipient's own, else the language of what it is about. */
class CallersLanguagesTest {

    private final Callers.Languages languages = new Callers.Languages(Map.of("li.wei@example.org", "zh"));

    @Test
    void aKnownPersonReadsTheirOwnLanguageWhateverTheAddressesCase() {
        assertThat(languages.of("Li.Wei@Example.org", "fr")).isEqualTo(Locale.forLanguageTag("zh"));
    }

    @Test
    void anyoneElseReadsTheLanguageOfWhatItIsAbout() {
        assertThat(languages.of("someone@example.org", "fr")).isEqualTo(Locale.FRENCH);
        assertThat(languages.of(null, "es")).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void withNeitherItIsEnglish() {
        assertThat(languages.of("someone@example.org", null)).isEqualTo(Locale.ENGLISH);
    }
}
