package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.KeycloakAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone with an account but no role in the programme yet: told so, in their language, not let in. Someone whose
 * sign-in failed on its way back (the code Keycloak sent refused, as under a load that let it expire): told that, and
 * given the way to sign in again.
 */
class NoRoleJourneyIT extends DeployedApplication {

    @Test
    void aUserWithoutAnyRoleSeesTheAccessDeniedPage() {
        int created = KeycloakAdmin.post("/users", """
                {"username": "newcomer", "enabled": true, "emailVerified": true,
                 "firstName": "Amara", "lastName": "Diallo", "email": "newcomer@secretariat.example",
                 "attributes": {"country": ["SN"]},
                 "credentials": [{"type": "password", "value": "a-newcomer's-long-password", "temporary": false}]}""");
        assertThat(created).isIn(201, 409);

        try (Browser browser = new Browser()) {
            browser.open("/?lang=fr");
            browser.driver().findElement(By.id("login")).click();
            browser.logInAs("newcomer", "a-newcomer's-long-password");

            assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo(Bundles.text("fr", "error.403.title"));
            assertThat(browser.driver().getPageSource()).contains(Bundles.text("fr", "error.403.text"))
                    .doesNotContain(Bundles.text("fr", "dashboard.agencies"));
            assertThat(browser.isStyled()).as("the error page has the application's look").isTrue();
            browser.screenshot("forbidden-fr");
        }
    }

    @Test
    void aSignInWhoseCodeIsRefusedIsToldSoWithTheWayToSignInAgain() {
        try (Browser browser = new Browser()) {
            browser.open("/?lang=zh");
            browser.open("/app/dashboard.xhtml");
            browser.waitFor(By.id("username"));
            // the state the application's OIDC client gave this login (cookies are per host, not per port)
            String state = browser.driver().manage().getCookieNamed("OAuth_Token_Request_State").getValue();

            // back at the application with the login's own state but a code Keycloak never issued: the exchange fails
            browser.open("/app/dashboard.xhtml?state=" + state + "&code=not-a-code-keycloak-issued");

            assertThat(browser.waitFor(By.id("error-title")).getText())
                    .isEqualTo(Bundles.text("zh", "error.403.signIn.title"));
            assertThat(browser.driver().getPageSource()).contains(Bundles.text("zh", "error.403.signIn.text"))
                    .doesNotContain(Bundles.text("zh", "error.403.text"));
            assertThat(browser.isStyled()).isTrue();
            browser.screenshot("sign-in-failed-zh");
            browser.driver().findElement(By.id("sign-in-again")).click();
            assertThat(browser.waitFor(By.id("username")).isDisplayed()).as("Keycloak's login again").isTrue();
        }
    }

    @Test
    void theSignInsReturnAddressOpenedAgainLaterIsExplainedWithTheWayToSignIn() {
        try (Browser browser = new Browser()) {
            browser.open("/?lang=es");
            // a bookmarked or re-opened return from Keycloak: a state this browser's sign-in never had, no state cookie
            browser.open("/app/dashboard.xhtml?state=a-state-long-gone&code=a-code-long-used");

            assertThat(browser.waitFor(By.id("error-title")).getText()).isEqualTo(Bundles.text("es", "error.400.title"));
            assertThat(browser.driver().getPageSource()).contains(Bundles.text("es", "error.400.text"));
            assertThat(browser.isStyled()).as("the error page has the application's look").isTrue();
            browser.screenshot("return-address-again-es");
            browser.driver().findElement(By.id("sign-in-again")).click();
            assertThat(browser.waitFor(By.id("username")).isDisplayed()).as("Keycloak's login").isTrue();
        }
    }
}
