package org.scicoop.secretariat.it.proposal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scicoop.secretariat.it.support.Axe;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.EditorSteps.step;
import static org.scicoop.secretariat.it.proposal.EditorSteps.type;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Bad input in the proposal editor (issue 11), in English and Chinese: what the rules find is said at its field (an
 * empty title, a duration over the call's maximum), described for screen readers; a negative request is refused at
 * its field in plain words instead of becoming 0.00, without a script error; a milestone month names the project's
 * duration as its limit; the review step's list opens each item's step and focuses its field, and the summary above
 * the form links each message to its field.
 */
class ProposalFieldMessagesJourneyIT extends DeployedApplication {

    private static final String REQUESTED = "proposal-form:budget-rows:0:requested";

    @Test
    void theEditorSaysEachProblemAtItsFieldAndLeadsThereInEnglish() {
        String id = draft("FLDEN");
        try (Browser member = new Browser()) {
            member.logInToDashboard("member3");
            member.open("/app/proposals/proposal.xhtml?id=" + id + "&lang=en");
            recordScriptErrors(member);

            // an empty title: at the field, described by it and marked invalid
            WebElement title = member.waitFor(By.id("proposal-form:title"));
            assertThat(text(member, "proposal-form:title-findings")).isEqualTo(Bundles.text("en", "proposal.rule.titleMissing"));
            assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(title.getAttribute("aria-describedby")).contains("proposal-form:title-findings");

            // a duration over the call's maximum (36): at the field, live
            type(member, "proposal-form:duration_input", "48");
            member.waitForText(By.id("proposal-form:duration-findings"), text -> !text.isBlank());
            assertThat(text(member, "proposal-form:duration-findings"))
                    .isEqualTo(words("en", "proposal.rule.durationOverMaximum", 48, 36));
            assertThat(Axe.violations(member)).as("the findings' ARIA").filteredOn(v -> v.startsWith("aria")).isEmpty();
            member.screenshot("proposal-field-findings");

            // "Still missing" links each item to its field
            member.driver().findElement(By.cssSelector("#step-findings-list a[data-sc-focus='proposal-form:title']")).click();
            awaitFocus(member, "proposal-form:title");

            type(member, "proposal-form:title", "Soil carbon in the Cerrado");
            member.waitForText(By.id("proposal-form:title-findings"), String::isBlank);
            waitUntil(member, "settled: no longer invalid",
                    () -> member.driver().findElement(By.id("proposal-form:title")).getAttribute("aria-invalid") == null);

            // a negative request: refused at its field in plain words, not turned into 0.00
            step(member, "BUDGET");
            type(member, REQUESTED + "_input", "-5");
            member.waitForText(By.id(REQUESTED + "-message"), text -> !text.isBlank());
            assertThat(text(member, REQUESTED + "-message")).contains(Bundles.text("en", "proposal.partner.requested"))
                    .contains("Enter at least 0").doesNotContain("must").doesNotContain(REQUESTED);
            assertThat(member.driver().findElement(By.id(REQUESTED + "_input")).getAttribute("value"))
                    .contains("-5").isNotEqualTo("0.00");
            assertThat(scriptErrors(member)).isEmpty();

            // the summary above the form links the message to its field
            member.driver().findElement(By.id("proposal-form:save")).click();
            member.awaitAjax();
            WebElement link = member.waitFor(By.cssSelector("#proposal-form\\:messages a[data-sc-focus='" + REQUESTED + "']"));
            assertThat(link.getText()).contains(Bundles.text("en", "proposal.partner.requested"));
            link.click();
            awaitFocus(member, REQUESTED + "_input");
            type(member, REQUESTED + "_input", "1000");

            // a milestone month no project can have: the limit is the project's duration
            step(member, "MILESTONES");
            member.waitFor(By.id("proposal-form:add-milestone")).click();
            member.awaitAjax();
            type(member, "proposal-form:milestone-rows:0:milestone-month_input", "150");
            member.waitForText(By.id("proposal-form:milestone-rows:0:milestone-month-message"), text -> !text.isBlank());
            assertThat(text(member, "proposal-form:milestone-rows:0:milestone-month-message"))
                    .isEqualTo(words("en", "proposal.milestone.month", 48)).doesNotContain("120");

            // the review lists every missing item as a link to its step and field
            step(member, "REVIEW");
            findingLink(member, words("en", "proposal.rule.durationOverMaximum", 48, 36)).click();
            member.awaitAjax();
            member.waitFor(By.cssSelector(".sc-step-active a[data-step='CALL']"));
            awaitFocus(member, "proposal-form:duration_input");

            step(member, "REVIEW");
            String personMonths = member.driver().findElements(By.cssSelector("#review-findings a.sc-finding-link")).stream()
                    .map(WebElement::getText).filter(text -> text.contains("person-months")).findFirst().orElseThrow();
            findingLink(member, personMonths).click();
            member.awaitAjax();
            member.waitFor(By.cssSelector(".sc-step-active a[data-step='BUDGET']"));
            awaitFocus(member, "proposal-form:budget-rows:0:person-months_input");
            assertThat(scriptErrors(member)).isEmpty();
        }
    }

    @Test
    void theEditorSaysEachProblemAtItsFieldInChinese() {
        String id = draft("FLDZH");
        try (Browser member = new Browser()) {
            member.logInToDashboard("member3");
            member.open("/app/proposals/proposal.xhtml?id=" + id + "&lang=zh");
            recordScriptErrors(member);

            member.waitFor(By.id("proposal-form:title"));
            assertThat(text(member, "proposal-form:title-findings")).isEqualTo(Bundles.text("zh", "proposal.rule.titleMissing"));

            type(member, "proposal-form:duration_input", "48");
            member.waitForText(By.id("proposal-form:duration-findings"), text -> !text.isBlank());
            assertThat(text(member, "proposal-form:duration-findings"))
                    .isEqualTo(words("zh", "proposal.rule.durationOverMaximum", 48, 36));
            member.screenshot("proposal-field-findings-zh");

            step(member, "BUDGET");
            type(member, REQUESTED + "_input", "-5");
            member.waitForText(By.id(REQUESTED + "-message"), text -> !text.isBlank());
            assertThat(text(member, REQUESTED + "-message")).contains(Bundles.text("zh", "proposal.partner.requested"))
                    .contains("请输入不小于 0 的数").doesNotContain("must").doesNotContain(REQUESTED);
            assertThat(scriptErrors(member)).isEmpty();
        }
    }

    @Test
    void theNewProposalPageNamesTheMissingAcronymAndItsSummaryLinksToIt() {
        try (Browser member = new Browser()) {
            member.logInToDashboard("member3");
            member.open("/app/proposals/new.xhtml?call=STI-2026-CLIM-01&lang=zh");
            member.waitFor(By.id("new-form:create")).click();

            WebElement link = member.waitFor(By.cssSelector("#new-form\\:messages a[data-sc-focus='new-form:acronym']"));
            assertThat(link.getText()).as("the field's name and plain words, not a bare 'Required.'")
                    .isEqualTo(words("zh", "jakarta.faces.component.UIInput.REQUIRED",
                            Bundles.text("zh", "proposal.field.acronym")));
            link.click();
            awaitFocus(member, "new-form:acronym");
        }
    }

    /** A new draft of member3 on the demo call STI-2026-CLIM-01 (at most 36 months; Brazil's CNPq funds it). */
    private static String draft(String prefix) {
        HttpResponse<String> created = ProposalsApi.require(ProposalsApi.create(demoToken("member3"), "STI-2026-CLIM-01",
                ProposalsApi.unique(prefix), new ProposalsApi.PartnerSpec("Universidade de São Paulo", "BR", 0)), 201,
                "create the draft");
        return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    }

    /**
     * NRF asks its partners for a national declaration: the editor's partner step offers it at the South African
     * partner, the finding at the field goes away when it is ticked, and saving records it (what the API reads).
     */
    @Test
    void aPartnerMakesItsAgencysNationalDeclarationsInThePartnerStep() {
        String declaration = "The investigator is employed beyond the project's end.";
        String contact = demoToken("contact");
        String nrf = "/api/v1/agencies/" + Database.agencyId("ZA", "NRF") + "/national-rules";
        HttpResponse<String> rules = Http.send("PUT", nrf, contact, """
                {"eligibleTypes": [], "declarations": ["%s"], "version": 0}""".formatted(declaration),
                "If-Match", Http.etag(nrf, contact));
        assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
        try (Browser member = new Browser()) {
            ProposalsApi.Made draft = ProposalsApi.completeDraft("member", ProposalsApi.openCall(),
                    ProposalsApi.SORBONNE, List.of(ProposalsApi.CAPE_TOWN, ProposalsApi.NAIROBI));
            String capeTown = "proposal-form:partner-rows:1:";
            member.logInToDashboard("member");
            member.open("/app/proposals/proposal.xhtml?id=" + draft.id() + "&lang=en");
            // the only thing missing is the declaration: the editor opens at the partner step
            member.waitFor(By.cssSelector(".sc-step-active a[data-step='PARTNERS']"));
            member.waitForText(By.id(capeTown + "declarations-findings"), text -> text.contains(declaration));
            assertThat(member.driver().findElement(By.id(capeTown + "declarations")).getText()).contains(declaration);
            assertThat(member.driver().findElements(By.id("proposal-form:partner-rows:0:declarations")))
                    .as("ANR asks for nothing").isEmpty();
            assertThat(Axe.violations(member)).as("the partner step with a declaration to make").isEmpty();

            member.driver().findElement(By.cssSelector("[id='" + capeTown + "declarations'] .ui-chkbox-box")).click();
            member.awaitAjax();
            member.waitForText(By.id(capeTown + "declarations-findings"), String::isBlank);
            member.driver().findElement(By.id("proposal-form:save")).click();
            member.waitForText(By.id("proposal-form:messages"),
                    text -> text.contains(words("en", "proposal.saved", draft.acronym())));
            assertThat(Json.text(Http.getWithToken(draft.path(), demoToken("member")).body(),
                    "content.partners[1].declarations[0]")).isEqualTo(declaration);
            assertThat(Axe.violations(member)).as("the partner step, declared").isEmpty();

            Dimension before = member.driver().manage().window().getSize();
            member.driver().manage().window().setSize(new Dimension(390, 844));
            member.waitFor(By.id(capeTown + "declarations"));
            Object sideways = ((JavascriptExecutor) member.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) sideways).intValue()).as("the partner step scrolls sideways on a phone")
                    .isLessThanOrEqualTo(0);
            member.screenshot("proposal-declarations-phone");
            member.driver().manage().window().setSize(before);
        } finally {
            Http.send("PUT", nrf, contact, """
                    {"eligibleTypes": [], "declarations": [], "version": 0}""", "If-Match", Http.etag(nrf, contact));
        }
    }

    private static String words(String language, String key, Object... values) {
        return new MessageFormat(Bundles.text(language, key), Locale.forLanguageTag(language)).format(values);
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText().strip();
    }

    private static WebElement findingLink(Browser browser, String text) {
        List<WebElement> links = browser.waitFor(By.id("review-findings")).findElements(By.cssSelector("a.sc-finding-link"));
        return links.stream().filter(link -> link.getText().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link '" + text + "' among "
                        + links.stream().map(WebElement::getText).toList()));
    }

    private static String focused(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;");
    }

    private static void awaitFocus(Browser browser, String id) {
        waitUntil(browser, "focus on " + id, () -> id.equals(focused(browser)));
    }

    private static void waitUntil(Browser browser, String what, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .withMessage(() -> what + " (focused: " + focused(browser) + ")").until(driver -> condition.getAsBoolean());
    }

    private static void recordScriptErrors(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scErrors = [];"
                + "window.addEventListener('error', function (e) { window.scErrors.push(String(e.message)); });");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> scriptErrors(Browser browser) {
        return (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript("return window.scErrors;");
    }
}
