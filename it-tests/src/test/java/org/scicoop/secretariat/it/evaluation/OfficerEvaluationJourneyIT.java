package org.scicoop.secretariat.it.evaluation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Axe.violations;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * The officer's evaluation of a call through the browser, from its close to the recorded decision: "Start" refused
 * while proposals are unscreened (the rule in words), then started in the settings form; the board filled by
 * "Suggest", an assignment taken back and given again by hand; reviews submitted through the API; the consensus
 * started and set on the consensus page (a concurrent change said, not overwritten); the ranking and its export; a
 * what-if beside the current allocation; the decision with an override and its reason, confirmed, and the recorded
 * allocation read-only. Every page meets WCAG 2.1 AA; the board and the allocation fit a 390 px phone; one page in
 * Chinese.
 */
class OfficerEvaluationJourneyIT extends DeployedApplication {

    private static EvaluationApi.ClosedCall closed;

    /** The pool: the demo reviewers as experts (the demo data adds them too; either may come first). */
    @BeforeAll
    static void aClosedCallAndAPoolOfExperts() throws InterruptedException {
        Database.update("""
                insert into expert (username, display_name, email, organisation_id, country_code, added_by, added_at)
                    select v.username, v.display_name, v.username || '@secretariat.example', o.id, v.country, 'admin',
                           current_timestamp
                    from (
                        select 'reviewer' as username, 'Anna Schmidt' as display_name, 'DE' as country, 'Technische Universität München' as organisation union all
                        select 'reviewer2', 'Priya Sharma', 'IN', 'Indian Institute of Science' union all
                        select 'reviewer3', 'Sipho Dlamini', 'ZA', 'University of Cape Town' union all
                        select 'reviewer4', 'Lucie Bernard', 'FR', 'Centre national de la recherche scientifique') v
                    left join organisation o on o.name = v.organisation
                    where not exists (select 1 from expert x where x.username = v.username)""");
        closed = EvaluationApi.closedCall();
    }

