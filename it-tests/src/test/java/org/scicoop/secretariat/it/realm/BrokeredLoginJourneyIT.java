package org.scicoop.secretariat.it.realm;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.Mailbox;
import org.scicoop.secretariat.it.support.TestEnvironment;
import org.scicoop.secretariat.it.support.Totp;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People of partner countries sign in with the identity their country gives them (issue 15): the demo overlay's
 * SAML federation ({@code federation-ke}) and OpenID Connect agency ({@code agency-br}), each a realm of the test
 * run's Keycloak, brokered by the secretariat realm (docs/keycloak-realm.md, "Identity providers of partner
 * countries"). Through the real login pages: the provider's button, the provider's own login, back to the
 * application with the country the provider asserts, which the person cannot change; no role until an administrator
 * grants one; an account an administrator made an officer's is asked for the second factor after its provider's
 * login (the realm's post-broker-login flow); and an account is never linked to an existing one on an address the
 * provider has not verified.
 */
class BrokeredLoginJourneyIT extends DeployedApplication {

    private static final String[] APPLICATION_ROLES =
            {"programme-officer", "consortium-member", "reviewer", "national-contact", "admin"};

    @Test
    void aResearcherOfTheSamlFederationSignsInWithTheCountryTheFederationAsserts() {
        // neema's federation asserts c=TZ: the country comes from the attribute, not from the federation's own
        signInAndKeepTheAssertedCountry("federation-ke", "Kenya · KE research federation", "neema", "TZ");
    }

    @Test
    void anAgencysStaffMemberSignsInThroughOpenIdConnectWithTheAgencysFixedCountry() {
        signInAndKeepTheAssertedCountry("agency-br", "Brasil · BR partner agency", "pedro", "BR");
    }

    @Test
    void aBrokeredAccountMadeAnOfficersIsAskedForTheSecondFactorAfterItsProvidersLogin() throws IOException {
        for (String provider : new String[]{"federation-ke", "agency-br"}) {
            assertThat(KeycloakAdmin.get("/identity-provider/instances/" + provider))
                    .contains("\"postBrokerLoginFlowAlias\":\"secretariat post broker login\"");
        }
        try (Browser browser = new Browser()) {
            throughProvidersButton(browser, "agency-br", "Brasil · BR partner agency");
            browser.logInAs("ana", "demo");
            browser.waitFor(By.id("error-403"));
            String username = "agency-br.ana";
            String id = Json.text(KeycloakAdmin.get("/users?username=" + username + "&exact=true"), "[0].id");

            // an administrator makes the account an officer's in Keycloak's admin API; the person signs in again
            // through the agency (whose own session still holds: no password asked there)
            assertThat(KeycloakAdmin.post("/users/" + id + "/role-mappings/realm",
                    "[" + KeycloakAdmin.get("/roles/programme-officer") + "]")).isEqualTo(204);
            assertThat(KeycloakAdmin.signOut(id)).isEqualTo(204);
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.open("/app/dashboard.xhtml");
            browser.waitFor(By.id("social-agency-br")).click();

            // the post-broker-login flow asks an officer without an authenticator to set one up
            browser.waitFor(By.id("mode-manual")).click();
            Totp.enrolled(username, browser.waitFor(By.id("kc-totp-secret-key")).getText());
            browser.waitFor(By.id("totp")).sendKeys(Totp.nextCode(username));
            browser.driver().findElement(By.id("userLabel")).sendKeys("agency phone");
            browser.driver().findElement(By.id("saveTOTPBtn")).click();
            // as for a password sign-in, the code typed to enrol counts for no sign-in: no session, sign in again
            assertThat(browser.waitFor(By.id("error-title")).getText())
                    .isEqualTo(Bundles.text("en", "error.secondFactor.title"));
            assertThat(serverLog()).containsPattern("event=login.secondFactorMissing actor=" + username
                    + " path=/app/\\S* roles=\\[programme-officer] amr=(?!\\S*otp)\\S+");

            // from now on the provider's login is followed by the code form: without the code, no session
            browser.driver().findElement(By.id("sign-in-again")).click();
            browser.waitFor(By.id("social-agency-br")).click();
            browser.waitFor(By.id("otp"));
            assertThat(browser.driver().getCurrentUrl()).as("no session on the provider's login alone")
                    .startsWith(TestEnvironment.keycloakUrl() + "/realms/secretariat/");
            browser.enterCode(Totp.wrongCode(username));
            browser.waitFor(By.id("otp"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(TestEnvironment.keycloakUrl());
            browser.enterCode(Totp.nextCode(username));
            browser.waitFor(By.id("page-title"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(TestEnvironment.appUrl() + "/app/dashboard.xhtml");
            assertThat(browser.driver().findElements(By.id("error-title"))).isEmpty();
        }
    }

    @Test
    void aProviderAccountWithAnUnverifiedAddressIsNeverLinkedToTheLocalAccountOfThatAddress() {
        String unique = "broker-" + System.nanoTime();
        String address = unique + "@it.example";
        String local = KeycloakAdmin.createUser(unique, address, "a local account passphrase", "FR",
                "consortium-member");
        // someone at the agency holds the same address there, never verified by the agency
        assertThat(KeycloakAdmin.post("agency-br", "/users", """
                {"username": "%s", "email": "%s", "emailVerified": false, "enabled": true,
                 "firstName": "Not", "lastName": "Verified",
                 "credentials": [{"type": "password", "value": "demo", "temporary": false}]}"""
                .formatted(unique, address))).isEqualTo(201);

        try (Browser browser = new Browser()) {
            throughProvidersButton(browser, "agency-br", "Brasil · BR partner agency");
            browser.logInAs(unique, "demo");

            // Keycloak stops at "Account already exists": no account made, nothing linked
            WebElement link = browser.waitFor(By.id("linkAccount"));
            assertThat(browser.driver().getPageSource()).contains(address);
            assertThat(federatedIdentities(local)).isEqualTo("[]");
            assertThat(KeycloakAdmin.get("/users?username=agency-br." + unique + "&exact=true")).isEqualTo("[]");

            // "Add to existing account": Keycloak e-mails the existing account's address and links only when the
            // link in it is followed, by whoever holds that address
            link.click();
            browser.waitFor(By.id("kc-page-title"));
            MimeMessage confirmation = Mailbox.await(address, "action-token");
            assertThat(Mailbox.text(confirmation)).contains(TestEnvironment.realmUrl() + "/login-actions/action-token?key=");
            assertThat(federatedIdentities(local)).as("not linked before the link is followed").isEqualTo("[]");
            assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(TestEnvironment.appUrl());
        }
    }

    private static void signInAndKeepTheAssertedCountry(String provider, String buttonText, String username,
                                                        String country) {
        try (Browser browser = new Browser()) {
            throughProvidersButton(browser, provider, buttonText);
            browser.logInAs(username, "demo");

            // first login: an account is made from what the provider asserts, with no role: the application refuses
            browser.waitFor(By.id("error-403"));
            String users = KeycloakAdmin.get("/users?username=" + provider + "." + username + "&exact=true");
            String id = Json.text(users, "[0].id");
            assertThat(Json.text(users, "[0].attributes.country[0]")).isEqualTo(country);
            assertThat(Json.text(users, "[0].attributes.organisation[0]")).isNotBlank();
            assertThat(Json.bool(users, "[0].emailVerified")).isTrue();
            assertThat(federatedIdentities(id)).contains("\"identityProvider\":\"" + provider + "\"");
            String roles = KeycloakAdmin.get("/users/" + id + "/role-mappings/realm/composite");
            for (String role : APPLICATION_ROLES) {
                assertThat(roles).as("no role by default").doesNotContain("\"name\":\"" + role + "\"");
            }

            // an administrator grants the role; the person signs in again through the provider (whose own session
            // still holds) and reaches the application with the asserted country. Signed out in Keycloak; the
            // application's session of a refused request was never recorded for back-channel logout (its filter
            // runs after the role check), so the browser leaves it as a person closing the browser would.
            assertThat(KeycloakAdmin.post("/users/" + id + "/role-mappings/realm",
                    "[" + KeycloakAdmin.get("/roles/consortium-member") + "]")).isEqualTo(204);
            assertThat(KeycloakAdmin.signOut(id)).isEqualTo(204);
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.open("/app/dashboard.xhtml");
            assertThat(browser.isOnKeycloakLogin()).as("signed out").isTrue();
            browser.driver().findElement(By.id("social-" + provider)).click();
            assertThat(browser.waitFor(By.id("user-country")).getText()).isEqualTo(country);
            assertThat(browser.driver().getCurrentUrl()).startsWith(TestEnvironment.appUrl() + "/app/");

            // the person tries to change the country through Keycloak's account API, as the account page would
            browser.driver().get(TestEnvironment.realmUrl() + "/.well-known/openid-configuration");
            Map<String, String> session = browser.driver().manage().getCookies().stream()
                    .collect(Collectors.toMap(Cookie::getName, Cookie::getValue, (a, b) -> a));
            String accountToken = KeycloakTokens.accountConsoleToken(session);
            String self = Http.send("GET", TestEnvironment.realmUrl() + "/account/", accountToken, null).body();
            HttpResponse<String> tampered = Http.send("POST", TestEnvironment.realmUrl() + "/account/", accountToken,
                    """
                    {"username": "%s", "email": "%s", "firstName": "%s", "lastName": "%s",
                     "attributes": {"country": ["FR"], "organisation": ["Somewhere else"]}}""".formatted(
                            Json.text(self, "username"), Json.text(self, "email"), Json.text(self, "firstName"),
                            Json.text(self, "lastName")));
            assertThat(tampered.statusCode()).as(tampered.body()).isEqualTo(400);
            assertThat(tampered.body()).contains("read-only");
            String after = KeycloakAdmin.get("/users/" + id);
            assertThat(Json.text(after, "attributes.country[0]")).isEqualTo(country);
            assertThat(Json.text(after, "attributes.organisation[0]")).isNotEqualTo("Somewhere else");
        }
    }

    /** Opens the application, which sends the browser to Keycloak's login page, and takes the provider's button. */
    private static void throughProvidersButton(Browser browser, String provider, String buttonText) {
        browser.open("/app/dashboard.xhtml");
        assertThat(browser.isOnKeycloakLogin()).isTrue();
        WebElement button = browser.waitFor(By.id("social-" + provider));
        assertThat(button.getText()).isEqualTo(buttonText);
        button.click();
        browser.waitFor(By.id("kc-form-login"));
        assertThat(browser.driver().getCurrentUrl()).as("the provider's own login page")
                .startsWith(TestEnvironment.keycloakUrl() + "/realms/" + provider + "/");
    }

    private static String serverLog() throws IOException {
        return Files.readString(TestEnvironment.buildDirectory().resolve("wildfly-base/log/server.log"));
    }

    private static String federatedIdentities(String userId) {
        return KeycloakAdmin.get("/users/" + userId + "/federated-identity");
    }
}
