package org.scicoop.secretariat.it.evaluation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.CAPE_TOWN;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * National eligibility as data (issue 13, item 2): South Africa's national contact keeps NRF's rules through the
 * API, and a proposal with a South African partner is checked against them with the call's rules, until its partner
 * makes the declaration. Another country's contact, officers and members cannot change them. NRF's rules are
 * emptied again after each test (other tests' proposals have South African partners).
 */
class NationalRulesIT extends DeployedApplication {

    private static final String DECLARATION = "The investigator is employed beyond the project's end.";
    private final String nrf = "/api/v1/agencies/" + Database.agencyId("ZA", "NRF") + "/national-rules";

    @AfterEach
    void emptyTheRulesAgain() {
        String contact = demoToken("contact");
        Http.send("PUT", nrf, contact, """
                {"eligibleTypes": [], "declarations": [], "version": 0}""", "If-Match", Http.etag(nrf, contact));
    }

    @Test
    void theContactsRulesAreCheckedWithTheCallsUntilThePartnerDeclares() {
        String contact = demoToken("contact");
        HttpResponse<String> set = Http.send("PUT", nrf, contact, """
                {"eligibleTypes": ["UNIVERSITY"], "maxRequest": 1000000, "maxDurationMonths": 48,
                 "declarations": ["%s"], "version": 0}""".formatted(DECLARATION), "If-Match", Http.etag(nrf, contact));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(Json.list(set.body(), "declarations")).hasSize(1);

        ProposalsApi.Made draft = ProposalsApi.completeDraft("member", ProposalsApi.openCall(), SORBONNE,
                List.of(CAPE_TOWN, NAIROBI));
        String member = demoToken("member");
        HttpResponse<String> read = Http.getWithToken(draft.path(), member);
        assertThat(rules(read.body())).contains("nationalRequestOverMaximum", "nationalDeclarationMissing");
        String message = Json.objects(read.body(), "findings").stream()
                .filter(f -> f.getString("rule").equals("nationalDeclarationMissing")).findFirst().orElseThrow()
                .getString("message");
        assertThat(message).contains("University of Cape Town", DECLARATION);

        long capeTown = draft.partnerIds().get(1);
        HttpResponse<String> declared = Http.send("PUT", draft.path() + "/partners/" + capeTown, member, """
                {"organisationId": %d, "piName": "Investigator 1", "piEmail": "pi-za@partners.example",
                 "requested": 900000, "personMonths": 24, "declarations": ["%s"]}"""
                .formatted(ProposalsApi.organisationId(CAPE_TOWN.organisation()), DECLARATION),
                "If-Match", Http.etag(draft.path(), member));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        assertThat(rules(declared.body())).doesNotContain("nationalRequestOverMaximum", "nationalDeclarationMissing");
        assertThat(Json.list(declared.body(), "content.partners[1].declarations")).hasSize(1);
    }

    @Test
    void onlyAdministratorsAndTheCountrysContactsChangeThem() {
        String anr = "/api/v1/agencies/" + Database.agencyId("FR", "ANR") + "/national-rules";
        String body = "{\"eligibleTypes\": [], \"declarations\": [], \"version\": 0}";
        String admin = demoToken("admin");
        assertThat(Http.send("PUT", anr, demoToken("contact"), body, "If-Match", Http.etag(anr, admin)).statusCode())
                .as("South Africa's contact and France's agency").isEqualTo(404);
        assertThat(Http.send("PUT", anr, demoToken("officer"), body, "If-Match", Http.etag(anr, admin)).statusCode())
                .isEqualTo(403);
        assertThat(Http.send("PUT", anr, demoToken("member"), body, "If-Match", Http.etag(anr, admin)).statusCode())
                .isEqualTo(403);
        HttpResponse<String> french = Http.send("PUT", anr, demoToken("contact2"), body, "If-Match",
                Http.etag(anr, admin));
        assertThat(french.statusCode()).as(french.body()).isEqualTo(200);
        HttpResponse<String> invalid = Http.send("PUT", nrf, demoToken("contact"), """
                {"eligibleTypes": ["UNIVERSITY"], "maxRequest": -5, "maxDurationMonths": 0, "declarations": [""],
                 "version": 0}""", "If-Match", Http.etag(nrf, admin), "Accept-Language", "en");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Json.list(invalid.body(), "errors")).hasSizeGreaterThanOrEqualTo(3);
    }

    private static List<String> rules(String proposal) {
        return Json.objects(proposal, "findings").stream().map(f -> f.getString("rule")).toList();
    }
}
