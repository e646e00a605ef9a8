package org.scicoop.secretariat.it.account;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakThemes;
import org.scicoop.secretariat.it.support.Mailbox;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service account the application uses to create the accounts of invited co-applicants and invited experts
 * ({@code KeycloakMemberAccounts}) may do exactly that, against the real Keycloak with the realm of this
 * repository: look users up, create a user in the group {@code invited-co-applicants} (which gives only the
 * role {@code consortium-member}) or {@code invited-experts} (only {@code reviewer}) with a country, send Keycloak's
 * set-password e-mail, and nothing more.
 */
class InvitationsServiceAccountIT {

    private static final String GROUP = "invited-co-applicants";
    private static final String EXPERTS = "invited-experts";
    private static final String[] APPLICATION_ROLES = {"programme-officer", "consortium-member", "reviewer",
            "national-contact", "admin"};

    private final InvitationsServiceAccount account = InvitationsServiceAccount.login();

    @Test
    void createsAnInviteeWithCountryAndOnlyTheConsortiumMemberRoleAndSendsKeycloaksSetPasswordMail() throws Exception {
        String email = newAddress();

        assertThat(account.createInvitee(email, "KE", "fr", "[\"/" + GROUP + "\"]").statusCode()).isEqualTo(201);
        String id = account.idByEmail(email);
        HttpResponse<String> mail = account.send("PUT", "/users/" + id + "/execute-actions-email?client_id=secretariat-web"
                + "&lifespan=604800&redirect_uri=" + URLEncoder.encode(TestEnvironment.appUrl() + "/app/", StandardCharsets.UTF_8),
                "[\"UPDATE_PASSWORD\"]");
        assertThat(mail.statusCode()).isEqualTo(204);

        String user = KeycloakAdmin.get("/users/" + id);
        assertThat(user).contains("\"country\":[\"KE\"]").contains("\"locale\":[\"fr\"]").contains("\"username\":\"" + email + "\"");
        assertThat(roleNames(KeycloakAdmin.get("/users/" + id + "/role-mappings/realm/composite")))
                .contains("consortium-member")
                .doesNotContain("programme-officer", "reviewer", "national-contact", "admin");
        assertThat(KeycloakAdmin.get("/users/" + id + "/role-mappings")).doesNotContain("clientMappings");
        assertThat(KeycloakAdmin.get("/users/" + id + "/groups")).contains("\"path\":\"/" + GROUP + "\"");

        MimeMessage message = Mailbox.await(email);
        assertThat(message.getSubject()).isEqualTo(KeycloakThemes.emailText("fr", "executeActionsSubject"));
        String text = ((MimeMultipart) message.getContent()).getBodyPart(0).getContent().toString();
        assertThat(text).contains(TestEnvironment.realmUrl() + "/login-actions/action-token?key=");
    }

    @Test
    void createsAnInvitedExpertWithOnlyTheReviewerRoleAndSendsKeycloaksSetPasswordMail() {
        String email = newAddress();

        assertThat(account.createInvitee(email, "DE", "es", "[\"/" + EXPERTS + "\"]").statusCode()).isEqualTo(201);
        String id = account.idByEmail(email);
        assertThat(account.send("PUT", "/users/" + id + "/execute-actions-email?client_id=secretariat-web",
                "[\"UPDATE_PASSWORD\"]").statusCode()).isEqualTo(204);

        assertThat(roleNames(KeycloakAdmin.get("/users/" + id + "/role-mappings/realm/composite")))
                .contains("reviewer")
                .doesNotContain("programme-officer", "consortium-member", "national-contact", "admin");
        assertThat(KeycloakAdmin.get("/users/" + id + "/groups")).contains("\"path\":\"/" + EXPERTS + "\"")
                .doesNotContain(GROUP);
        assertThat(Mailbox.await(email)).isNotNull();
    }

    @Test
    void cannotMoveAnInvitedAccountIntoTheOtherInvitedGroup() {
        String coApplicant = invitee();
        String expert = expertInvitee();

        assertThat(account.send("PUT", "/users/" + coApplicant + "/groups/" + groupId(EXPERTS), null).statusCode())
                .as("a co-applicant made a reviewer").isEqualTo(403);
        assertThat(account.send("PUT", "/users/" + expert + "/groups/" + groupId(), null).statusCode())
                .as("an expert made a consortium member").isEqualTo(403);
        assertThat(roleNames(KeycloakAdmin.get("/users/" + coApplicant + "/role-mappings/realm/composite")))
                .doesNotContain("reviewer");
        assertThat(roleNames(KeycloakAdmin.get("/users/" + expert + "/role-mappings/realm/composite")))
                .doesNotContain("consortium-member");
    }

    @Test
    void findsExistingAccountsByEmailButCannotChangeThemOrMailThem() {
        HttpResponse<String> found = account.get("/users?exact=true&email=member2%40secretariat.example");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"username\":\"member2\"");
        String member2 = account.idByEmail("member2@secretariat.example");
        String representation = KeycloakAdmin.get("/users/" + member2);

