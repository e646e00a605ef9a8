package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.project.ProjectsApi;
import org.scicoop.secretariat.it.support.Axe;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.Pdfs;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * A member reports a milestone in the browser (issue 14): from the project's timeline to the report editor, a
 * narrative with a link (sanitised and shown as kept), a DOI refused at its row in the reader's words and then
 * accepted (normalised), a PDF uploaded without losing what was typed, the report submitted after a confirmation;
 * the officer's home lists it for review; the officer returns it through the API with a comment; the member's home
 * lists it to revise and leads to the editor, which shows the comment; revised and submitted again, accepted through
 * the API, the member reads "Accepted" and the versions. Zero axe violations and no sideways scrolling at 390 px, in
 * English and French.
 */
class MemberReportJourneyIT extends DeployedApplication {

    @Test
    void aMemberReportsAMilestoneThatIsReturnedRevisedAndAccepted() throws Exception {
        ProjectsApi.Decided decided = ProjectsApi.decided();
        String officer = demoToken("officer");
        // the second funded project: the projects' API test works on the first
        long projectId = ProjectsApi.projectOf(decided.call().second(), officer);
        String project = ProjectsApi.BASE + "/" + projectId;
        // its own milestone: the other project classes add, move and report milestones of the same project
        String title = "Field survey report";
        long milestoneId = ProjectsApi.addMilestone(project, officer, title, "DELIVERABLE", 75);
        String editor = "/app/projects/report.xhtml?project=" + projectId + "&milestone=" + milestoneId;
        Path pdf = Files.createTempFile("sampling-map", ".pdf");
        Files.write(pdf, Pdfs.pdf("Sampling map"));

        try (Browser member = new Browser("en")) {
            member.logInToDashboard("member");
            member.open("/app/projects/project.xhtml?id=" + projectId);
            member.waitFor(By.id("project-milestones"));
            assertThat(member.driver().findElements(By.id("next-due"))).as("the next due is marked").hasSize(1);
            member.driver().findElement(By.id("report-link-" + milestoneId)).click();
            member.waitFor(By.id("milestone-heading"));
            assertThat(member.driver().findElement(By.id("milestone-heading")).getText()).isEqualTo(title);
            assertThat(Axe.violations(member)).as("the empty editor").isEmpty();
            assertThat(sideways(member)).as("the editor at 390 px").isZero();

            // a narrative with a link, typed; an output with a bad DOI: refused at its row, nothing lost
            WebElement narrative = member.waitFor(By.cssSelector(".sc-narrative-editor .ql-editor"));
            narrative.click();
            narrative.sendKeys("Field work done in three districts.");
            ((JavascriptExecutor) member.driver()).executeScript("var q = PF('narrativeEditor').editor;"
                    + "q.clipboard.dangerouslyPasteHTML(q.getLength() - 1,"
                    + " ' See <a href=\"https://example.org/protocol\" onclick=\"alert(1)\">the protocol</a>.', 'user');");
            assertThat(member.driver().findElement(By.id("save-state")).getText())
                    .isEqualTo(Bundles.text("en", "edit.unsaved"));
            member.driver().findElement(By.id("report-form:add-output")).click();
            member.awaitAjax();
            type(member, "report-form:outputs:0:link", "11.1234/not-a-doi");
            type(member, "report-form:outputs:0:title", "Survey data paper");
            member.driver().findElement(By.id("report-form:save")).click();
            member.waitForText(By.id("report-form:outputs:0:link-message"), text -> text.contains("is not a DOI"));
            assertThat(member.driver().findElement(By.cssSelector(".sc-narrative-editor .ql-editor")).getText())
                    .as("what was typed is still there").contains("three districts", "the protocol");
            assertThat(member.driver().findElement(By.id("report-form:outputs:0:title")).getAttribute("value"))
                    .isEqualTo("Survey data paper");

            type(member, "report-form:outputs:0:link", "doi:10.5281/zenodo.4242");
            member.driver().findElement(By.id("report-form:save")).click();
            member.waitForText(By.id("report-form:messages"), text -> text.contains(Bundles.text("en", "report.saved")));
            assertThat(member.driver().findElement(By.id("report-form:outputs:0:link")).getAttribute("value"))
                    .as("normalised").isEqualTo("https://doi.org/10.5281/zenodo.4242");
            String kept = (String) ((JavascriptExecutor) member.driver()).executeScript(
                    "return document.querySelector('#narrative-kept .sc-narrative').innerHTML;");
            assertThat(kept).contains("three districts", "href=\"https://example.org/protocol\"",
                    "rel=\"nofollow noopener noreferrer\"").doesNotContain("onclick");

            // a PDF, uploaded by a full request: the draft is saved first, so nothing typed is lost
            narrative = member.driver().findElement(By.cssSelector(".sc-narrative-editor .ql-editor"));
            narrative.click();
            narrative.sendKeys(" Samples archived.");
            member.driver().findElement(By.cssSelector("#report-form input[type='file']"))
                    .sendKeys(pdf.toAbsolutePath().toString());
            member.driver().findElement(By.id("report-form:upload")).click();
            member.waitForText(By.id("attachments"), text -> text.contains(pdf.getFileName().toString()));
            assertThat(member.driver().findElement(By.cssSelector(".sc-narrative-editor .ql-editor")).getText())
                    .contains("Samples archived.");
            String href = member.driver().findElement(By.cssSelector("#attachments a.sc-document-link"))
                    .getAttribute("href");
            assertThat(member.download(href)).isEqualTo(Files.readAllBytes(pdf));
            member.screenshot("report-editor");

            submit(member);
            member.waitFor(By.id("submitted-on"));
            assertThat(member.driver().findElement(By.id("milestone-state")).getText())
                    .isEqualTo(Bundles.text("en", "MilestoneState.SUBMITTED"));
            assertThat(member.driver().findElements(By.id("report-draft"))).as("read-only once submitted").isEmpty();
            assertThat(member.driver().findElement(By.id("version-narrative")).getText()).contains("Samples archived.");
        }

        // the officer's home lists the report to review, linking to the milestone on the project page
        try (Browser secretariat = new Browser("en")) {
            secretariat.logInToDashboard("officer");
            WebElement item = workItem(secretariat, "report.review", projectId + "/" + milestoneId);
            assertThat(item.findElement(By.cssSelector("a.sc-work-link")).getAttribute("href"))
                    .endsWith("/app/projects/project.xhtml?id=" + projectId + "#milestone-" + milestoneId);
        }
        String path = project + "/milestones/" + milestoneId;
        HttpResponse<String> returned = Http.send("POST", path + "/return", officer,
                "{\"comments\": \"Please add the sampling map of the third district.\"}", "If-Match",
                Http.etag(project, officer));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);

