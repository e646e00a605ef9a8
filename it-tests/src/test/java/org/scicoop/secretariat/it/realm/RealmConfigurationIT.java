package org.scicoop.secretariat.it.realm;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm as the running Keycloak has it after importing the realm file of this repository. */
class RealmConfigurationIT {

    @Test
    void sessionsTokensAndBruteForceProtection() {
        String realm = KeycloakAdmin.get("");

        assertThat(realm).contains("\"bruteForceProtected\":true")
                .contains("\"accessTokenLifespan\":300")
                .contains("\"ssoSessionIdleTimeout\":1800")
                .contains("\"internationalizationEnabled\":true")
                .contains("\"registrationAllowed\":false");
        assertThat(realm).containsPattern("\"supportedLocales\":\\[[^]]*\"zh-Hans\"")
                .containsPattern("\"supportedLocales\":\\[[^]]*\"fr\"")
                .containsPattern("\"supportedLocales\":\\[[^]]*\"es\"")
                .containsPattern("\"supportedLocales\":\\[[^]]*\"en\"");
    }

    @Test
    void theApplicationsClientIsConfidentialWithCodeFlowAndPkceOnly() {
        String client = KeycloakAdmin.get("/clients?clientId=secretariat-web");

        assertThat(client).contains("\"publicClient\":false")
                .contains("\"standardFlowEnabled\":true")
                .contains("\"implicitFlowEnabled\":false")
                .contains("\"directAccessGrantsEnabled\":false")
                .contains("\"serviceAccountsEnabled\":false")
                .contains("\"pkce.code.challenge.method\":\"S256\"")
                .contains("\"redirectUris\":[\"" + TestEnvironment.appUrl() + "/app/*\"]")
                .contains("oidc-audience-mapper");
    }

    @Test
    void onlyAdministratorsMayEditCountryAndOrganisation() {
        String profile = KeycloakAdmin.get("/users/profile");

        assertThat(profile).containsPattern(
                "\"name\":\"country\"[^}]*?\"required\"|\"name\":\"country\".*?\"permissions\":\\{\"view\":\\[[^]]*],\"edit\":\\[\"admin\"]");
        assertThat(profile).containsPattern("\"name\":\"country\".*?\"edit\":\\[\"admin\"]");
        assertThat(profile).containsPattern("\"name\":\"organisation\".*?\"edit\":\\[\"admin\"]");
    }

    @Test
    void anAddressCountsOnlyOnceProvedAndUsersChangeTheirsOnlyByProvingTheNewOne() {
        // every account must verify its address before it signs in; a changed address is proved first (issue 9)
        assertThat(KeycloakAdmin.get("")).contains("\"verifyEmail\":true").contains("\"duplicateEmailsAllowed\":false");
        assertThat(KeycloakAdmin.get("/authentication/required-actions/UPDATE_EMAIL")).contains("\"enabled\":true");
        assertThat(KeycloakAdmin.get("/authentication/required-actions/VERIFY_EMAIL")).contains("\"enabled\":true");
        assertThat(KeycloakAdmin.get("/authentication/required-actions/UPDATE_PASSWORD")).contains("\"enabled\":true");
    }

    @Test
    void demoUsersHaveTheirRolesAndCountries() {
        assertThat(KeycloakAdmin.get("/users?username=member2&exact=true")).contains("\"country\":[\"KE\"]");
        assertThat(KeycloakAdmin.get("/roles/programme-officer/users")).contains("\"username\":\"officer\"");
        assertThat(KeycloakAdmin.get("/roles/national-contact/users")).contains("\"username\":\"contact\"");
        assertThat(KeycloakAdmin.get("/roles/admin/users")).contains("\"username\":\"admin\"")
                .doesNotContain("\"username\":\"officer\"");
    }

    @Test
    void theApplicationsClientGetsOnlyTheApplicationsRolesInItsTokens() {
        String client = KeycloakAdmin.get("/clients?clientId=secretariat-web");
        assertThat(client).contains("\"fullScopeAllowed\":false");
        assertThat(client).as("back-channel logout").contains("\"backchannel.logout.url\":\"" + TestEnvironment.appUrl()
                + "/logout/backchannel\"").contains("\"backchannel.logout.session.required\":\"true\"");
        String id = Json.text(client, "[0].id");

        String scope = KeycloakAdmin.get("/clients/" + id + "/scope-mappings/realm");
        for (String role : new String[]{"programme-officer", "consortium-member", "reviewer", "national-contact",
                "admin"}) {
            assertThat(scope).contains("\"name\":\"" + role + "\"");
        }
        assertThat(scope).doesNotContain("default-roles-secretariat").doesNotContain("offline_access");
    }

