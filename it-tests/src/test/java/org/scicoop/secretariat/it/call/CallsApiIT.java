package org.scicoop.secretariat.it.call;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/** Calls through the API: who may do what, the life cycle's guards, validation, versions, the timer. */
class CallsApiIT extends DeployedApplication {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static String newCode() {
        return "IT-" + System.currentTimeMillis() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }

    private static String call(String code, Instant deadline, String commitments, String commonFund) {
        return """
                {"code": "%s", "title": "Water and health in growing cities",
                 "summary": "Safe water for fast-growing cities.", "themes": ["WATER", "HEALTH"],
                 "opensAt": "%s", "deadline": "%s", "commonFundEur": %s,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true,
                 "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": [%s]}""".formatted(code, Instant.now().minus(1, ChronoUnit.DAYS), deadline,
                commonFund, commitments);
    }

    private static String twoCurrencies() {
        return """
                {"agencyId": %d, "amount": 5000000, "maxRequestPerPartner": 1000000},
                {"agencyId": %d, "amount": 800000}""".formatted(
                Database.agencyId("CN", "NSFC"), Database.agencyId("FR", "ANR"));
    }

    private static HttpResponse<String> create(String json) {
        return Http.send("POST", "/api/v1/calls", demoToken("officer"), json);
    }

