package org.scicoop.secretariat.it.proposal;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.Mailbox;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.TSINGHUA;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * The coordinator invites partners' investigators (issue 4, part 3), end to end through the
 * application: a new address gets an account in Keycloak (its country, only the consortium-member
 * role) and Keycloak's e-mail to set a password; an address with an account is linked and gets no such
 * e-mail; both get the application's invitation, and the coordinator's answer is the same either way.
 * Invitations are limited per coordinator and hour.
 */
class InvitationsIT extends DeployedApplication {

    @Test
    void aNewInvestigatorGetsAnAccountAndKeycloaksEmailWhileAnExistingOneIsOnlyLinked() throws Exception {
        ProposalsApi.Made draft = ProposalsApi.completeDraft("member", ProposalsApi.openCall(), SORBONNE,
                List.of(TSINGHUA, NAIROBI));
        String fresh = ProposalsApi.unique("new-pi") + "@partners.example";
        String etag = ProposalsApi.describeInvestigator(draft, 1, TSINGHUA, "Li Wei", fresh, draft.etag());
        etag = ProposalsApi.describeInvestigator(draft, 2, NAIROBI, "Amina Odhiambo", "member2@secretariat.example", etag);

        long keycloakMailsToMember2 = Mailbox.to("member2@secretariat.example", "action-token").size();
        HttpResponse<String> newAccount = invite(draft, 1);
        HttpResponse<String> existingAccount = invite(draft, 2);

        assertThat(newAccount.statusCode()).as(newAccount.body()).isEqualTo(200);
        assertThat(existingAccount.statusCode()).as(existingAccount.body()).isEqualTo(200);
        assertThat(Json.bool(existingAccount.body(), "content.partners[1].linked")).isTrue();
        assertThat(Json.bool(existingAccount.body(), "content.partners[2].linked")).isTrue();
        // the coordinator's answer does not say whether an account existed: the same fields either way
        assertThat(Json.at(newAccount.body(), "content.partners[1]").toString().replace(fresh, "x"))
                .doesNotContainIgnoringCase("created").doesNotContainIgnoringCase("exist");

        String users = KeycloakAdmin.get("/users?email=" + fresh + "&exact=true");
        assertThat(users).contains("\"CN\"");
        String id = Json.text(users, "[0].id");
        assertThat(id).as(users).isNotNull();
        String roles = KeycloakAdmin.get("/users/" + id + "/role-mappings/realm/composite");
        assertThat(roles).contains("consortium-member").doesNotContain("programme-officer")
                .doesNotContain("national-contact").doesNotContain("\"admin\"").doesNotContain("reviewer");

        MimeMessage keycloaks = Mailbox.await(fresh, "action-token");
        assertThat(keycloaks.getSubject()).isNotBlank();
        Mailbox.await(fresh, draft.acronym());
        Mailbox.await("member2@secretariat.example", draft.acronym());
        assertThat(Mailbox.to("member2@secretariat.example", "action-token").size())
                .as("an existing account gets no set-password e-mail (other tests may have sent it others)")
                .isEqualTo(keycloakMailsToMember2);
    }

    @Test
    void invitationsAreLimitedPerCoordinatorAndHour() {
        ProposalsApi.PartnerSpec saoPaulo = new ProposalsApi.PartnerSpec("Universidade de São Paulo", "BR", 0);
        ProposalsApi.Made draft = ProposalsApi.completeDraft("member3", ProposalsApi.openCall(), saoPaulo,
                List.of(TSINGHUA, NAIROBI));
        HttpResponse<String> last = null;
        int accepted = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            last = ProposalsApi.invite("member3", draft, 1);
            if (last.statusCode() != 200) {
                break;
            }
            accepted++;
        }

        assertThat(accepted).as("the default limit").isEqualTo(30);
        assertThat(last.statusCode()).isEqualTo(422);
        assertThat(Json.text(last.body(), "code")).isEqualTo("rule.proposal.tooManyInvitations");
    }

    private static HttpResponse<String> invite(ProposalsApi.Made draft, int partner) {
        return ProposalsApi.invite("member", draft, partner);
    }
}