    @Test
    void refreshTokensRotateAndLoginAndAdminEventsAreKept() {
        String realm = KeycloakAdmin.get("");

        assertThat(realm).contains("\"revokeRefreshToken\":true").contains("\"refreshTokenMaxReuse\":0")
                .contains("\"eventsEnabled\":true").contains("\"eventsExpiration\":7776000")
                .contains("\"adminEventsEnabled\":true").contains("\"adminEventsDetailsEnabled\":true")
                .contains("\"adminEventsExpiration\":\"7776000\"");
        KeycloakTokens.accessToken("member3", "demo");
        assertThat(KeycloakAdmin.get("/events?type=LOGIN&max=100")).contains("\"type\":\"LOGIN\"");
        KeycloakAdmin.createUser("events-" + System.nanoTime(), "events-" + System.nanoTime() + "@it.example",
                "an-events-test-passphrase", "FR");
        assertThat(KeycloakAdmin.get("/admin-events?operationTypes=CREATE&resourceTypes=USER&max=100"))
                .contains("\"operationType\":\"CREATE\"");
    }

    @Test
    void passwordsAreLongAndNeitherTheUsernameNorTheAddressNorACommonOne() {
        assertThat(KeycloakAdmin.get("")).containsPattern("\"passwordPolicy\":\"length\\(12\\) and notUsername"
                + "[^\"]* and notEmail[^\"]* and passwordBlacklist\\(secretariat-common-passwords.txt\\)\"");
        String name = "policy-" + System.nanoTime();
        for (String refused : new String[]{"demo", "short-pw-11", name, name + "@it.example", "password1234",
                "QWERTY123456"}) {
            assertThat(KeycloakAdmin.post("/users", user(name, refused))).as(refused).isEqualTo(400);
        }
        assertThat(KeycloakAdmin.post("/users", user(name, "a long passphrase of mine"))).isEqualTo(201);
    }

    @Test
    void theDemoUsersStillSignInWithTheirDemoPassword() {
        // their credentials are imported already hashed: the policy applies when a password is set, not at login
        assertThat(KeycloakTokens.accessToken("member", "demo")).isNotBlank();
    }

    @Test
    void theRealmFileHasNoDemoUsersAndNoDemoSecrets() throws IOException {
        String realmFile = Files.readString(TestEnvironment.realmFile());

        assertThat(realmFile).doesNotContain("demo-only").doesNotContain("\"users\"")
                .doesNotContain("\"credentials\"").doesNotContain("\"identityProviders\"");
        assertThat(Files.readString(TestEnvironment.demoUsersFile())).contains("\"username\": \"admin\"")
                .doesNotContain("\"value\": \"demo\"");
    }

    @Test
    void brokeredAccountsAreMadeOrLinkedOnlyThroughTheSecretariatsFirstLoginFlow() {
        // the realm file: the flow, bound for every provider (production's too); the link needs the e-mailed proof
        assertThat(KeycloakAdmin.get("")).contains("\"firstBrokerLoginFlow\":\"secretariat first broker login\"");
        String executions = KeycloakAdmin.get("/authentication/flows/secretariat%20first%20broker%20login/executions");
        assertThat(executions).contains("\"providerId\":\"idp-create-user-if-unique\"")
                .contains("\"providerId\":\"idp-confirm-link\"")
                .contains("\"providerId\":\"idp-email-verification\"")
                .doesNotContain("idp-auto-link")
                .doesNotContain("idp-username-password-form");
        assertThat(executions).containsPattern("\"requirement\":\"REQUIRED\"[^}]*\"providerId\":\"idp-email-verification\"");

        // the demo overlay: the two providers, trusted for e-mail, their attributes forced at each login
        String providers = KeycloakAdmin.get("/identity-provider/instances");
        for (String alias : new String[]{"federation-ke", "agency-br"}) {
            String provider = KeycloakAdmin.get("/identity-provider/instances/" + alias);
            assertThat(provider).as(alias).contains("\"enabled\":true").contains("\"trustEmail\":true")
                    .contains("\"firstBrokerLoginFlowAlias\":\"secretariat first broker login\"")
                    .contains("\"syncMode\":\"FORCE\"");
            String mappers = KeycloakAdmin.get("/identity-provider/instances/" + alias + "/mappers");
            assertThat(mappers).as(alias).contains("\"user.attribute\":\"organisation\"")
                    .doesNotContain("role-idp-mapper").doesNotContain("\"role\":");
        }
        assertThat(providers).contains("\"providerId\":\"saml\"").contains("\"providerId\":\"oidc\"");
        assertThat(KeycloakAdmin.get("/identity-provider/instances/federation-ke"))
                .contains("\"validateSignature\":\"true\"").contains("\"useMetadataDescriptorUrl\":\"true\"")
                .contains("\"metadataDescriptorUrl\":\"" + TestEnvironment.keycloakUrl()
                        + "/realms/federation-ke/protocol/saml/descriptor\"");
        assertThat(KeycloakAdmin.get("/identity-provider/instances/federation-ke/mappers"))
                .contains("\"attribute.name\":\"urn:oid:2.5.4.6\"").contains("\"user.attribute\":\"country\"");
        assertThat(KeycloakAdmin.get("/identity-provider/instances/agency-br/mappers"))
                .contains("hardcoded-attribute-idp-mapper").contains("\"attribute.value\":\"BR\"");
    }

    private static String user(String username, String password) {
        return """
                {"username": "%s", "email": "%s@it.example", "emailVerified": true, "enabled": true,
                 "firstName": "Test", "lastName": "Policy", "attributes": {"country": ["FR"]},
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                .formatted(username, username, password);
    }
}
