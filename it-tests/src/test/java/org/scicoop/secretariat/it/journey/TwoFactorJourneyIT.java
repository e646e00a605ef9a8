package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.Axe;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.TestEnvironment;
import org.scicoop.secretariat.it.support.Totp;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two factors (issue 15): a programme officer sets up an authenticator at the first sign-in and needs its code at
 * every one after; a password alone gives an officer no session. A consortium member signs in with the password.
 */
class TwoFactorJourneyIT extends DeployedApplication {

    private static final String PASSWORD = "an-officer's-long-passphrase";

    @Test
    void anOfficerSetsUpAnAuthenticatorAtTheFirstSignInAndNeedsItsCodeFromThenOn() throws IOException {
        String username = ProposalsApi.unique("officer2fa");
        KeycloakAdmin.createUser(username, username + "@it.example", PASSWORD, "FR", "programme-officer");

        try (Browser browser = new Browser()) {
            browser.open("/app/dashboard.xhtml").logInAs(username, PASSWORD);

            // Keycloak asks for an authenticator: the test "scans" the secret it shows as text and answers its code
            browser.waitFor(By.id("mode-manual")).click();
            Totp.enrolled(username, browser.waitFor(By.id("kc-totp-secret-key")).getText());
            browser.screenshot("two-factors-enrol");
            browser.waitFor(By.id("totp")).sendKeys(Totp.nextCode(username));
            browser.driver().findElement(By.id("userLabel")).sendKeys("journey phone");
            browser.driver().findElement(By.id("saveTOTPBtn")).click();

            // that sign-in typed the code only to enrol: the application gives it no session and says why
            assertThat(browser.waitFor(By.id("error-title")).getText())
                    .isEqualTo(Bundles.text("en", "error.secondFactor.title"));
            assertThat(browser.isStyled()).isTrue();
            assertThat(browser.driver().findElements(By.id("page-title"))).isEmpty();
            assertThat(Axe.violations(browser)).isEmpty();
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) sideways).intValue()).as("the page scrolls sideways on a phone").isLessThanOrEqualTo(0);
            browser.screenshot("two-factors-no-session-phone");
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            assertThat(serverLog()).containsPattern("event=login.secondFactorMissing actor=" + username
                    + " path=/app/\\S* roles=\\[programme-officer] amr=pwd");

            // from now on the password alone is not enough: the code form follows, a wrong code is refused
            browser.driver().findElement(By.id("sign-in-again")).click();
            browser.waitFor(By.id("username")).sendKeys(username);
            browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
            browser.driver().findElement(By.id("kc-login")).click();
            browser.enterCode(Totp.wrongCode(username));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver ->
                    driver.getPageSource().contains("Invalid authenticator code"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(TestEnvironment.keycloakUrl());
            browser.screenshot("two-factors-wrong-code");

            browser.enterCode(Totp.nextCode(username));
            browser.waitFor(By.id("page-title"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(TestEnvironment.appUrl() + "/app/dashboard.xhtml");
        }
    }

    @Test
    void theDemoOfficerAndAdministratorSignInWithTheirCodeAndAMemberWithThePasswordAlone() {
        for (String username : new String[]{"officer", "admin"}) {
            try (Browser browser = new Browser()) {
                browser.open("/app/dashboard.xhtml");
                browser.waitFor(By.id("username")).sendKeys(username);
                browser.driver().findElement(By.id("password")).sendKeys("demo");
                browser.driver().findElement(By.id("kc-login")).click();
                browser.waitFor(By.id("otp"));
                assertThat(browser.driver().getCurrentUrl()).as("no session on the password alone")
                        .startsWith(TestEnvironment.keycloakUrl());
                browser.enterCode(Totp.nextCode(username));
                browser.waitFor(By.id("page-title"));
            }
        }
        try (Browser browser = new Browser()) {
            browser.open("/app/dashboard.xhtml");
            browser.logInAs("member", "demo");
            browser.waitFor(By.id("page-title"));
            assertThat(browser.driver().findElements(By.id("otp"))).isEmpty();
        }
    }

    private static String serverLog() throws IOException {
        return Files.readString(TestEnvironment.buildDirectory().resolve("wildfly-base/log/server.log"));
    }
}