        assertThat(account.send("PUT", "/users/" + member2, representation.replace("\"KE\"", "\"US\"")).statusCode())
                .isEqualTo(403);
        assertThat(account.send("PUT", "/users/" + member2 + "/execute-actions-email", "[\"UPDATE_PASSWORD\"]").statusCode())
                .isEqualTo(403);
        assertThat(account.send("PUT", "/users/" + member2 + "/reset-password",
                "{\"type\":\"password\",\"value\":\"taken-over\",\"temporary\":false}").statusCode()).isEqualTo(403);
        assertThat(account.send("PUT", "/users/" + member2 + "/groups/" + groupId(), null).statusCode()).isEqualTo(403);
        assertThat(account.send("PUT", "/users/" + member2 + "/groups/" + groupId(EXPERTS), null).statusCode())
                .isEqualTo(403);
        assertThat(account.send("DELETE", "/users/" + member2, null).statusCode()).isEqualTo(403);
        assertThat(KeycloakAdmin.get("/users/" + member2)).contains("\"country\":[\"KE\"]");
    }

    /**
     * What the administrators' list of people reads (issue 15, point 4) is within the same {@code view} permission: a
     * user with its {@code enabled}, {@code totp} and attributes, and its composite realm roles. Who holds a role is
     * not ({@code view-realm}), so the list's role filter reads the roles person by person.
     */
    @Test
    void readsEachUsersStateAndRolesForThePeopleListButNotWhoHoldsARole() {
        String officer = account.idByEmail("officer@secretariat.example");

        HttpResponse<String> user = account.get("/users/" + officer);
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"enabled\":true").contains("\"totp\":true").contains("\"country\":[\"CN\"]");
        HttpResponse<String> roles = account.get("/users/" + officer + "/role-mappings/realm/composite");
        assertThat(roles.statusCode()).isEqualTo(200);
        assertThat(roleNames(roles.body())).contains("programme-officer");
        assertThat(account.get("/roles/programme-officer/users").statusCode()).isEqualTo(403);
    }

    @Test
    void createsUsersOnlyInTheInvitedGroupAndIgnoresRolesInTheRequest() {
        String outside = newAddress();
        assertThat(account.createInvitee(outside, "BR", "es", "[]").statusCode()).isEqualTo(403);

        String withRoles = newAddress();
        HttpResponse<String> created = account.send("POST", "/users", """
                {"username":"%s","email":"%s","firstName":"Eve","lastName":"Mallory","enabled":true,
                 "attributes":{"country":["BR"]},"groups":["/%s"],
                 "realmRoles":["admin","programme-officer"],"clientRoles":{"realm-management":["realm-admin"]}}
                """.formatted(withRoles, withRoles, GROUP));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = account.idByEmail(withRoles);
        assertThat(roleNames(KeycloakAdmin.get("/users/" + id + "/role-mappings/realm/composite")))
                .doesNotContain("admin", "programme-officer");
        assertThat(KeycloakAdmin.get("/users/" + id + "/role-mappings")).doesNotContain("realm-management");
    }

    @ParameterizedTest(name = "cannot map the realm role {0}")
    @ValueSource(strings = {"programme-officer", "admin", "reviewer", "national-contact", "consortium-member"})
    void cannotMapAnyRealmRoleToAnyone(String role) {
        String invitee = invitee();
        String role_ = KeycloakAdmin.get("/roles/" + role);
        for (String user : new String[] {invitee, expertInvitee(), account.idByEmail("member3@secretariat.example"),
                serviceAccountUser()}) {
            assertThat(account.send("POST", "/users/" + user + "/role-mappings/realm", "[" + role_ + "]").statusCode())
                    .as("%s to %s", role, user).isEqualTo(403);
        }
        assertThat(roleNames(KeycloakAdmin.get("/users/" + serviceAccountUser() + "/role-mappings/realm/composite")))
                .doesNotContain(APPLICATION_ROLES);
    }

    @ParameterizedTest(name = "cannot map the realm-management role {0}")
    @ValueSource(strings = {"realm-admin", "manage-users", "manage-realm", "manage-clients", "view-users", "query-users"})
    void cannotMapRealmManagementRolesToAnyoneNorItself(String role) {
        String client = idOf(KeycloakAdmin.get("/clients?clientId=realm-management"));
        String role_ = KeycloakAdmin.get("/clients/" + client + "/roles/" + role);
        for (String user : new String[] {invitee(), expertInvitee(), account.idByEmail("member@secretariat.example"),
                serviceAccountUser()}) {
            assertThat(account.send("POST", "/users/" + user + "/role-mappings/clients/" + client, "[" + role_ + "]")
                    .statusCode()).as("%s to %s", role, user).isEqualTo(403);
        }
        assertThat(KeycloakAdmin.get("/users/" + serviceAccountUser() + "/role-mappings")).doesNotContain("realm-management");
    }

    @Test
    void cannotReadOrChangeTheRealmItsClientsRolesGroupsOrPermissions() {
        String webClient = idOf(KeycloakAdmin.get("/clients?clientId=secretariat-web"));
        String permissions = idOf(KeycloakAdmin.get("/clients?clientId=admin-permissions"));

        assertThat(account.get("").statusCode()).isEqualTo(403);
        assertThat(account.send("PUT", "", "{\"registrationAllowed\":true}").statusCode()).isEqualTo(403);
        assertThat(account.get("/clients").statusCode()).isEqualTo(403);
        assertThat(account.get("/clients/" + webClient + "/client-secret").statusCode()).isEqualTo(403);
        assertThat(account.send("POST", "/roles", "{\"name\":\"escalated\"}").statusCode()).isEqualTo(403);
        assertThat(account.send("POST", "/roles/consortium-member/composites", "[" + KeycloakAdmin.get("/roles/admin") + "]")
                .statusCode()).isEqualTo(403);
        assertThat(account.send("POST", "/groups", "{\"name\":\"escalated\"}").statusCode()).isEqualTo(403);
        assertThat(account.send("POST", "/groups/" + groupId() + "/role-mappings/realm",
                "[" + KeycloakAdmin.get("/roles/admin") + "]").statusCode()).isEqualTo(403);
        assertThat(account.send("POST", "/groups/" + groupId(EXPERTS) + "/role-mappings/realm",
                "[" + KeycloakAdmin.get("/roles/programme-officer") + "]").statusCode()).isEqualTo(403);
        assertThat(account.send("DELETE", "/groups/" + groupId(EXPERTS), null).statusCode()).isEqualTo(403);
        assertThat(account.send("PUT", "/users/profile", "{}").statusCode()).isEqualTo(403);
        assertThat(account.get("/clients/" + permissions + "/authz/resource-server/permission").statusCode()).isEqualTo(403);
        assertThat(KeycloakAdmin.get("")).contains("\"registrationAllowed\":false");
        assertThat(KeycloakAdmin.get("/groups/" + groupId() + "/role-mappings/realm")).doesNotContain("\"admin\"");
        assertThat(roleNames(KeycloakAdmin.get("/groups/" + groupId(EXPERTS) + "/role-mappings/realm")))
                .containsExactly("reviewer");
    }

    @Test
    void theClientHasOnlyItsServiceAccountAndAWrongSecretGetsNoToken() {
        assertThat(KeycloakAdmin.get("/clients?clientId=" + InvitationsServiceAccount.CLIENT_ID))
                .contains("\"serviceAccountsEnabled\":true")
                .contains("\"standardFlowEnabled\":false")
                .contains("\"implicitFlowEnabled\":false")
                .contains("\"directAccessGrantsEnabled\":false")
                .contains("\"publicClient\":false")
                .contains("\"fullScopeAllowed\":false");
        assertThat(InvitationsServiceAccount.tokenRequest("grant_type=client_credentials&client_id="
                + InvitationsServiceAccount.CLIENT_ID + "&client_secret=wrong").statusCode()).isEqualTo(401);
        assertThat(InvitationsServiceAccount.tokenRequest("grant_type=password&client_id="
                + InvitationsServiceAccount.CLIENT_ID + "&client_secret="
                + URLEncoder.encode(InvitationsServiceAccount.secret(), StandardCharsets.UTF_8)
                + "&username=admin&password=demo").body()).contains("unauthorized_client");
    }

    private String invitee() {
        String email = newAddress();
        assertThat(account.createInvitee(email, "ZA", "en", "[\"/" + GROUP + "\"]").statusCode()).isEqualTo(201);
        return account.idByEmail(email);
    }

    private String expertInvitee() {
        String email = newAddress();
        assertThat(account.createInvitee(email, "IN", "en", "[\"/" + EXPERTS + "\"]").statusCode()).isEqualTo(201);
        return account.idByEmail(email);
    }

    private static String newAddress() {
        return "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@invited.example";
    }

    private static String serviceAccountUser() {
        return idOf(KeycloakAdmin.get("/users?exact=true&username=service-account-" + InvitationsServiceAccount.CLIENT_ID));
    }

    private static String groupId() {
        return groupId(GROUP);
    }

    private static String groupId(String name) {
        return idOf(KeycloakAdmin.get("/groups?exact=true&search=" + name));
    }

    private static String idOf(String json) {
        String id = Json.text(json, "[0].id");
        if (id == null) {
            throw new IllegalStateException("no id in " + json);
        }
        return id;
    }

    private static List<String> roleNames(String rolesJson) {
        return Json.objects(rolesJson, "").stream().map(role -> role.getString("name")).toList();
    }
}