        try (Browser member = new Browser("en")) {
            member.logInToDashboard("member");
            WebElement item = workItem(member, "report.returned", projectId + "/" + milestoneId);
            item.findElement(By.cssSelector("a.sc-work-link")).click();
            member.waitFor(By.id("officer-comments"));
            assertThat(member.driver().findElement(By.id("officer-comments")).getText())
                    .contains("Please add the sampling map of the third district.");
            assertThat(member.driver().findElement(By.cssSelector(".sc-narrative-editor .ql-editor")).getText())
                    .as("the new version starts from the returned one").contains("three districts");
            assertThat(member.driver().findElement(By.id("attachments")).getText())
                    .contains(pdf.getFileName().toString());
            WebElement narrative = member.driver().findElement(By.cssSelector(".sc-narrative-editor .ql-editor"));
            narrative.click();
            narrative.sendKeys(" The third district's map is attached.");
            member.driver().findElement(By.id("report-form:save")).click();
            member.waitForText(By.id("report-form:messages"), text -> text.contains(Bundles.text("en", "report.saved")));
            assertThat(Axe.violations(member)).as("the editor of a revision").isEmpty();
            submit(member);
            member.waitFor(By.id("submitted-on"));
            assertThat(member.driver().findElements(By.cssSelector(".sc-version-link"))).hasSize(2);
        }

        HttpResponse<String> accepted = Http.send("POST", path + "/acceptance", officer, null, "If-Match",
                Http.etag(project, officer));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        try (Browser member = new Browser("fr")) {
            member.logInToDashboard("member");
            member.open(editor);
            member.waitFor(By.id("report-version"));
            assertThat(member.driver().findElement(By.id("milestone-state")).getText())
                    .isEqualTo(Bundles.text("fr", "MilestoneState.ACCEPTED"));
            assertThat(member.driver().findElement(By.id("version-narrative")).getText()).contains("map is attached");
            assertThat(Axe.violations(member)).as("an accepted report in French").isEmpty();
            assertThat(sideways(member)).as("in French at 390 px").isZero();
            member.driver().findElement(By.cssSelector(".sc-version-link[data-version='1']")).click();
            member.waitFor(By.id("version-comments"));
            assertThat(member.driver().findElement(By.id("version-comments")).getText())
                    .contains("Please add the sampling map");
            member.open("/app/projects/project.xhtml?id=" + projectId);
            member.waitFor(By.id("milestone-" + milestoneId));
            assertThat(member.driver().findElement(By.id("milestone-" + milestoneId)).getText())
                    .contains(Bundles.text("fr", "MilestoneState.ACCEPTED"));
            assertThat(Axe.violations(member)).as("the timeline in French").isEmpty();
            assertThat(sideways(member)).as("the timeline in French at 390 px").isZero();
            member.screenshot("project-timeline-fr");
        }

        // the officer may read the project, not open the consortium's editor; another consortium's member: 404
        try (Browser secretariat = new Browser("en")) {
            secretariat.logInToDashboard("officer");
            secretariat.open(editor);
            secretariat.waitFor(By.id("error-403"));
        }
        try (Browser other = new Browser("en")) {
            other.logInToDashboard("member3");
            other.open(editor);
            other.waitFor(By.id("error-404"));
        }
    }

    private static void submit(Browser member) {
        member.driver().findElement(By.id("report-form:submit")).click();
        member.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        member.awaitAjax();
    }

    private static WebElement workItem(Browser browser, String kind, String reference) {
        browser.waitFor(By.id("work-list"));
        return browser.driver().findElement(By.cssSelector(
                "#work-list li[data-kind='" + kind + "'][data-reference='" + reference + "']"));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static long sideways(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        long sideways = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        return sideways;
    }
}
