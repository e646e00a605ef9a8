package org.scicoop.secretariat.it.project;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.evaluation.DemoEvaluation;
import org.scicoop.secretariat.it.support.Axe;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * The officers' side of the projects in the browser (issue 14): the officer opens the portfolio from the menu,
 * filters the demo call's projects to the overdue one (WETLANDS, the demo's only overdue milestone), exports exactly
 * that row as CSV, reads the charts' tables (which follow the filters); on the second project of the decided call they move a due date (an empty
 * reason is refused at its field, then a reason moves it), return a report the member submitted through the API with
 * a comment (an empty comment refused at its field), and accept the revised version. A national contact sees only the
 * projects with a partner from their country. Zero axe violations and no sideways scrolling at 390 px, in English and
 * French.
 */
class OfficerProjectsJourneyIT extends DeployedApplication {

    @Test
    void anOfficerFiltersExportsAndReviewsWhileANationalContactSeesTheirCountrys() throws Exception {
        ProjectsApi.Decided decided = ProjectsApi.decided();
        String officerToken = demoToken("officer");
        String member = demoToken("member");
        long projectId = ProjectsApi.projectOf(decided.call().second(), officerToken);
        String project = ProjectsApi.BASE + "/" + projectId;
        long milestoneId = ProjectsApi.milestone(Http.getWithToken(project, officerToken).body(), 1)
                .getJsonNumber("id").longValueExact();
        String milestone = project + "/milestones/" + milestoneId;
        LocalDate due = LocalDate.parse(ProjectsApi.milestone(Http.getWithToken(project, officerToken).body(), 1)
                .getString("dueDate"));

        try (Browser officer = new Browser("en")) {
            officer.logInToDashboard("officer");
            officer.driver().findElement(By.id("menu-portfolio")).click();
            officer.waitFor(By.id("portfolio-form:projects"));
            assertThat(officer.driver().findElement(By.id("page-title")).getText())
                    .isEqualTo(Bundles.text("en", "portfolio.title"));

            // the demo call's projects, then only the overdue one
            officer.open("/app/projects/portfolio.xhtml?call=" + DemoEvaluation.DECIDED);
            officer.waitForText(By.id("portfolio-form:projects"),
                    t -> t.contains("POLLINATE") && t.contains("WETLANDS") && t.contains("MANGROVE"));
            By accepted = By.xpath("//table[@id='chart-states-table']//tr[th[normalize-space()='"
                    + Bundles.text("en", "MilestoneState.ACCEPTED") + "']]/td");
            assertThat(officer.driver().findElement(accepted).getText()).as("POLLINATE's accepted kick-off")
                    .isNotEqualTo("0");
            officer.driver().findElement(By.cssSelector("[id='portfolio-form:filter-overdue'] .ui-chkbox-box")).click();
            officer.waitForText(By.id("portfolio-form:projects"),
                    t -> t.contains("WETLANDS") && !t.contains("POLLINATE") && !t.contains("MANGROVE"));
            // the charts follow the filters: WETLANDS alone has no accepted milestone, one overdue
            officer.waitForText(accepted, "0"::equals);
            assertThat(officer.driver().findElement(By.id("chart-overdue-milestones")).getText()).isEqualTo("1");
            assertThat(officer.driver().findElement(By.id("portfolio-form:list-link")).getAttribute("href"))
                    .as("the filters in the link").contains("overdue=true").contains("call=" + DemoEvaluation.DECIDED);
            assertThat(officer.driver().findElement(By.id("portfolio-form:projects")).getText())
                    .contains(Bundles.text("en", "projects.overdueCount").replace("{0,number,#}", "1"));

            String csvLink = officer.driver().findElement(By.id("portfolio-form:export-csv")).getAttribute("href");
            assertThat(csvLink).contains("overdue=true");
            List<String> csv = new String(officer.download(csvLink), StandardCharsets.UTF_8).lines().toList();
            assertThat(csv).as("a header and the one overdue project").hasSize(2);
            assertThat(csv.get(0)).contains(Bundles.text("en", "portfolio.column.overdue"));
            assertThat(csv.get(1)).startsWith("WETLANDS,").contains(DemoEvaluation.DECIDED)
                    .contains(Bundles.text("en", "ProjectState.ACTIVE"));
            byte[] pdf = officer.download(officer.driver().findElement(By.id("portfolio-form:export-pdf"))
                    .getAttribute("href"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            // the charts, with their numbers as tables
            assertThat(officer.waitFor(By.id("chart-states-table")).getText())
                    .contains(Bundles.text("en", "MilestoneState.ACCEPTED"));
            assertThat(officer.driver().findElement(By.id("chart-granted-currency")).getText()).contains("EUR");
            assertThat(officer.driver().findElement(By.id("chart-granted-country-table")).getText()).contains("€");
            checkPage(officer, "en portfolio");
            officer.screenshot("portfolio-en");

            // a due date moved: the reason is required, at its field
            officer.open("/app/projects/project.xhtml?id=" + projectId);
            officer.waitFor(By.cssSelector("#milestone-" + milestoneId + " .sc-move-due")).click();
            WebElement date = officer.waitFor(By.id("move-form:dueDate_input"));
            officer.awaitAjax();
            // the text the form sends (typing into the picker's field is undone when its calendar closes)
            ((JavascriptExecutor) officer.driver()).executeScript("arguments[0].value = arguments[1]", date,
                    due.plusDays(14).toString());
            press(officer, "move-form:move-save");
            officer.waitForText(By.id("move-form:reason-message"), t -> !t.isBlank());
            assertThat(officer.driver().findElement(By.id("move-form:reason-message")).getText())
                    .contains(Bundles.text("en", "project.field.moveReason"));
            officer.driver().findElement(By.id("move-form:reason")).sendKeys("The partner's lab moves in spring.");
            press(officer, "move-form:move-save");
            officer.waitForText(By.id("growl_container"), t -> t.contains(decided.call().second().acronym()));
            String moved = Http.getWithToken(project, officerToken).body();
            assertThat(ProjectsApi.milestone(moved, 1).getString("dueDate")).isEqualTo(due.plusDays(14).toString());
            assertThat(ProjectsApi.milestone(moved, 1).getString("moveReason"))
                    .isEqualTo("The partner's lab moves in spring.");
            checkPage(officer, "en project");

            // the member submits a report through the API; the officer returns it (a comment is required)
            submit(milestone, project, member, "<p>The first samples are in.</p>");
            officer.open("/app/projects/project.xhtml?id=" + projectId);
            officer.waitFor(By.cssSelector("#milestone-" + milestoneId + " .sc-return")).click();
            officer.waitFor(By.id("return-form:comments"));
            press(officer, "return-form:return-save");
            officer.waitForText(By.id("return-form:comments-message"), t -> !t.isBlank());
            officer.driver().findElement(By.id("return-form:comments")).sendKeys("Please add the sampling map.");
            press(officer, "return-form:return-save");
            officer.waitForText(By.cssSelector("#milestone-" + milestoneId),
                    t -> t.contains(Bundles.text("en", "MilestoneState.REVISION_REQUESTED")));
            assertThat(officer.driver().findElement(By.cssSelector("#milestone-" + milestoneId)).getText())
                    .contains("Please add the sampling map.");

            // revised and submitted again; the officer accepts after confirming
            submit(milestone, project, member, "<p>The first samples are in, with the sampling map.</p>");
            officer.open("/app/projects/project.xhtml?id=" + projectId);
            officer.waitFor(By.cssSelector("#milestone-" + milestoneId + " .sc-accept")).click();
            officer.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
            officer.waitForText(By.cssSelector("#milestone-" + milestoneId),
                    t -> t.contains(Bundles.text("en", "MilestoneState.ACCEPTED")));
            assertThat(ProjectsApi.milestone(Http.getWithToken(project, officerToken).body(), 1).getString("state"))
                    .isEqualTo("ACCEPTED");
            assertThat(officer.driver().findElements(By.cssSelector("#milestone-" + milestoneId + " .sc-accept")))
                    .as("nothing left to review").isEmpty();
            officer.screenshot("project-officer-en");
        }

        try (Browser officer = new Browser("fr")) {
            officer.logInToDashboard("officer");
            officer.open("/app/projects/portfolio.xhtml?overdue=true");
            officer.waitFor(By.id("portfolio-form:projects"));
            assertThat(officer.driver().findElement(By.id("page-title")).getText())
                    .isEqualTo(Bundles.text("fr", "portfolio.title"));
            checkPage(officer, "fr portfolio");
            officer.open("/app/projects/project.xhtml?id=" + projectId);
            assertThat(officer.waitFor(By.id("project-officer-actions")).getText())
                    .contains(Bundles.text("fr", "project.milestone.add"));
            checkPage(officer, "fr project");
        }

        // national contacts: France's sees the first project (a French partner), South Africa's does not
        String first = decided.call().first().acronym();
        try (Browser france = new Browser("en")) {
            france.logInToDashboard("contact2");
            france.driver().findElement(By.id("menu-country-projects")).click();
            france.waitForText(By.id("portfolio-form:projects"), t -> t.contains(first));
            List<WebElement> rows = france.driver().findElements(By.cssSelector("[id='portfolio-form:projects_data'] > tr"));
            assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("FR"));
            assertThat(france.driver().findElement(By.id("country-notice")).getText()).contains("France");
            checkPage(france, "contact's portfolio");
        }
        try (Browser southAfrica = new Browser("en")) {
            southAfrica.logInToDashboard("contact");
            southAfrica.open("/app/projects/portfolio.xhtml?call=" + decided.call().code());
            String list = southAfrica.waitFor(By.id("portfolio-form:projects")).getText();
            assertThat(list).doesNotContain(first);
        }
    }

    /**
     * Presses a dialog's button as a script does: the date picker's calendar, open after typing a date, would take a
     * pointer's click.
     */
    private static void press(Browser browser, String id) {
        browser.awaitAjax();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()",
                browser.driver().findElement(By.id(id)));
    }

    private static void submit(String milestone, String project, String member, String narrative) {
        HttpResponse<String> saved = Http.send("PUT", milestone + "/reports/draft", member,
                "{\"narrative\": \"" + narrative + "\", \"outputs\": []}", "If-Match", Http.etag(project, member));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> submitted = Http.send("POST", milestone + "/submission", member, null, "If-Match",
                Http.etag(project, member));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    private static void checkPage(Browser browser, String what) {
        assertThat(Axe.violations(browser)).as(what).isEmpty();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        long sideways = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        assertThat(sideways).as(what + " at 390 px").isZero();
    }
}
