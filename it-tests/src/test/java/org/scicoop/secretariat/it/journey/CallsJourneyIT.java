package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakTokens;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Programme officers run calls in the browser; the public sees what they publish. */
class CallsJourneyIT extends DeployedApplication {

    @Test
    void anOfficerCreatesACallWithTwoCurrenciesOpensItAndAnyoneThenSeesIt() {
        String code = "STI-2027-JRNY-" + (System.currentTimeMillis() % 10000);
        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/index.xhtml");
            officer.waitFor(By.id("new-call")).click();

            officer.waitFor(By.id("edit-form:code")).sendKeys(code);
            officer.driver().findElement(By.id("edit-form:title")).sendKeys("Ocean observation for small islands");
            officer.driver().findElement(By.id("edit-form:summary")).sendKeys("Shared ocean observing systems.");
            officer.driver().findElement(By.xpath("//label[text()='Climate Change']")).click();
            addCommitment(officer, 0, "China · NSFC (CNY)", "3000000");
            addCommitment(officer, 1, "France · ANR (EUR)", "400000");
            officer.screenshot("call-form");
            officer.driver().findElement(By.id("edit-form:save")).click();
            officer.awaitAjax();

            assertThat(officer.waitFor(By.id("call-title")).getText()).isEqualTo("Ocean observation for small islands");
            assertThat(officer.driver().findElement(By.id("call-status")).getText())
                    .isEqualTo(Bundles.text("en", "CallState.DRAFT"));
            assertThat(officer.driver().findElement(By.id("call-budget")).getText()).contains("CN¥3,000,000.00")
                    .contains("€400,000.00");
            assertThat(officer.driver().findElement(By.id("budget-chart-table")).getText())
                    .as("the chart's numbers, largest first").containsSubsequence("France", "China");

            officer.driver().findElement(By.id("call-form:open-call")).click();
            officer.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
            new WebDriverWait(officer.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(
                    By.id("call-status"), Bundles.text("en", "CallState.FORTHCOMING")));
            officer.open("/app/calls/index.xhtml?text=" + code);
            assertThat(officer.waitFor(By.id("calls-form:calls")).getText())
                    .as("opened before its opening date: forthcoming in the officers' list too, as on the public pages")
                    .contains(Bundles.text("en", "CallState.FORTHCOMING"));
            officer.screenshot("call-opened");
        }

