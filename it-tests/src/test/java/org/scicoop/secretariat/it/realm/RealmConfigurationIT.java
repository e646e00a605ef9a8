package org.scicoop.secretariat.it.realm;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.TestEnvironment;

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
}
