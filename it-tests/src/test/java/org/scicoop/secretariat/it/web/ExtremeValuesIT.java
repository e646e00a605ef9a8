package org.scicoop.secretariat.it.web;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Pages keep working whatever the API accepted (issue 11): a call with every value at the edge of what is legal
 * (the longest code and texts, in scripts from CJK to Arabic with emoji, every theme, the largest amounts, a deadline
 * at the end of the ten years allowed), and a call stored by an earlier release with dates the calendar cannot show
 * ({@code infinity} in PostgreSQL), are shown by the officers' pages, the exports, the public pages and the API with
 * 200, and so do a proposal's pages and exports with every text at its longest and the largest requests; the pages of
 * what is not there answer the styled 404.
 */
class ExtremeValuesIT extends DeployedApplication {

    private static final String BASE = "/api/v1/calls";

    /** A code of {@code length} characters that matches the calls' pattern and is new. */
    private static String code(String prefix, int length) {
        String unique = prefix + "-" + System.nanoTime();
        return (unique + "-" + "9".repeat(length)).substring(0, length);
    }

    /** {@code length} characters of many scripts (a surrogate pair counts two, as the limit counts). */
    private static String text(int length, boolean lines) {
        String sample = "Água 水资源与气候 Климат المياه 🌍 ñ ß ";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(sample);
            if (lines) {
                text.append('\n');
            }
        }
        String cut = text.substring(0, length - 1);
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1) + "y";
        }
        return cut + "x";
    }

    private static String json(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    private static String extremeCall(String code) {
        String themes = Database.single("select string_agg('\"' || code || '\"', ',' order by code) from thematic_area "
                + "where active");
        long anr = Database.agencyId("FR", "ANR");
        String amount = "99999999999999999.99";
        return """
                {"code": "%s", "title": %s, "summary": %s, "themes": [%s],
                 "opensAt": "%s", "deadline": "%s", "commonFundEur": %s, "minPartners": 50, "minCountries": 50,
                 "developingPartnerRequired": true, "coordinatorCountryFunds": true, "maxDurationMonths": 120,
                 "commitments": [{"agencyId": %d, "amount": %s, "maxRequestPerPartner": %s}]}"""
                .formatted(code, json(text(300, false)), json(text(4000, true)), themes,
                        Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                        Instant.now().plus(3640, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), amount, anr,
                        amount, amount);
    }

    @Test
    void pagesExportsAndTheApiShowExtremeAndEarlierStoredValues() throws Exception {
        String officer = demoToken("officer");
        String extreme = code("XV", 40);
        HttpResponse<String> created = Http.send("POST", BASE, officer, extremeCall(extreme));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> opened = Http.send("POST", BASE + "/" + extreme + "/open", officer, null, "If-Match", etag);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(Json.at(opened.body(), "title").toString()).contains("水资源").contains("🌍");

        String legacy = code("XL", 20);
        assertThat(Http.send("POST", BASE, officer, extremeCall(legacy)).statusCode()).isEqualTo(201);
        assertThat(Database.update("update funding_call set opens_at = '-infinity', deadline = 'infinity' where code = ?",
                legacy)).isEqualTo(1);

        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String path : List.of("/", "/calls.xhtml", "/call.xhtml?code=" + extreme, "/api/v1/public/calls",
                "/api/v1/public/calls.atom")) {
            answers.put(path, Http.get(path).statusCode());
        }
        for (String path : List.of(BASE + "?size=200", BASE + "?q=" + legacy, BASE + "/" + extreme, BASE + "/" + legacy,
                BASE + "/" + legacy + "/history")) {
            answers.put(path, Http.getWithToken(path, officer).statusCode());
        }
        answers.putAll(pages("officer", "", List.of("/app/dashboard.xhtml", "/app/calls/index.xhtml",
                "/app/calls/index.xhtml?text=" + legacy, "/app/calls/index.xhtml?text=" + extreme,
                "/app/calls/view.xhtml?code=" + extreme, "/app/calls/view.xhtml?code=" + legacy,
                "/app/calls/edit.xhtml?code=" + legacy, "/app/proposals/index.xhtml",
                "/app/calls/export?format=csv", "/app/calls/export?format=xlsx", "/app/calls/export?format=pdf",
                "/app/calls/export?format=pdf&text=" + legacy, "/app/calls/export?format=csv&text=" + extreme)));

        assertThat(answers).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
    }

    @Test
    void aProposalWithEveryTextAtItsLongestAndTheLargestRequestsShowsOnItsPagesAndExports() throws Exception {
        String member = demoToken("member");
        ProposalsApi.Made draft = ProposalsApi.completeDraft("member", ProposalsApi.openCall(),
                new ProposalsApi.PartnerSpec("Sorbonne Université", "FR", 999_999_999_999_999L),
                List.of(ProposalsApi.TSINGHUA, ProposalsApi.NAIROBI));
        JsonObject read = Json.parse(Http.getWithToken(draft.path(), member).body()).asJsonObject();
        JsonObject extreme = jakarta.json.Json.createPatchBuilder()
                .replace("/content/acronym", text(30, false))
                .replace("/content/title", text(300, false))
                .replace("/content/abstractText", text(4000, true))
                .replace("/content/keywords", text(500, false))
                .build().apply(read);
        HttpResponse<String> saved = Http.send("PUT", draft.path(), member, extreme.toString(), "If-Match", draft.etag());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put(draft.path(), Http.getWithToken(draft.path(), member).statusCode());
        answers.put(ProposalsApi.BASE + "?size=200", Http.getWithToken(ProposalsApi.BASE + "?size=200", member).statusCode());
        answers.putAll(pages("member", "", List.of("/app/dashboard.xhtml", "/app/proposals/index.xhtml",
                "/app/proposals/proposal.xhtml?id=" + draft.id())));
        answers.putAll(pages("officer", "officer ", List.of("/app/proposals/index.xhtml",
                "/app/proposals/export?format=csv", "/app/proposals/export?format=xlsx",
                "/app/proposals/export?format=pdf")));

        assertThat(answers).allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
    }

    @Test
    void thePagesOfACallThatIsNotThereAnswerTheStyled404() throws Exception {
        for (String path : List.of("/call.xhtml", "/call.xhtml?code=", "/call.xhtml?code=%20%20",
                "/call.xhtml?code=%E2%80%8B", "/call.xhtml?code=NO-SUCH-CALL-1", "/call.xhtml?code=STI-2027-ENER-01",
                "/call.xhtml?code=" + "X".repeat(3000), "/call.xhtml?code=%00")) {
            HttpResponse<String> page = Http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("error-404");
        }
        try (Browser browser = new Browser()) {
            browser.logInToDashboard("officer");
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            for (String path : List.of("/app/calls/view.xhtml", "/app/calls/view.xhtml?code=",
                    "/app/calls/view.xhtml?code=NO-SUCH-CALL-1", "/app/calls/edit.xhtml?code=NO-SUCH-CALL-1")) {
                HttpResponse<String> page = withSession(path, session);
                assertThat(page.statusCode()).as(path).isEqualTo(404);
                assertThat(page.body()).as(path).contains("error-404");
            }
        }
    }

    /** What each page answers {@code username} (logged in through Keycloak); 500 for the styled error page. */
    private static Map<String, Integer> pages(String username, String label, List<String> paths) throws Exception {
        Map<String, Integer> answers = new LinkedHashMap<>();
        try (Browser browser = new Browser()) {
            browser.logInToDashboard(username);
            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            for (String path : paths) {
                HttpResponse<String> page = withSession(path, session);
                answers.put(label + path, page.body().contains("error-500") ? 500 : page.statusCode());
            }
        }
        return answers;
    }

    private static HttpResponse<String> withSession(String path, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TestEnvironment.appUrl() + path))
                        .header("Cookie", "JSESSIONID=" + session).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
