package org.scicoop.secretariat.project.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The project e-mails' words: the same messages in the four languages, and the reminders as people read them. */
class ProjectMailTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE, Locale.FRENCH,
            Locale.forLanguageTag("es"));

    @Test
    void everyLanguageHasEveryMessage() {
        ResourceBundle english = bundle(Locale.ENGLISH);
        for (Locale language : LANGUAGES) {
            ResourceBundle bundle = bundle(language);
            if (language != Locale.ENGLISH) { // English is the base bundle
                assertThat(bundle.getLocale().getLanguage()).isEqualTo(language.getLanguage());
            }
            assertThat(bundle.keySet()).as(language.toString()).containsExactlyInAnyOrderElementsOf(english.keySet());
            english.keySet().forEach(key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
        }
    }

    @Test
    void aMilestoneReminderSaysWhenItIsDueInTheReadersWords() {
        assertThat(ProjectMail.text(Locale.ENGLISH, "reminder.due.body", "POLLINATE", "Field survey", "2027-03-31",
                3L, "https://x/p")).startsWith("The milestone Field survey of the project POLLINATE is due on"
                + " 2027-03-31, in 3 days.").contains("https://x/p");
        assertThat(ProjectMail.text(Locale.ENGLISH, "reminder.due.body", "P", "M", "2027-03-31", 1L, "l"))
                .contains(", tomorrow.");
        assertThat(ProjectMail.text(Locale.ENGLISH, "reminder.due.body", "P", "M", "2027-03-31", 0L, "l"))
                .contains(", today.");
        assertThat(ProjectMail.text(Locale.FRENCH, "reminder.due.body", "P", "M", "2027-03-31", 0L, "l"))
                .contains("aujourd’hui");
        assertThat(ProjectMail.text(Locale.FRENCH, "reminder.due.body", "P", "M", "2027-03-31", 14L, "l"))
                .contains("dans 14 jours");
        assertThat(ProjectMail.text(Locale.CHINESE, "reminder.due.body", "P", "M", "2027-03-31", 14L, "l"))
                .contains("14 天后");
        assertThat(ProjectMail.text(Locale.forLanguageTag("es"), "reminder.due.body", "P", "M", "2027-03-31", 1L,
                "l")).contains("mañana");
        for (Locale language : LANGUAGES) {
            assertThat(ProjectMail.text(language, "reminder.overdue.body", "P", "Milestone", "2027-03-31", "link"))
                    .contains("Milestone", "2027-03-31", "link");
            assertThat(ProjectMail.text(language, "reminder.deadline.subject", "ACRO", "CALL-1", "2027-05-15 17:00:00 UTC"))
                    .contains("ACRO", "CALL-1", "2027-05-15 17:00:00 UTC");
            assertThat(ProjectMail.text(language, "reminder.deadline.body", "ACRO", "CALL-1", "2027-05-15", "link"))
                    .contains("ACRO", "CALL-1", "link");
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.scicoop.secretariat.project.control.mail", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }
}