    @Test
    void officerCreatesADraftWithCommitmentsInTwoCurrencies() {
        String code = newCode();

        HttpResponse<String> created = create(call(code, Instant.now().plus(60, ChronoUnit.DAYS), twoCurrencies(), "0"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/calls/" + code));
        assertThat(created.headers().firstValue("ETag")).isPresent();
        assertThat(created.body()).contains("\"status\":\"DRAFT\"")
                .contains("\"CNY\":5000000").contains("\"EUR\":800000")
                .contains("\"themes\":[\"HEALTH\",\"WATER\"]");
        assertThat(Json.text(created.body(), "totalEur")).as("CNY converted at the demo rate").isNotNull();
    }

    @Test
    void onlyOfficersCreateCalls() {
        HttpResponse<String> refused = Http.send("POST", "/api/v1/calls", demoToken("member"),
                call(newCode(), Instant.now().plus(60, ChronoUnit.DAYS), twoCurrencies(), "0"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void membersDoNotSeeDraftsTheSecretariatDoes() {
        assertThat(Http.getWithToken("/api/v1/calls/STI-2027-ENER-01", demoToken("member")).statusCode()).isEqualTo(404);
        assertThat(Http.getWithToken("/api/v1/calls/STI-2027-ENER-01", demoToken("admin")).statusCode()).isEqualTo(200);
        assertThat(Http.getWithToken("/api/v1/calls/STI-2026-CLIM-01", demoToken("member")).statusCode()).isEqualTo(200);

        String membersList = Http.getWithToken("/api/v1/calls?size=200", demoToken("member")).body();
        assertThat(membersList).contains("STI-2026-CLIM-01").doesNotContain("\"status\":\"DRAFT\"");
        assertThat(Http.getWithToken("/api/v1/calls?size=200", demoToken("officer")).body()).contains("STI-2027-ENER-01");
    }

    @Test
    void listsAreFilteredOnTheServer() {
        assertThat(Http.getWithToken("/api/v1/calls?status=CLOSED", demoToken("officer")).body())
                .contains("STI-2025-FOOD-01").doesNotContain("STI-2026-CLIM-01");
        assertThat(Http.getWithToken("/api/v1/calls?q=coastal", demoToken("officer")).body())
                .contains("STI-2026-CLIM-01").doesNotContain("STI-2025-FOOD-01");
        assertThat(Http.getWithToken("/api/v1/calls?theme=BIODIVERSITY", demoToken("officer")).body())
                .contains("STI-2026-HLTH-01").doesNotContain("STI-2026-CLIM-01");
        HttpResponse<String> unknownStatus = Http.send("GET", "/api/v1/calls?status=SLEEPING", demoToken("officer"), null,
                "Accept-Language", "fr");
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(unknownStatus.body()).as("why, in the caller's language, with the allowed values")
                .contains("Le paramètre status doit prendre l'une de ces valeurs").contains("DRAFT, OPEN, CLOSED");
    }

    @Test
    void invalidInputListsEachFieldAsAProblemInTheCallersLanguage() {
        HttpResponse<String> response = Http.send("POST", "/api/v1/calls", demoToken("officer"), """
                {"code": "lower case", "title": " ", "summary": "s", "themes": [],
                 "opensAt": "2027-01-01T00:00:00Z", "deadline": "2027-03-01T00:00:00Z", "commonFundEur": -1,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true, "coordinatorCountryFunds": true,
                 "maxDurationMonths": 36, "commitments": []}""",
                "Accept-Language", "fr");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(Bundles.text("fr", "problem.invalid"))
                .as("in plain words, the field named by a JSON pointer")
                .contains("{\"field\":\"/title\",\"message\":\"Remplissez ce champ.\"}");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"/code\"").contains("\"field\":\"/themes\"")
                .contains("\"field\":\"/commonFundEur\"").contains("STI-2027-CLIM-01");
    }

    @Test
    void aBodyThatDoesNotFitTheCommandIsRefusedFieldByFieldWithoutGuessing() {
        HttpResponse<String> response = Http.send("POST", "/api/v1/calls", demoToken("officer"), """
                {"code": "STI-2099-X-01", "title": "T", "summary": "s", "themes": ["WATER"],
                 "opensAt": "2027-02-30T00:00:00Z", "deadline": "2027-03-01", "commonFundEur": 1e2147483647,
                 "minPartners": 2.5, "minCountries": 2, "developingPartnerRequired": "yes",
                 "maxDurationMonths": 36, "commitments": [{"agencyId": 18446744073709551635, "amount": 1}]}""",
                "Accept-Language", "fr");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"invalid\"");
        for (String field : new String[]{"/opensAt", "/deadline", "/commonFundEur", "/minPartners",
                "/developingPartnerRequired", "/coordinatorCountryFunds", "/commitments/0/agencyId"}) {
            assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        }
        assertThat(response.body()).contains(Bundles.text("fr", "problem.json.boolean"));
    }

    @Test
    void openingWithoutBudgetIsRefusedWithTheReasonInTheCallersLanguage() {
        String code = newCode();
        String etag = create(call(code, Instant.now().plus(60, ChronoUnit.DAYS), "", "0")).headers()
                .firstValue("ETag").orElseThrow();

        HttpResponse<String> refused = Http.send("POST", "/api/v1/calls/" + code + "/open", demoToken("officer"), null,
                "Accept-Language", "fr", "If-Match", etag);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"code\":\"rule.call.noCommitment\"")
                .contains(Bundles.text("fr", "rule.call.noCommitment"));
        assertThat(Json.text(refused.body(), "status")).isEqualTo("422");
    }

    @Test
    void updatesNeedTheVersionReadAndAStaleOneIsRefused() {
        String code = newCode();
        String json = call(code, Instant.now().plus(60, ChronoUnit.DAYS), twoCurrencies(), "0");
        String etag = create(json).headers().firstValue("ETag").orElseThrow();

        assertThat(Http.send("PUT", "/api/v1/calls/" + code, demoToken("officer"), json).statusCode()).isEqualTo(428);
        HttpResponse<String> saved = Http.send("PUT", "/api/v1/calls/" + code, demoToken("officer"),
                json.replace("Water and health", "Clean water and health"), "If-Match", etag);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Clean water and health");

        HttpResponse<String> stale = Http.send("PUT", "/api/v1/calls/" + code, demoToken("officer"), json, "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(Http.getWithToken("/api/v1/calls/" + code, demoToken("officer")).body()).contains("Clean water and health");
    }

    @Test
    void theHistoryNamesWhoChangedWhichFieldFromWhatToWhat() {
        String code = newCode();
        String json = call(code, Instant.now().plus(60, ChronoUnit.DAYS), twoCurrencies(), "0");
        String etag = create(json).headers().firstValue("ETag").orElseThrow();
        Http.send("PUT", "/api/v1/calls/" + code, demoToken("officer"), json.replace("Water and health", "Clean water and health")
                .replace("\"amount\": 800000", "\"amount\": 900000")
                .replace("[\"WATER\", \"HEALTH\"]", "[\"WATER\", \"HEALTH\", \"CLIMATE_CHANGE\"]"), "If-Match", etag);

        HttpResponse<String> history = Http.getWithToken("/api/v1/calls/" + code + "/history", demoToken("officer"));

        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body())
                .contains("\"username\":\"officer\"")
                .contains("{\"after\":\"Clean water and health in growing cities\",\"before\":\"Water and health in growing cities\",\"field\":\"title\"}")
                .contains("{\"after\":\"900000.00 EUR\",\"before\":\"800000.00 EUR\",\"field\":\"commitment.ANR\"}")
                .contains("{\"after\":[\"CLIMATE_CHANGE\",\"HEALTH\",\"WATER\"],\"before\":[\"HEALTH\",\"WATER\"],\"field\":\"themes\"}");
        assertThat(Http.getWithToken("/api/v1/calls/" + code + "/history", demoToken("member")).statusCode()).isEqualTo(403);

        // the page shows both values of each line, themes by their names in the reader's language, people by name
        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/view.xhtml?code=" + code);
            assertThat(themesLine(officer, "en")).as("before → after")
                    .matches(Bundles.text("en", "call.field.themes") + ": (Health, Water Resources|Water Resources, Health)"
                            + " → Climate Change, Health, Water Resources");
            assertThat(officer.driver().findElement(By.id("call-history")).getText()).contains("Wei Li")
                    .doesNotContain("CLIMATE_CHANGE")
                    .as("budgets as money").contains(Bundles.text("en", "call.field.commitment") + " ANR: €800,000.00 → €900,000.00");
            officer.open("/app/calls/view.xhtml?code=" + code + "&lang=zh");
            String zh = themesLine(officer, "zh");
            assertThat(zh).startsWith(Bundles.text("zh", "call.field.themes") + ":");
            String[] values = zh.substring(zh.indexOf(':') + 1).split("→");
            assertThat(values).hasSize(2);
            assertThat(values[0]).contains("卫生与健康", "水资源").doesNotContain("气候变化");
            assertThat(values[1]).contains("卫生与健康", "水资源", "气候变化");
            officer.screenshot("call-history-zh");
        }
    }

    /** The history's line that changed the themes to three (the call was created with two). */
    private static String themesLine(Browser browser, String language) {
        String label = Bundles.text(language, "call.field.themes");
        return browser.waitFor(By.id("call-history")).findElements(By.tagName("li")).stream()
                .map(WebElement::getText).filter(line -> line.startsWith(label) && !line.contains("—"))
                .findFirst().orElseThrow(() -> new AssertionError("no line of the themes with both values in "
                        + browser.driver().findElement(By.id("call-history")).getText()));
    }

    @Test
    void anOpenCallsDeadlineIsExtendedWithAReasonThenItCanBeCancelledAndCloned() {
        String code = newCode();
        Instant deadline = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        create(call(code, deadline, twoCurrencies(), "100000"));
        assertThat(Http.send("POST", "/api/v1/calls/" + code + "/open", demoToken("officer"), null,
                "If-Match", version(code)).body()).contains("\"status\":\"OPEN\"");

        Instant later = deadline.plus(14, ChronoUnit.DAYS);
        HttpResponse<String> extended = Http.send("POST", "/api/v1/calls/" + code + "/extend", demoToken("officer"),
                "{\"newDeadline\": \"" + later + "\", \"reason\": \"Public holidays in two partner countries\"}",
                "If-Match", version(code));
        assertThat(extended.statusCode()).isEqualTo(200);
        assertThat(extended.body()).contains("\"deadline\":\"" + later).contains("Public holidays")
                .contains("\"extendedBy\":\"officer\"");

        HttpResponse<String> earlier = Http.send("POST", "/api/v1/calls/" + code + "/extend", demoToken("officer"),
                "{\"newDeadline\": \"" + deadline + "\", \"reason\": \"oops\"}", "If-Match", version(code));
        assertThat(earlier.statusCode()).isEqualTo(422);
        assertThat(earlier.body()).contains("rule.call.extensionNotLater");

        assertThat(Http.send("POST", "/api/v1/calls/" + code + "/cancel", demoToken("officer"),
                "{\"reason\": \"Agencies withdrew\"}", "If-Match", version(code)).body())
                .contains("\"status\":\"CANCELLED\"");
        String cloneCode = newCode();
        HttpResponse<String> clone = Http.send("POST", "/api/v1/calls/" + code + "/clone", demoToken("officer"),
                "{\"code\": \"" + cloneCode + "\"}");
        assertThat(clone.statusCode()).isEqualTo(201);
        assertThat(clone.body()).contains("\"status\":\"DRAFT\"").contains("\"CNY\":5000000");
    }

    @Test
    void anOpenCallClosesItselfAtItsDeadlineAsTheSystem() throws InterruptedException {
        String code = newCode();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(4));
        create(call(code, deadline, twoCurrencies(), "0"));
        Http.send("POST", "/api/v1/calls/" + code + "/open", demoToken("officer"), null, "If-Match", version(code));

        String status = null;
        Instant giveUp = deadline.plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(giveUp)) {
            status = Json.text(Http.getWithToken("/api/v1/calls/" + code, demoToken("officer")).body(), "status");
            if ("CLOSED".equals(status)) {
                break;
            }
            Thread.sleep(250);
        }

