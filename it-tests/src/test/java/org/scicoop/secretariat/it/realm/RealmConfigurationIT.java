package org.scicoop.secretariat.it.realm;

import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.TestEnvironment;
import org.scicoop.secretariat.it.support.Totp;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

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
                .doesNotContain("\"credentials\": [").doesNotContain("\"identityProviders\"");
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

    @Test
    void theBrowserLoginAsksOfficersAndAdministratorsForAOneTimeCodeAndEveryoneElseWhoEnrolled() {
        String realm = KeycloakAdmin.get("");
        assertThat(realm).contains("\"browserFlow\":\"secretariat browser\"")
                .contains("\"directGrantFlow\":\"secretariat direct grant\"")
                .contains("\"otpPolicyType\":\"totp\"").contains("\"otpPolicyAlgorithm\":\"HmacSHA1\"")
                .contains("\"otpPolicyDigits\":6").contains("\"otpPolicyPeriod\":30")
                .contains("\"otpPolicyCodeReusable\":false");
        assertThat(KeycloakAdmin.get("/authentication/required-actions/CONFIGURE_TOTP")).contains("\"enabled\":true");

        assertThat(shape("secretariat browser")).containsExactly(
                "0 ALTERNATIVE auth-cookie",
                "0 ALTERNATIVE identity-provider-redirector",
                "0 ALTERNATIVE secretariat browser - forms",
                "1 REQUIRED auth-username-password-form",
                "1 CONDITIONAL secretariat browser - officer second factor",
                "2 REQUIRED conditional-user-role [condUserRole=programme-officer, negate=false]",
                "2 REQUIRED conditional-credential [credentials=password, included=true]",
                "2 REQUIRED auth-otp-form",
                "1 CONDITIONAL secretariat browser - administrator second factor",
                "2 REQUIRED conditional-user-role [condUserRole=admin, negate=false]",
                "2 REQUIRED conditional-credential [credentials=password, included=true]",
                "2 REQUIRED conditional-credential [credentials=otp, included=false]",
                "2 REQUIRED auth-otp-form",
                "1 CONDITIONAL secretariat browser - optional second factor",
                "2 REQUIRED conditional-user-configured",
                "2 REQUIRED conditional-user-role [condUserRole=programme-officer, negate=true]",
                "2 REQUIRED conditional-user-role [condUserRole=admin, negate=true]",
                "2 REQUIRED auth-otp-form");
        assertThat(shape("secretariat direct grant")).containsExactly(
                "0 REQUIRED direct-grant-validate-username",
                "0 REQUIRED direct-grant-validate-password",
                "0 CONDITIONAL secretariat direct grant - officer second factor",
                "1 REQUIRED conditional-user-role [condUserRole=programme-officer, negate=false]",
                "1 REQUIRED conditional-credential [credentials=password, included=true]",
                "1 REQUIRED direct-grant-validate-otp",
                "0 CONDITIONAL secretariat direct grant - administrator second factor",
                "1 REQUIRED conditional-user-role [condUserRole=admin, negate=false]",
                "1 REQUIRED conditional-credential [credentials=password, included=true]",
                "1 REQUIRED conditional-credential [credentials=otp, included=false]",
                "1 REQUIRED direct-grant-validate-otp",
                "0 CONDITIONAL secretariat direct grant - optional second factor",
                "1 REQUIRED conditional-user-configured",
                "1 REQUIRED conditional-user-role [condUserRole=programme-officer, negate=true]",
                "1 REQUIRED conditional-user-role [condUserRole=admin, negate=true]",
                "1 REQUIRED direct-grant-validate-otp");
        // each step names itself in the tokens' amr (the admin API masks the references: the tokens show them)
        assertThat(KeycloakAdmin.get("/clients?clientId=secretariat-web")).contains("oidc-amr-mapper");
        assertThat(amr(KeycloakTokens.accessToken("officer", "demo"))).containsExactlyInAnyOrder("pwd", "otp");
        assertThat(amr(KeycloakTokens.accessToken("member2", "demo"))).containsExactly("pwd");
    }

    @Test
    void thePasswordGrantAsksOfficersAndAdministratorsForTheCodeToo() {
        // admin-cli takes the password grant (Keycloak's default): it must not be a way around the second factor
        for (String privileged : new String[]{"officer", "admin"}) {
            HttpResponse<String> refused = KeycloakTokens.adminCliPasswordGrant(privileged, "demo", null);
            assertThat(refused.statusCode()).as(refused.body()).isIn(400, 401);
            assertThat(refused.body()).contains("\"error\":\"invalid_grant\"").doesNotContain("access_token");
        }
        assertThat(KeycloakTokens.adminCliPasswordGrant("officer", "demo", Totp.nextCode("officer")).statusCode())
                .isEqualTo(200);
        assertThat(KeycloakTokens.adminCliPasswordGrant("member", "demo", null).statusCode()).isEqualTo(200);
    }

    private static List<String> amr(String token) {
        return Json.list(KeycloakTokens.payload(token), "amr").stream().map(v -> ((JsonString) v).getString()).toList();
    }

    /**
     * A flow's executions as the admin console lists them, one line each: level, requirement, authenticator (or
     * sub-flow) and the conditions' settings (the steps' references for the tokens' amr the admin API masks).
     */
    private static List<String> shape(String flow) {
        String executions = KeycloakAdmin.get("/authentication/flows/"
                + URLEncoder.encode(flow, StandardCharsets.UTF_8).replace("+", "%20") + "/executions");
        return Json.objects(executions, "").stream().map(execution -> {
            String what = execution.getBoolean("authenticationFlow", false) ? execution.getString("displayName")
                    : execution.getString("providerId");
            String config = "";
            if (execution.containsKey("authenticationConfig")) {
                String settings = KeycloakAdmin.get("/authentication/config/"
                        + execution.getString("authenticationConfig"));
                List<String> decisive = Json.at(settings, "config").asJsonObject().entrySet().stream()
                        .filter(e -> !e.getKey().startsWith("default.reference."))
                        .map(e -> e.getKey() + "=" + ((JsonString) e.getValue()).getString()).sorted().toList();
                config = decisive.isEmpty() ? "" : " " + decisive;
            }
            return execution.getInt("level") + " " + execution.getString("requirement") + " " + what + config;
        }).toList();
    }

    private static String user(String username, String password) {
        return """
                {"username": "%s", "email": "%s@it.example", "emailVerified": true, "enabled": true,
                 "firstName": "Test", "lastName": "Policy", "attributes": {"country": ["FR"]},
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                .formatted(username, username, password);
    }
}
