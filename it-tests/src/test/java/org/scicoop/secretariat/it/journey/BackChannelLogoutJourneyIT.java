package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.KeycloakAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/** A user signed out in Keycloak (by an administrator) loses the application's session at once (issue 15). */
class BackChannelLogoutJourneyIT extends DeployedApplication {

    private static final String PASSWORD = "a back-channel test passphrase";

    @Test
    void aUserSignedOutInKeycloakFindsTheLoginPageOnTheirNextPage() {
        String username = "signed-out-" + System.nanoTime();
        String id = KeycloakAdmin.createUser(username, username + "@it.example", PASSWORD, "KE", "consortium-member");

        try (Browser browser = new Browser()) {
            browser.open("/app/dashboard.xhtml");
            browser.logInAs(username, PASSWORD);
            browser.waitFor(By.id("page-title"));

            assertThat(KeycloakAdmin.post("/users/" + id + "/logout", "")).isEqualTo(204);

            // Keycloak posts the logout token before it answers; give the session's end a few seconds at most
            assertThat(browser.reopenUntilKeycloakLogin("/app/dashboard.xhtml"))
                    .as("the next page after the sign-out in Keycloak is the login page").isTrue();
        }
    }
}
