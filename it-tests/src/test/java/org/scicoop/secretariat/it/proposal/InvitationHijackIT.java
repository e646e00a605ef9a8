package org.scicoop.secretariat.it.proposal;

import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.Mailbox;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.TSINGHUA;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Issue 9, played as the attacker did: a rival consortium member puts the address of another consortium's
 * invitee on their own Keycloak account, hoping the invitation links them. Keycloak no longer lets a user change
 * their address without proving the new one, and an invitation links only an account that proved the address:
 * the rival reads nothing of the proposal (404), before and after the invitation, whichever way they tried.
 */
class InvitationHijackIT extends DeployedApplication {

    private static final String PASSWORD = "a-rival's-long-password";

    /** A consortium member of another consortium (Brazil), with a verified address of their own. */
    private static Rival rival() {
        String username = ProposalsApi.unique("rival");
        String id = KeycloakAdmin.createUser(username, username + "@rivals.example", PASSWORD, "BR",
                "consortium-member");
        return new Rival(id, username, KeycloakTokens.accessToken(username, PASSWORD));
    }

    record Rival(String id, String username, String token) {

        String email() {
            return Json.text(KeycloakAdmin.get("/users/" + id), "email");
        }
    }

    @Test
    void aRivalCannotTakeAnInviteesAddressAndIsNeverLinkedThroughIt() {
        Rival rival = rival();
        ProposalsApi.Made draft = ProposalsApi.completeDraft("member", ProposalsApi.openCall(), SORBONNE,
                List.of(TSINGHUA, NAIROBI));
        String invitee = ProposalsApi.unique("li.wei") + "@tsinghua.example";
        ProposalsApi.describeInvestigator(draft, 1, TSINGHUA, "Li Wei", invitee, draft.etag());
        assertThat(Http.getWithToken(draft.path(), rival.token()).statusCode()).as("before").isEqualTo(404);

        // 1. Keycloak's account API, as the attack used it: the address is no longer the user's to set
        String accountToken = KeycloakTokens.accountConsoleToken(rival.username(), PASSWORD);
        HttpResponse<String> changed = Http.send("POST", TestEnvironment.realmUrl() + "/account/", accountToken, """
                {"username": "%s", "email": "%s", "firstName": "Test", "lastName": "%s",
                 "attributes": {"country": ["BR"]}}""".formatted(rival.username(), invitee, rival.username()));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(400);
        assertThat(changed.body()).contains("email").contains("read-only");
        assertThat(rival.email()).isEqualTo(rival.username() + "@rivals.example");

        // 2. Keycloak's own e-mail update: the new address must be proved first, by a link sent to it
        String answer = KeycloakTokens.requestEmailChange(rival.username(), PASSWORD, invitee);
        assertThat(answer).contains(invitee);
        MimeMessage confirmation = Mailbox.await(invitee, "action-token");
        assertThat(Mailbox.text(confirmation)).contains(TestEnvironment.realmUrl() + "/login-actions/action-token?key=");
        assertThat(rival.email()).as("unchanged until the link is followed").isEqualTo(rival.username() + "@rivals.example");

        // 3. the coordinator invites: the invitee gets an account of their own, the rival nothing
        HttpResponse<String> invited = invite(draft, 1);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        assertThat(Json.bool(invited.body(), "content.partners[1].linked")).isTrue();
        assertThat(Http.getWithToken(draft.path(), rival.token()).statusCode()).as("after").isEqualTo(404);
        assertThat(KeycloakAdmin.get("/users?email=" + invitee + "&exact=true"))
                .contains("\"username\":\"" + invitee + "\"").doesNotContain(rival.username());
        List<JsonValue> links = Json.list(accountLinks(draft, "officer"), "");
        assertThat(links).hasSize(1);
        assertThat(Json.text(accountLinks(draft, "officer"), "[0].outcome")).isEqualTo("NEW_ACCOUNT");
        assertThat(Json.text(accountLinks(draft, "officer"), "[0].account")).isEqualTo(invitee);
    }

    @Test
    void anAccountHoldingTheAddressUnverifiedIsNeverLinkedAndTheSecretariatSeesWhy() {
        // The state the attack reached before the fix (and what an account created with an unverified address
        // is): Keycloak's data holds the invitee's address on the rival's account, unverified.
        Rival rival = rival();
        ProposalsApi.Made draft = ProposalsApi.completeDraft("member", ProposalsApi.openCall(), SORBONNE,
                List.of(TSINGHUA, NAIROBI));
        String invitee = ProposalsApi.unique("li.wei") + "@tsinghua.example";
        ProposalsApi.describeInvestigator(draft, 1, TSINGHUA, "Li Wei", invitee, draft.etag());
        assertThat(KeycloakAdmin.put("/users/" + rival.id(), """
                {"username": "%s", "email": "%s", "emailVerified": false, "firstName": "Test", "lastName": "%s",
                 "attributes": {"country": ["BR"]}}""".formatted(rival.username(), invitee, rival.username())))
                .isEqualTo(204);

        HttpResponse<String> invited = invite(draft, 1);

        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        assertThat(Json.bool(invited.body(), "content.partners[1].linked")).isFalse();
        assertThat(Json.at(invited.body(), "content.partners[1].invitedAt")).isNotNull();
        assertThat(Http.getWithToken(draft.path(), rival.token()).statusCode()).isEqualTo(404);
        assertThat(Http.send("PUT", draft.path() + "/partners/" + draft.partnerIds().get(1), rival.token(),
                "{\"piName\": \"Rival\"}", "If-Match", draft.etag()).statusCode()).isEqualTo(404);
        assertThat(Http.getWithToken(ProposalsApi.BASE + "?size=200", rival.token()).body())
                .doesNotContain(draft.acronym());
        // with the realm's e-mail verification, the account cannot even sign in again without proving the address
        assertThatThrownBy(() -> KeycloakTokens.accessToken(rival.username(), PASSWORD))
                .hasMessageContaining("did not return");

        // the secretariat reads what happened and who holds the address; the coordinator only that access waits
        String officers = accountLinks(draft, "officer");
        assertThat(Json.text(officers, "[0].outcome")).isEqualTo("REFUSED_UNVERIFIED");
        assertThat(Json.text(officers, "[0].holder")).isEqualTo(rival.username());
        assertThat(Json.text(officers, "[0].result")).isEqualTo("AWAITING_ACCOUNT");
        assertThat(Json.text(officers, "[0].actor")).isEqualTo("member");
        assertThat(Json.text(officers, "[0].email")).isEqualTo(invitee);
        String coordinators = accountLinks(draft, "member");
        assertThat(Json.text(coordinators, "[0].result")).isEqualTo("AWAITING_ACCOUNT");
        assertThat(Json.at(coordinators, "[0].outcome")).isNull();
        assertThat(coordinators).doesNotContain(rival.username());

        // the real invitee hears that the secretariat sets up their access; the rival's own address gets nothing
        MimeMessage told = Mailbox.await(invitee, draft.acronym());
        assertThat(Mailbox.text(told)).contains("secretariat");
        assertThat(Mailbox.to(rival.username() + "@rivals.example", draft.acronym())).isEmpty();
    }

