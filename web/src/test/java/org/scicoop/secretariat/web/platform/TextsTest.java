package org.scicoop.secretariat.web.platform;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.web.i18n.Language;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void ruleViolationsReadInTheReadersLanguageWithTheirValues() {
        RuleViolation refused = new RuleViolation("rule.call.openOnlyDraft", CallStatus.CLOSED);

        assertThat(Texts.of(Locale.ENGLISH, refused)).isEqualTo("Only a draft can be opened; this call is Closed.");
        assertThat(Texts.of(Locale.FRENCH, refused)).isEqualTo("Seul un brouillon peut être ouvert ; cet appel est à l'état Clos.");
        assertThat(Texts.of(Locale.SIMPLIFIED_CHINESE, refused)).contains("已截止");
    }

    @Test
    void aRefusedTextNamesItsFieldByTheFieldsLabel() {
        RuleViolation refused = new RuleViolation("rule.text.invisible", new PlainText.Label("call.field.title"));

        assertThat(Texts.of(Locale.ENGLISH, refused)).startsWith("Title: ");
        assertThat(Texts.of(Locale.FRENCH, refused)).startsWith("Titre : ");
    }

    @Test
    void anUnknownKeyShowsItselfRatherThanFailing() {
        assertThat(Texts.of(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }

    /** MessageFormat drops a lone apostrophe: in texts with placeholders it must be doubled. */
    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(Texts.BUNDLE, language.locale());
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (pattern.matches("(?s).*\\{\\d}.*")) {
                    assertThat(pattern.replace("''", "")).as(language + " " + key).doesNotContain("'");
                }
            }
        }
    }
}
