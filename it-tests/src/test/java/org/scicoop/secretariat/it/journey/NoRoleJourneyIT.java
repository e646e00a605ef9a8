package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.KeycloakAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone with an account but no role in the programme yet: told so, in their language, not let in. */
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
}