    @Test
    void aVerifiedMemberIsLinkedAsBeforeAndAnUnusedInvitedAccountIsLinkedAgain() {
        ProposalsApi.Made first = ProposalsApi.completeDraft("member", ProposalsApi.openCall(), SORBONNE,
                List.of(TSINGHUA, NAIROBI));
        ProposalsApi.Made second = ProposalsApi.completeDraft("member", ProposalsApi.openCall(), SORBONNE,
                List.of(TSINGHUA, NAIROBI));
        String fresh = ProposalsApi.unique("new-pi") + "@partners.example";
        for (ProposalsApi.Made draft : List.of(first, second)) {
            String etag = ProposalsApi.describeInvestigator(draft, 1, TSINGHUA, "Li Wei", fresh, draft.etag());
            ProposalsApi.describeInvestigator(draft, 2, NAIROBI, "Amina Odhiambo", "member2@secretariat.example", etag);
        }

        assertThat(invite(first, 2).statusCode()).isEqualTo(200);
        assertThat(invite(first, 1).statusCode()).isEqualTo(200);
        assertThat(invite(second, 1).statusCode()).isEqualTo(200);

        // member2 (verified, consortium member) is linked as before and reads the proposal
        assertThat(Http.getWithToken(first.path(), demoToken("member2")).statusCode()).isEqualTo(200);
        Map<String, String> outcomes = Map.of(
                Json.text(accountLinks(first, "officer"), "[0].outcome"), Json.text(accountLinks(first, "officer"), "[0].account"),
                Json.text(accountLinks(first, "officer"), "[1].outcome"), Json.text(accountLinks(first, "officer"), "[1].account"));
        assertThat(outcomes).containsEntry("EXISTING_ACCOUNT", "member2").containsEntry("NEW_ACCOUNT", fresh);
        // the coordinator reads who was linked, by name, not whether the account existed
        String coordinators = accountLinks(first, "member");
        assertThat(Json.text(coordinators, "[0].result")).isEqualTo("LINKED");
        assertThat(Json.text(coordinators, "[0].accountName")).isEqualTo("Wanjiru Kamau");
        assertThat(Json.at(coordinators, "[0].outcome")).isNull();

        // the account the first invitation created is not used yet: the second links it and sends its e-mail again
        assertThat(Json.text(accountLinks(second, "officer"), "[0].outcome")).isEqualTo("PENDING_ACCOUNT");
        assertThat(Json.text(accountLinks(second, "officer"), "[0].account")).isEqualTo(fresh);
        Mailbox.await(fresh, second.acronym());
        assertThat(Mailbox.to(fresh, "action-token")).hasSize(2);
    }

    @Test
    void changingAnInvestigatorsAddressUnlinksTheAccountAndSaysSo() {
        ProposalsApi.Made draft = ProposalsApi.completeDraft("member", ProposalsApi.openCall(), SORBONNE,
                List.of(TSINGHUA, NAIROBI));
        String etag = ProposalsApi.describeInvestigator(draft, 2, NAIROBI, "Amina Odhiambo",
                "member2@secretariat.example", draft.etag());
        HttpResponse<String> invited = invite(draft, 2);
        assertThat(invited.statusCode()).isEqualTo(200);

        ProposalsApi.describeInvestigator(draft, 2, NAIROBI, "Someone Else", ProposalsApi.unique("else") + "@uonbi.example",
                invited.headers().firstValue("ETag").orElse(etag));

        assertThat(Http.getWithToken(draft.path(), demoToken("member2")).statusCode()).isEqualTo(404);
        String links = accountLinks(draft, "member");
        assertThat(Json.text(links, "[1].result")).isEqualTo("UNLINKED");
        assertThat(Json.text(links, "[1].account")).isEqualTo("member2");
        assertThat(Json.text(links, "[1].email")).isEqualTo("member2@secretariat.example");
    }

    private static HttpResponse<String> invite(ProposalsApi.Made draft, int partner) {
        return ProposalsApi.invite("member", draft, partner);
    }

    private static String accountLinks(ProposalsApi.Made draft, String reader) {
        HttpResponse<String> links = Http.getWithToken(draft.path() + "/account-links", demoToken(reader));
        assertThat(links.statusCode()).as(links.body()).isEqualTo(200);
        return links.body();
    }
}