    @Test
    void theOfficerEvaluatesRanksTriesAndDecidesInTheBrowser() throws Exception {
        String code = closed.code();
        ProposalsApi.Made first = closed.first();
        ProposalsApi.Made second = closed.second();
        ProposalsApi.Made third = closed.third();
        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");

            // From the call's page to its evaluation; "Start" is refused while proposals are unscreened
            officer.open("/app/calls/view.xhtml?code=" + code);
            officer.waitFor(By.id("call-evaluation")).click();
            officer.waitFor(By.id("settings"));
            assertThat(officer.driver().getCurrentUrl()).contains("/app/evaluation/index.xhtml?call=" + code);
            accessible(officer, "evaluation settings");
            officer.screenshot("evaluation-settings");
            startInTheForm(officer);
            officer.waitForText(By.id("evaluation-form:messages"),
                    text -> text.contains("4 submitted proposals have not been screened yet"));

            // Screened (through the API), the evaluation starts in the form
            closed.eligible().forEach(made -> EvaluationApi.screen(made, "{\"eligible\": true}"));
            EvaluationApi.screen(closed.rejected(), "{\"eligible\": false, \"reasons\": \"No letter of commitment.\"}");
            officer.open("/app/evaluation/index.xhtml?call=" + code);
            startInTheForm(officer);
            officer.waitFor(By.id("progress"));
            assertThat(officer.driver().findElement(By.id("progress-proposals")).getText()).isEqualTo("3");
            assertThat(officer.driver().findElement(By.id("progress-wanted")).getText()).isEqualTo("9");
            officer.open("/app/evaluation/index.xhtml?call=" + code).waitFor(By.id("progress"));
            accessible(officer, "evaluation progress");

            // The board: "Suggest" fills it; an assignment is taken back and given again by hand
            officer.waitFor(By.id("nav-board")).click();
            officer.waitFor(By.id("board"));
            accessible(officer, "empty board");
            officer.waitFor(By.id("board-form:suggest")).click();
            officer.waitForText(By.id("board-missing"),
                    text -> text.equals(Bundles.text("en", "board.summary.missing").replaceAll(".*0#([^|]*)\\|.*", "$1")));
            String firstRow = officer.waitFor(By.id("row-" + first.id())).getText();
            assertThat(firstRow).as("reviewers by name").containsAnyOf("Anna Schmidt", "Priya Sharma", "Lucie Bernard",
                    "Sipho Dlamini");
            assertThat(officer.driver().findElement(By.id("row-" + second.id())).getText())
                    .as("never a partner's organisation").doesNotContain("Sipho Dlamini");
            WebElement seat = officer.driver().findElement(By.cssSelector("#row-" + first.id() + " li.sc-seat"));
            String removed = seat.findElement(By.className("sc-seat-name")).getText();
            String removedUsername = seat.getAttribute("data-reviewer");
            seat.findElement(By.tagName("button")).click();
            confirm(officer);
            officer.waitForText(By.id("row-" + first.id()), text -> !text.contains(removed));
            assertThat(officer.driver().findElement(By.id("missing-" + first.id())).getText()).isEqualTo("1");
            officer.choose("board-form:assign-proposal", first.acronym());
            String expertLabel = (String) ((JavascriptExecutor) officer.driver()).executeScript(
                    "return $(PrimeFaces.getWidgetById('board-form:assign-expert').input).find('option[value=\"'"
                            + " + arguments[0] + '\"]').text();", removedUsername);
            officer.choose("board-form:assign-expert", expertLabel);
            officer.driver().findElement(By.id("board-form:assign-button")).click();
            officer.waitForText(By.id("row-" + first.id()), text -> text.contains(removed));
            assertThat(officer.driver().findElement(By.id("missing-" + first.id())).getText()).isEqualTo("0");
            officer.open("/app/evaluation/board.xhtml?call=" + code).waitFor(By.id("board"));
            accessible(officer, "board");
            officer.screenshot("evaluation-board");
            onAPhone(officer, "/app/evaluation/board.xhtml?call=" + code, By.id("board"), "evaluation-board-phone");

            // Reviews come in (through the API); the officer starts the consensus
            Map<Long, double[]> marks = Map.of(first.id(), new double[]{4.5, 4, 4}, second.id(), new double[]{4, 4, 3.5},
                    third.id(), new double[]{4, 3.5, 3.5});
            for (String reviewer : List.of("reviewer", "reviewer2", "reviewer3", "reviewer4")) {
                EvaluationApi.submitAll(reviewer, closed, marks);
            }
            officer.open("/app/evaluation/index.xhtml?call=" + code);
            assertThat(officer.waitFor(By.id("progress-submitted")).getText()).isEqualTo("9");
            officer.waitFor(By.id("evaluation-form:start-consensus")).click();
            confirm(officer);
            officer.waitFor(By.id("evaluation-consensus-at"));

            // The consensus page: reviews side by side, the consensus set, a concurrent change said
            officer.open("/app/evaluation/consensus.xhtml?call=" + code + "&proposal=" + first.id());
            assertThat(officer.waitFor(By.id("reviews-table")).findElements(By.cssSelector("thead th")))
                    .as("a criterion column and three reviewers").hasSize(4);
            officer.choose("consensus-form:scores:0:score", "4.5");
            officer.choose("consensus-form:scores:1:score", "4.0");
            officer.choose("consensus-form:scores:2:score", "4.0");
            officer.driver().findElement(By.id("consensus-form:report")).sendKeys("A strong consortium with a clear plan.");
            officer.driver().findElement(By.id("consensus-form:save-consensus")).click();
            officer.waitForText(By.id("consensus-form:messages"), text -> text.contains(first.acronym()));
            assertThat(officer.driver().findElement(By.id("consensus-set")).getText()).as("people by name").contains("Wei Li");
            officer.open("/app/evaluation/consensus.xhtml?call=" + code + "&proposal=" + first.id())
                    .waitFor(By.id("reviews-table"));
            accessible(officer, "consensus");
            officer.screenshot("evaluation-consensus");
            EvaluationApi.setConsensus(closed, first, "[4.5, 4.0, 4.0]");
            officer.driver().findElement(By.id("consensus-form:save-consensus")).click();
            officer.waitForText(By.id("consensus-form:messages"),
                    text -> text.contains("saved this consensus meanwhile"));
            assertThat(officer.driver().findElement(By.id("consensus-form:report")).getAttribute("value"))
                    .as("what the officer typed stays").isEqualTo("A strong consortium with a clear plan.");
            officer.waitFor(By.id("next-proposal")).click();
            officer.waitForText(By.id("page-title"), text -> !text.contains(first.acronym())
                    && (text.contains(second.acronym()) || text.contains(third.acronym())));
            EvaluationApi.setConsensus(closed, second, "[4.0, 4.0, 3.5]");
            EvaluationApi.setConsensus(closed, third, "[4.0, 3.5, 3.5]");

            // The ranking, and its export in the reader's language
            officer.open("/app/evaluation/ranking.xhtml?call=" + code);
            assertThat(officer.waitFor(By.id("rank-1")).getText()).contains(first.acronym()).contains("12.5");
            assertThat(officer.driver().findElement(By.id("rank-2")).getText()).contains(second.acronym());
            accessible(officer, "ranking");
            officer.screenshot("evaluation-ranking");
            String csv = new String(officer.download(officer.driver().findElement(By.id("ranking-export-csv"))
                    .getAttribute("href")), StandardCharsets.UTF_8);
            assertThat(csv.lines().toList()).hasSize(4);
            assertThat(csv).contains(Bundles.text("en", "criterion.EXCELLENCE"), first.acronym(), "12.5");

            // The allocation and a what-if beside it: another threshold, nothing saved
            officer.open("/app/evaluation/allocation.xhtml?call=" + code);
            officer.waitFor(By.id("allocation-lines"));
            accessible(officer, "allocation");
            String firstOutcome = officer.driver().findElement(By.cssSelector("#line-1 .sc-tag")).getText();
            WebElement threshold = officer.driver().findElement(By.id("allocation-form:what-if-threshold_input"));
            threshold.clear();
            threshold.sendKeys("12");
            officer.driver().findElement(By.id("allocation-form:run-what-if")).click();
            officer.waitFor(By.id("what-if-result"));
            assertThat(officer.driver().findElements(By.cssSelector("#what-if-lines tr.sc-changed")))
                    .as("11.5 and 11 fall below 12").isNotEmpty();
            assertThat(officer.driver().findElement(By.cssSelector("#what-if-lines tr.sc-changed")).getText())
                    .contains(Bundles.text("en", "CommonPot.Outcome.NOT_FUNDED"));
            accessible(officer, "what-if");
            officer.screenshot("evaluation-what-if");
            assertThat(Json.text(Http.getWithToken(closed.evaluation() + "/allocation", demoToken("officer")).body(),
                    "lines[1].outcome")).as("nothing saved").isNotEqualTo("NOT_FUNDED");

            // The decision: an override needs its reason; the confirmation says what will happen
            officer.driver().findElement(By.id("allocation-form:clear-what-if")).click();
            officer.awaitAjax();
            boolean funded = firstOutcome.equals(Bundles.text("en", "CommonPot.Outcome.FUNDED"));
            officer.choose("allocation-form:overrides:0:override-kind",
                    Bundles.text("en", funded ? "allocation.override.SKIP" : "allocation.override.FUND"));
            officer.driver().findElement(By.id("allocation-form:decide")).click();
            officer.waitForText(By.id("allocation-form:messages"),
                    text -> text.contains("Say why you override the outcome of " + first.acronym()));
            officer.driver().findElement(By.id("allocation-form:overrides:0:override-reason"))
                    .sendKeys("The consortium asked to start next year; the panel agreed.");
            officer.driver().findElement(By.id("allocation-form:decide")).click();
            String confirmation = officer.waitFor(By.id("decide-confirmation")).getText();
            assertThat(confirmation).contains("3 coordinators").contains("cannot be undone");
            officer.driver().findElement(By.id("allocation-form:decide-confirm")).click();
            officer.waitForText(By.id("allocation-summary-title"),
                    text -> text.equals(Bundles.text("en", "allocation.recorded")));
            assertThat(officer.driver().findElements(By.id("allocation-form"))).as("read-only").isEmpty();
            String firstLine = officer.waitFor(By.id("allocation-lines")).getText();
            assertThat(firstLine).contains(Bundles.text("en", funded ? "CommonPot.Reason.OVERRIDDEN_SKIP"
                    : "CommonPot.Reason.OVERRIDDEN_FUND")).contains("The consortium asked to start next year");
            assertThat(Json.text(Http.getWithToken(closed.path(), demoToken("officer")).body(), "status"))
                    .isEqualTo("DECIDED");
            officer.open("/app/evaluation/allocation.xhtml?call=" + code).waitFor(By.id("allocation-lines"));
            accessible(officer, "recorded allocation");
            officer.screenshot("evaluation-allocation");
            onAPhone(officer, "/app/evaluation/allocation.xhtml?call=" + code, By.id("allocation-lines"),
                    "evaluation-allocation-phone");

            // In Chinese
            officer.driver().manage().window().setSize(new Dimension(1280, 900));
            officer.open("/app/evaluation/allocation.xhtml?call=" + code + "&lang=zh");
            assertThat(officer.waitFor(By.id("allocation-summary-title")).getText())
                    .isEqualTo(Bundles.text("zh", "allocation.recorded"));
            assertThat(officer.driver().findElement(By.id("allocation-lines")).getText())
                    .contains(Bundles.text("zh", funded ? "CommonPot.Reason.OVERRIDDEN_SKIP" : "CommonPot.Reason.OVERRIDDEN_FUND"));
            accessible(officer, "allocation in Chinese");
            officer.screenshot("evaluation-allocation-zh");
            officer.open("/app/evaluation/allocation.xhtml?call=" + code + "&lang=en");
        }
    }

    /** Clicks "Start the evaluation" and confirms. */
    private static void startInTheForm(Browser officer) {
        officer.waitFor(By.id("evaluation-form:start-evaluation")).click();
        confirm(officer);
    }

    /** Confirms the open confirmation dialog. */
    private static void confirm(Browser browser) {
        browser.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        browser.awaitAjax();
    }

    private static void accessible(Browser browser, String page) {
        browser.awaitAjax();
        assertThat(violations(browser)).as(page).isEmpty();
    }

    /** At 390 px the page does not scroll sideways (wide tables scroll in their own box). */
    private static void onAPhone(Browser browser, String path, By shown, String screenshot) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(path);
        browser.waitFor(shown);
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) sideways).intValue()).as(path + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
        accessible(browser, path + " on a phone");
        browser.screenshot(screenshot);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}
