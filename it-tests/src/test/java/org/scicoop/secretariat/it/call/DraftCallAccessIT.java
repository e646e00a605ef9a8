package org.scicoop.secretariat.it.call;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Who sees a draft call (issue 12): it holds the agencies' budgets and the officers' working texts. The secretariat
 * and administrators see every draft, a national contact only the drafts an agency of their country commits to,
 * reviewers (external experts) and members none: for them a draft does not exist (404), in lists, history and
 * documents alike, through the API and on the pages.
 */
class DraftCallAccessIT extends DeployedApplication {

    /** The demo's draft: France's ANR and Egypt's STDF commit to it, South Africa's NRF does not. */
    private static final String DRAFT = "STI-2027-ENER-01";

    @Test
    void reviewersNeverSeeADraft() {
        String reviewer = demoToken("reviewer");

        assertThat(Http.getWithToken("/api/v1/calls/" + DRAFT, reviewer).statusCode()).isEqualTo(404);
        assertThat(Http.getWithToken("/api/v1/calls/" + DRAFT + "/history", reviewer).statusCode()).isEqualTo(404);
        assertThat(Http.getWithToken("/api/v1/calls?size=200", reviewer).body())
                .contains("STI-2026-CLIM-01").doesNotContain(DRAFT).doesNotContain("\"status\":\"DRAFT\"");
        assertThat(Http.getWithToken("/api/v1/calls?status=DRAFT", reviewer).body()).isEqualTo("[]");
    }

    @Test
    void aNationalContactSeesOnlyTheDraftsTheirCountrysAgencyCommitsTo() {
        String contact = demoToken("contact");
        // the contact's country comes from their person record, which a login or /me writes from the token
        assertThat(Http.getWithToken("/api/v1/me", contact).statusCode()).isEqualTo(200);
        assertThat(Http.getWithToken("/api/v1/calls/" + DRAFT, contact).statusCode())
                .as("a draft without South Africa's agency").isEqualTo(404);
        assertThat(Http.getWithToken("/api/v1/calls/" + DRAFT + "/history", contact).statusCode()).isEqualTo(404);

        String code = "IT-NRF-" + System.currentTimeMillis() % 100000;
        HttpResponse<String> created = Http.send("POST", "/api/v1/calls", demoToken("officer"), """
                {"code": "%s", "title": "Drylands water", "summary": "Water for drylands.", "themes": ["WATER"],
                 "opensAt": "%s", "deadline": "%s", "commonFundEur": 0,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true,
                 "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": [{"agencyId": %d, "amount": 9000000, "maxRequestPerPartner": 1000000}]}"""
                .formatted(code, Instant.now().plus(30, ChronoUnit.DAYS), Instant.now().plus(120, ChronoUnit.DAYS),
                        Database.agencyId("ZA", "NRF")));
        assertThat(created.statusCode()).isEqualTo(201);

        assertThat(Http.getWithToken("/api/v1/calls/" + code, contact).statusCode())
                .as("a draft South Africa's agency commits to").isEqualTo(200);
        assertThat(Http.getWithToken("/api/v1/calls/" + code + "/history", contact).statusCode()).isEqualTo(200);
        assertThat(Http.getWithToken("/api/v1/calls?status=DRAFT&size=200", contact).body())
                .contains(code).doesNotContain(DRAFT);
        for (String other : new String[] {"reviewer", "member"}) {
            assertThat(Http.getWithToken("/api/v1/calls/" + code, demoToken(other)).statusCode()).as(other)
                    .isEqualTo(404);
        }
    }

    @Test
    void onThePagesADraftDoesNotExistForAReviewerNorForANationalContactOfAnotherAgency() {
        for (String user : new String[] {"reviewer", "contact"}) {
            try (Browser browser = new Browser()) {
                browser.logInToDashboard(user);
                browser.open("/app/calls/view.xhtml?code=" + DRAFT);
                assertThat(browser.waitFor(By.id("error-title")).getText()).as(user)
                        .isEqualTo(Bundles.text("en", "error.404.title"));
                assertThat(browser.driver().getPageSource()).as(user)
                        .doesNotContain("Clean energy access for rural communities");
                browser.open("/app/calls/index.xhtml?text=" + DRAFT);
                assertThat(browser.waitFor(By.id("calls-form:calls")).getText()).as(user + "'s list of calls")
                        .doesNotContain(DRAFT);
                browser.screenshot("draft-call-404-" + user);
            }
        }
        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/view.xhtml?code=" + DRAFT);
            assertThat(officer.waitFor(By.id("page-title")).getText()).isEqualTo(DRAFT);
            officer.open("/app/calls/index.xhtml?text=" + DRAFT);
            assertThat(officer.waitFor(By.id("calls-form:calls")).getText()).contains(DRAFT);
        }
    }

    @Test
    void theSecretariatAndAdministratorsSeeEveryDraft() {
        for (String user : new String[] {"officer", "admin"}) {
            assertThat(Http.getWithToken("/api/v1/calls/" + DRAFT, demoToken(user)).statusCode()).as(user)
                    .isEqualTo(200);
            assertThat(Http.getWithToken("/api/v1/calls?status=DRAFT&size=200", demoToken(user)).body()).as(user)
                    .contains(DRAFT);
        }
    }
}
