package org.scicoop.secretariat.it.evaluation;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakThemes;
import org.scicoop.secretariat.it.support.Mailbox;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Officers invite an expert to the reviewer pool by e-mail (issue 13, item 3), through the API against the real
 * Keycloak: a new address gets an account that holds only the reviewer role (through the group invited-experts),
 * Keycloak's set-password e-mail and the programme's invitation, and the expert enters the pool; a reviewer's
 * verified account is linked; any other holder of the address is refused with the reason at the field.
 */
class ExpertInvitationsIT extends DeployedApplication {

    @AfterAll
    static void leaveThePoolAsItWas() {
        EvaluationApi.forgetInvitedExperts();
    }


    private static final String INVITATIONS = "/api/v1/experts/invitations";
    private static final List<String> OTHER_ROLES = List.of("consortium-member", "programme-officer", "national-contact",
            "admin");

    @Test
    void aNewAddressGetsAnAccountThatCanOnlyReviewBothEmailsAndAPlaceInThePool() throws Exception {
        String email = unique("expert") + "@experts.example";

        HttpResponse<String> invited = invite(email, "Hélène Dubois", "fr");

        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(Json.bool(invited.body(), "added")).isTrue();
        assertThat(Json.text(invited.body(), "account")).isEqualTo("NEW_ACCOUNT");
        assertThat(Json.text(invited.body(), "expert.username")).isEqualTo(email);
        assertThat(Json.bool(invited.body(), "expert.active")).isFalse();
        long id = Json.number(invited.body(), "expert.id");
        assertThat(invited.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/v1/experts/" + id));

        String user = KeycloakAdmin.get("/users?exact=true&email=" + email);
        String userId = Json.text(user, "[0].id");
        assertThat(Json.text(user, "[0].username")).isEqualTo(email);
        assertThat(Json.bool(user, "[0].emailVerified")).isFalse();
        List<String> roles = Json.objects(KeycloakAdmin.get("/users/" + userId + "/role-mappings/realm/composite"), "")
                .stream().map(role -> role.getString("name")).toList();
        assertThat(roles).contains("reviewer").doesNotContainAnyElementsOf(OTHER_ROLES);
        assertThat(KeycloakAdmin.get("/users/" + userId + "/groups")).contains("\"path\":\"/invited-experts\"")
                .doesNotContain("invited-co-applicants");

        MimeMessage setPassword = Mailbox.await(email, "action-token");
        assertThat(setPassword.getSubject()).isEqualTo(KeycloakThemes.emailText("fr", "executeActionsSubject"));
        assertThat(Mailbox.text(setPassword)).contains(TestEnvironment.realmUrl() + "/login-actions/action-token?key=");
        MimeMessage ours = Mailbox.await(email, "Vous êtes invité(e) à évaluer pour SciCoop");
        assertThat(ours.getSubject()).isEqualTo("Vous êtes invité(e) à évaluer pour SciCoop");
        assertThat(Mailbox.text(ours)).contains("Wei Li").contains(TestEnvironment.appUrl() + "/app/reviews/index.xhtml")
                .contains("mot de passe");

        List<String> pool = Json.objects(Http.getWithToken("/api/v1/experts", demoToken("officer")).body(), "")
                .stream().map(expert -> expert.getString("email")).toList();
        assertThat(pool).containsOnlyOnce(email);
    }

    @Test
    void theSameAddressAgainAnswersTheExpertItHasAndSendsTheSetPasswordMailAgain() {
        String email = unique("twice") + "@experts.example";
        HttpResponse<String> first = invite(email, "Ama Mensah", "en");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        HttpResponse<String> again = invite(email, "Ama Mensah", "en");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Json.bool(again.body(), "added")).isFalse();
        assertThat(Json.text(again.body(), "account")).isEqualTo("PENDING_ACCOUNT");
        assertThat(Json.number(again.body(), "expert.id")).isEqualTo(Json.number(first.body(), "expert.id"));
        Mailbox.await(email, "action-token");
        for (int attempt = 0; attempt < 60 && Mailbox.to(email, "action-token").size() < 2; attempt++) {
            sleep();
        }
        assertThat(Mailbox.to(email, "action-token")).hasSize(2);
        assertThat(Json.objects(Http.getWithToken("/api/v1/experts", demoToken("officer")).body(), "").stream()
                .filter(expert -> email.equals(expert.getString("email")))).hasSize(1);
    }

