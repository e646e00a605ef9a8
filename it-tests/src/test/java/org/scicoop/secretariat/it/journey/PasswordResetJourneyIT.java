package org.scicoop.secretariat.it.journey;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Infrastructure;
import org.scicoop.secretariat.it.support.KeycloakThemes;
import org.scicoop.secretariat.it.support.Mailbox;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Keycloak's e-mails reach people through the configured SMTP server, in the language they chose. */
class PasswordResetJourneyIT extends DeployedApplication {

    @ParameterizedTest(name = "{0} asks for a new password in {1}")
    @CsvSource({"member3, es, es", "member2, zh, zh-Hans", "reviewer, fr, fr"})
    void forgottenPasswordMailComesInTheChosenLanguage(String username, String language, String keycloakLocale)
            throws Exception {
        try (Browser browser = new Browser()) {
            browser.open("/?lang=" + language);
            browser.driver().findElement(By.id("login")).click();
            browser.waitFor(By.cssSelector("a[href*='reset-credentials']")).click();
            browser.waitFor(By.id("kc-reset-password-form")).findElement(By.id("username")).sendKeys(username);
            browser.driver().findElement(By.cssSelector("#kc-reset-password-form [type='submit']")).click();

            String address = username + "@secretariat.example";
            MimeMessage mail = Mailbox.await(address);
            assertThat(mail.getSubject()).isEqualTo(KeycloakThemes.emailText(keycloakLocale, "passwordResetSubject"));
            String text = ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString();
            assertThat(text).contains(TestEnvironment.realmUrl() + "/login-actions/action-token?key=");
        }
    }
}
