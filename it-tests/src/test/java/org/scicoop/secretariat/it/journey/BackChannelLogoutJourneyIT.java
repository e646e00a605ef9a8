package org.scicoop.secretariat.it.journey;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** A user signed out in Keycloak (by an administrator) loses the application's session at once (issue 15). */
class BackChannelLogoutJourneyIT extends DeployedApplication {

    private static final String PASSWORD = "a back-channel test passphrase";

    /** A new member account {@code username}, signed in to the dashboard in the browser; its Keycloak id. */
    private static String signedInMember(Browser browser, String username) {
        String id = KeycloakAdmin.createUser(username, username + "@it.example", PASSWORD, "KE", "consortium-member");
        browser.open("/app/dashboard.xhtml");
        browser.logInAs(username, PASSWORD);
        browser.waitFor(By.id("page-title"));
        return id;
    }

    @Test
    void aUserSignedOutInKeycloakFindsTheLoginPageOnTheirNextPage() {
        String username = "signed-out-" + System.nanoTime();
        try (Browser browser = new Browser()) {
            String id = signedInMember(browser, username);

            assertThat(KeycloakAdmin.signOut(id)).isEqualTo(204);

            // Keycloak posts the logout token before it answers; give the session's end a few seconds at most
            assertThat(browser.reopenUntilKeycloakLogin("/app/dashboard.xhtml"))
                    .as("the next page after the sign-out in Keycloak is the login page").isTrue();
        }
    }

    /**
     * An administrator's "Sign out" of one person moves that person's not-before in Keycloak, and their next sign-in
     * brings it to the application with its tokens: everybody else's bearer tokens issued before stay good (they were
     * all refused, until the next deployment, when one configuration of WildFly's OIDC client served both).
     */
    @Test
    void onePersonsSignOutAndNextSignInLeaveEveryoneElsesEarlierTokensGood() {
        String earlier = KeycloakTokens.freshAccessToken("officer", "demo");
        assertThat(Http.getWithToken("/api/v1/calls", earlier).statusCode()).isEqualTo(200);
        String username = "not-before-" + System.nanoTime();
        try (Browser browser = new Browser()) {
            String id = signedInMember(browser, username);
            assertThat(KeycloakAdmin.signOut(id)).isEqualTo(204);
            assertThat(browser.reopenUntilKeycloakLogin("/app/dashboard.xhtml")).isTrue();
            browser.logInAs(username, PASSWORD);
            browser.waitFor(By.id("page-title"));
        }

        assertThat(Http.getWithToken("/api/v1/calls", earlier).statusCode())
                .as("the officer's token, issued before the sign-out").isEqualTo(200);
    }

    /**
     * An administrator disables a user in Keycloak's console and signs them out there (keycloak-realm.md: disabling
     * alone sends no logout token): the next page is the login page, where the account no longer signs in, and the
     * administrators' list of people says the account is disabled.
     */
    @Test
    void aUserDisabledAndSignedOutInKeycloakFindsTheLoginPageAndCannotSignInAgain() {
        String username = "disabled-" + System.nanoTime();
        try (Browser browser = new Browser()) {
            String id = signedInMember(browser, username);

            JsonObject user = Json.createReader(new StringReader(KeycloakAdmin.get("/users/" + id))).readObject();
            assertThat(KeycloakAdmin.put("/users/" + id, Json.createObjectBuilder(user).add("enabled", false).build()
                    .toString())).isEqualTo(204);
            assertThat(KeycloakAdmin.signOut(id)).isEqualTo(204);

            assertThat(browser.reopenUntilKeycloakLogin("/app/dashboard.xhtml"))
                    .as("the next page after disabling and signing out is the login page").isTrue();
            browser.logInAs(username, PASSWORD);
            assertThat(browser.driver().findElements(By.id("page-title"))).as("a disabled account does not sign in")
                    .isEmpty();
            browser.open("/app/dashboard.xhtml");
            assertThat(browser.isOnKeycloakLogin()).as("still no session").isTrue();
        }
        String listed = Http.getWithToken("/api/v1/people?q=" + username, KeycloakTokens.demoToken("admin")).body();
        assertThat(Json.createReader(new StringReader(listed)).readArray().getJsonObject(0).getJsonObject("keycloak")
                .getBoolean("enabled")).as("the list of people says so").isFalse();
    }
}