    @Test
    void aReviewersVerifiedAccountIsLinkedAsItIs() throws Exception {
        String username = unique("reviewer");
        String email = username + "@experts.example";
        KeycloakAdmin.createUser(username, email, "a-reviewer's-long-password", "DE", "reviewer");

        HttpResponse<String> invited = invite(email, "Jonas Weber", "en");

        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(Json.text(invited.body(), "account")).isEqualTo("EXISTING_ACCOUNT");
        assertThat(Json.text(invited.body(), "expert.username")).isEqualTo(username);
        MimeMessage ours = Mailbox.await(email, "You are invited to review for SciCoop");
        assertThat(ours.getSubject()).isEqualTo("You are invited to review for SciCoop");
        assertThat(Mailbox.text(ours)).doesNotContain("password");
        assertThat(Mailbox.to(email, "action-token")).isEmpty();
    }

    @Test
    void anAccountThatIsNotAReviewersIsRefusedAtTheAddressAndNothingIsRecorded() {
        String username = unique("applicant");
        String email = username + "@experts.example";
        KeycloakAdmin.createUser(username, email, "an-applicant's-long-password", "KE", "consortium-member");

        HttpResponse<String> refused = invite(email, "Otieno Ouma", "en");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.text(refused.body(), "code")).isEqualTo("rule.expert.invitation.notReviewer");
        assertThat(Json.text(refused.body(), "errors[0].field")).isEqualTo("/email");
        assertThat(Json.text(refused.body(), "detail")).contains(email).contains("reviewer role");
        assertNotInPool(email);
        List<String> roles = Json.objects(KeycloakAdmin.get("/users/" + Json.text(KeycloakAdmin.get(
                "/users?exact=true&username=" + username), "[0].id") + "/role-mappings/realm/composite"), "")
                .stream().map(role -> role.getString("name")).toList();
        assertThat(roles).doesNotContain("reviewer");
    }

    @Test
    void anAccountHoldingTheAddressUnverifiedIsRefusedInTheCallersLanguage() {
        String username = unique("claimer");
        String email = username + "@experts.example";
        String id = KeycloakAdmin.createUser(username, email, "a-claimer's-long-password", "BR", "reviewer");
        assertThat(KeycloakAdmin.put("/users/" + id, """
                {"username": "%s", "email": "%s", "emailVerified": false, "firstName": "Test", "lastName": "%s",
                 "attributes": {"country": ["BR"]}}""".formatted(username, email, username))).isEqualTo(204);

        HttpResponse<String> refused = Http.send("POST", INVITATIONS, demoToken("officer"),
                body(email, "Mallory Reis", "es"), "Accept-Language", "es");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(Json.text(refused.body(), "code")).isEqualTo("rule.expert.invitation.unverified");
        assertThat(Json.text(refused.body(), "errors[0].field")).isEqualTo("/email");
        assertThat(Json.text(refused.body(), "detail")).contains(email).contains("administrador");
        assertNotInPool(email);
        assertThat(Mailbox.to(email, "SciCoop")).isEmpty();
    }

    @Test
    void badInputIsNamedAtItsFieldAndOnlyOfficersInvite() {
        HttpResponse<String> noLanguage = Http.send("POST", INVITATIONS, demoToken("officer"), """
                {"name": "No Language", "email": "%s@experts.example", "country": "DE", "expertise": []}"""
                .formatted(unique("nolang")));
        assertThat(noLanguage.statusCode()).as(noLanguage.body()).isEqualTo(400);
        assertThat(Json.text(noLanguage.body(), "errors[0].field")).isEqualTo("/language");

        String email = unique("nobody") + "@experts.example";
        for (String role : List.of("admin", "reviewer", "member", "contact")) {
            assertThat(Http.send("POST", INVITATIONS, demoToken(role), body(email, "No Body", "en")).statusCode())
                    .as(role).isEqualTo(403);
        }
        assertThat(Http.send("POST", INVITATIONS, null, body(email, "No Body", "en")).statusCode()).isEqualTo(401);
        assertThat(KeycloakAdmin.get("/users?exact=true&email=" + email)).isEqualTo("[]");
        assertNotInPool(email);
    }

    private static HttpResponse<String> invite(String email, String name, String language) {
        return Http.send("POST", INVITATIONS, demoToken("officer"), body(email, name, language));
    }

    private static String body(String email, String name, String language) {
        return """
                {"name": "%s", "email": "%s", "country": "DE", "expertise": ["WATER", "HEALTH"], "language": "%s"}"""
                .formatted(name, email, language);
    }

    private static void assertNotInPool(String email) {
        assertThat(Http.getWithToken("/api/v1/experts", demoToken("officer")).body()).doesNotContain(email);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