        assertThat(status).isEqualTo("CLOSED");
        Instant closedAt = Instant.parse(Json.text(Http.getWithToken("/api/v1/calls/" + code, demoToken("officer")).body(), "closedAt"));
        assertThat(Duration.between(deadline, closedAt)).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        assertThat(Database.single("""
                select r.username from funding_call_aud a join audit_revision r on r.id = a.rev
                where a.code = ? and a.status = 'CLOSED'""", code)).isEqualTo("system");
        assertThat(Database.single("""
                select r.username from funding_call_aud a join audit_revision r on r.id = a.rev
                where a.code = ? and a.status = 'OPEN'""", code)).isEqualTo("officer");
    }

    @Test
    void publishedCallsAreOpenDataWithCaching() {
        HttpResponse<String> open = Http.get("/api/v1/public/calls?status=OPEN", "Accept", "application/json");

        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains("STI-2026-CLIM-01").doesNotContain("STI-2027-ENER-01")
                .doesNotContain("STI-2026-HLTH-01");
        assertThat(Http.get("/api/v1/public/calls?status=FORTHCOMING").body()).contains("STI-2026-HLTH-01");
        String etag = open.headers().firstValue("ETag").orElseThrow();
        assertThat(Http.get("/api/v1/public/calls?status=OPEN", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(open.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void publishedCallsComeAPageAtATimeWithTheirTotalAndLinks() {
        HttpResponse<String> all = Http.get("/api/v1/public/calls?size=200");
        long total = Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).as("the demo's open, forthcoming and closed calls at least").isGreaterThanOrEqualTo(3);
        assertThat(all.body()).doesNotContain("STI-2027-ENER-01");

        HttpResponse<String> first = Http.get("/api/v1/public/calls?size=1");
        assertThat(first.body().split("\"code\"", -1)).as("one call").hasSize(2);
        assertThat(first.headers().allValues("Link")).anyMatch(link -> link.contains("rel=\"next\"") && link.contains("page=1"))
                .noneMatch(link -> link.contains("rel=\"prev\""));
        HttpResponse<String> last = Http.get("/api/v1/public/calls?size=1&page=" + (total - 1));
        assertThat(last.headers().allValues("Link")).anyMatch(link -> link.contains("rel=\"prev\""))
                .noneMatch(link -> link.contains("rel=\"next\""));
        assertThat(Http.get("/api/v1/public/calls?size=1&page=" + total).body()).isEqualTo("[]");

        HttpResponse<String> tooMany = Http.get("/api/v1/public/calls?size=100000", "Accept-Language", "zh");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("每页数量必须在 1 到 200 之间");
        assertThat(tooMany.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    /** The call's ETag as the officer reads it now: what a change sends as If-Match. */
    private static String version(String code) {
        return Http.etag("/api/v1/calls/" + code, demoToken("officer"));
    }
}