        try (Browser visitor = new Browser()) {
            visitor.open("/calls.xhtml");
            assertThat(visitor.waitFor(By.id("calls-title")).getText()).isEqualTo(Bundles.text("en", "calls.public.title"));
            assertThat(visitor.driver().findElement(By.id("call-" + code)).getText())
                    .contains("Ocean observation for small islands");
            visitor.open("/call.xhtml?code=" + code);
            assertThat(visitor.waitFor(By.id("call-title")).getText()).isEqualTo("Ocean observation for small islands");
            assertThat(visitor.driver().findElement(By.id("funding-countries")).getText()).contains("China", "France");
            assertThat(visitor.driver().manage().getCookieNamed("JSESSIONID")).isNull();
        }
    }

    @Test
    void wrongInputIsExplainedNextToTheFieldAndNothingTypedIsLost() {
        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/edit.xhtml");
            officer.waitFor(By.id("edit-form:code")).sendKeys("not a code");
            officer.driver().findElement(By.id("edit-form:summary")).sendKeys("Kept as typed.");
            officer.driver().findElement(By.id("edit-form:common-fund_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "-5");
            officer.driver().findElement(By.id("edit-form:save")).click();

            officer.waitForText(By.id("edit-form:code-message"), text -> !text.isBlank());
            assertThat(officer.driver().findElement(By.id("edit-form:code-message")).getText())
                    .as("in plain words, with an example").contains("Enter a call code such as STI-2027-CLIM-01")
                    .doesNotContain("must match").doesNotContain("[A-Z0-9]");
            assertThat(officer.driver().findElement(By.id("edit-form:title-message")).getText())
                    .contains("Fill in this field").doesNotContain("must not be blank");
            assertThat(officer.driver().findElement(By.id("edit-form:messages")).getText()).as("the summary names the fields")
                    .contains(Bundles.text("en", "calls.column.title") + ": ");
            officer.driver().findElement(By.cssSelector("#edit-form\\:messages a[data-sc-focus='edit-form:title']")).click();
            assertThat(((org.openqa.selenium.JavascriptExecutor) officer.driver())
                    .executeScript("return document.activeElement.id;")).as("the summary links to the field")
                    .isEqualTo("edit-form:title");
            assertThat(officer.driver().findElement(By.id("edit-form:common-fund-message")).getText())
                    .as("a negative amount is refused with a message, not dropped by the input")
                    .contains(Bundles.text("en", "call.commonFund")).contains("Enter at least 0");
            officer.screenshot("call-form-errors");
            assertThat(officer.driver().findElement(By.id("edit-form:summary")).getAttribute("value"))
                    .isEqualTo("Kept as typed.");
            assertThat(officer.driver().findElement(By.id("edit-form:code")).getAttribute("value")).isEqualTo("not a code");

            officer.open("/app/calls/edit.xhtml?lang=zh");
            officer.waitFor(By.id("edit-form:code")).sendKeys("not a code");
            officer.driver().findElement(By.id("edit-form:save")).click();
            officer.waitForText(By.id("edit-form:code-message"), text -> !text.isBlank());
            assertThat(officer.driver().findElement(By.id("edit-form:code-message")).getText())
                    .contains("征集代码").contains("STI-2027-CLIM-01");
            assertThat(officer.driver().findElement(By.id("edit-form:title-message")).getText()).contains("请填写此项");
            officer.screenshot("call-form-errors-zh");
        }
    }

    @Test
    void twoOfficersEditTheSameCallAndTheSecondSeesTheOthersValuesWithoutLosingTheirOwn() {
        String code = "STI-2027-CONF-" + (System.currentTimeMillis() % 10000);
        String json = "{\"code\": \"" + code + "\", \"title\": \"Mountain water towers\","
                + " \"summary\": \"Glaciers and water supply.\", \"themes\": [\"WATER\"],"
                + " \"opensAt\": \"" + Instant.now().plus(Duration.ofDays(10)) + "\","
                + " \"deadline\": \"" + Instant.now().plus(Duration.ofDays(100)) + "\", \"commonFundEur\": 100000,"
                + " \"minPartners\": 3, \"minCountries\": 2, \"developingPartnerRequired\": true,"
                + " \"coordinatorCountryFunds\": true, \"maxDurationMonths\": 36, \"commitments\": []}";
        assertThat(Http.send("POST", "/api/v1/calls", KeycloakTokens.accessToken("officer", "demo"), json)
                .statusCode()).isEqualTo(201);

        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.logInToDashboard("officer");
            second.logInToDashboard("officer");
            first.open("/app/calls/edit.xhtml?code=" + code);
            second.open("/app/calls/edit.xhtml?code=" + code);

            WebElement title = first.waitFor(By.id("edit-form:title"));
            title.clear();
            title.sendKeys("Mountain water towers and glaciers");
            first.driver().findElement(By.id("edit-form:save")).click();
            assertThat(first.waitFor(By.id("call-title")).getText()).isEqualTo("Mountain water towers and glaciers");

            WebElement summary = second.waitFor(By.id("edit-form:summary"));
            summary.clear();
            summary.sendKeys("Glaciers, snow and the water supply of cities downstream.");
            second.driver().findElement(By.id("edit-form:save")).click();

            assertThat(second.waitFor(By.id("conflict-title")).getText())
                    .isEqualTo(Bundles.text("en", "calls.conflict.title"));
            assertThat(second.driver().findElement(By.id("conflict-table")).getText())
                    .contains("Mountain water towers and glaciers");
            assertThat(second.driver().findElement(By.id("edit-form:summary")).getAttribute("value"))
                    .isEqualTo("Glaciers, snow and the water supply of cities downstream.");
            second.screenshot("call-conflict");

            second.driver().findElement(By.id("edit-form:save")).click();
            assertThat(second.waitFor(By.id("call-title")).getText()).isEqualTo("Mountain water towers");
        }
    }

    @Test
    void anOfficerExportsTheWholeFilteredListWithFormulasNeutralised() throws Exception {
        String code = "STI-2027-EXPO-" + (System.currentTimeMillis() % 10000);
        String json = "{\"code\": \"" + code + "\", \"title\": \"=HYPERLINK(\\\"http://evil.example\\\")\","
                + " \"summary\": \"s\", \"themes\": [\"DIGITAL\"],"
                + " \"opensAt\": \"" + Instant.now().plus(Duration.ofDays(10)) + "\","
                + " \"deadline\": \"" + Instant.now().plus(Duration.ofDays(100)) + "\", \"commonFundEur\": 1000,"
                + " \"minPartners\": 3, \"minCountries\": 2, \"developingPartnerRequired\": true,"
                + " \"coordinatorCountryFunds\": true, \"maxDurationMonths\": 36, \"commitments\": []}";
        assertThat(Http.send("POST", "/api/v1/calls", KeycloakTokens.accessToken("officer", "demo"), json)
                .statusCode()).isEqualTo(201);

        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/index.xhtml");
            // the first page (latest deadlines first; other classes add calls, so not every demo call is on it)
            assertThat(officer.waitFor(By.id("calls-form:calls")).getText()).as("the list shows the calls")
                    .contains(code).contains("STI-2026-HLTH-01").contains("STI-2027-ENER-01");
            officer.choose("calls-form:filter-status", Bundles.text("en", "CallStatus.DRAFT"));
            officer.waitForText(By.id("calls-form:calls"), text -> !text.contains("STI-2026-HLTH-01"));
            officer.screenshot("calls-list-drafts");
            String href = officer.waitFor(By.id("calls-form:export-csv")).getAttribute("href");
            assertThat(href).contains("status=DRAFT");

            java.net.http.HttpResponse<String> csv = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                            .header("Cookie", "JSESSIONID=" + officer.driver().manage().getCookieNamed("JSESSIONID").getValue())
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(csv.body()).startsWith("\uFEFF" + Bundles.text("en", "calls.column.code"))
                    .contains("STI-2027-ENER-01").contains(code)
                    .doesNotContain("STI-2026-CLIM-01")
                    .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        }
    }

    @Test
    void aConsortiumMemberOpeningTheOfficersPageGetsTheAccessDeniedPage() {
        try (Browser member = new Browser()) {
            member.logInToDashboard("member");
            member.open("/app/calls/index.xhtml");

            assertThat(member.waitFor(By.id("error-title")).getText()).isEqualTo(Bundles.text("en", "error.403.title"));
        }
    }

    private static void addCommitment(Browser browser, int row, String agency, String amount) {
        browser.awaitAjax();
        String prefix = "edit-form:commitments:" + row + ":";
        browser.driver().findElement(By.id("edit-form:add-commitment")).click();
        browser.awaitAjax();
        if (browser.driver().findElements(By.id(prefix + "agency")).isEmpty()) {
            browser.screenshot("call-form-row-" + row + "-missing");
            throw new AssertionError("no row " + row + " after adding a commitment; messages: " + browser.driver()
                    .findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
                    .map(WebElement::getText).toList());
        }
        browser.choose(prefix + "agency", agency);
        WebElement input = browser.waitFor(By.id(prefix + "amount_input"));
        input.sendKeys(amount);
        input.sendKeys(Keys.TAB);
        browser.awaitAjax();
    }
}
