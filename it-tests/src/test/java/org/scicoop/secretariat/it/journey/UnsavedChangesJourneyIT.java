package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Nothing typed is lost (issue 12): the proposal editor and the call form say when there are unsaved changes and
 * ask before the page is left with them; after a save they say when it was saved and let the person go. Saving
 * sits under the fields too; the review step previews the saved proposal with its budget in totals; withdrawing sits
 * apart from submitting and asks first.
 */
class UnsavedChangesJourneyIT extends DeployedApplication {

    @Test
    void aCoordinatorWhoEditsATitleAndNavigatesAwayIsWarnedAndKeepsTheChange() {
        String acronym = "KEEP" + System.currentTimeMillis() % 100000;
        HttpResponse<String> created = Http.send("POST", "/api/v1/proposals", demoToken("member3"), """
                {"callCode": "STI-2026-CLIM-01", "acronym": "%s", "organisationId": %s}""".formatted(acronym,
                Database.single("select id from organisation where name = ?", "Universidade de São Paulo")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        String title = "Soil carbon in the Cerrado";

        try (Browser member = new Browser()) {
            member.logInToDashboard("member3");
            member.open("/app/proposals/proposal.xhtml?id=" + id);
            member.waitFor(By.id("proposal-form:title")).sendKeys(Keys.chord(Keys.CONTROL, "a"), title, Keys.TAB);
            member.awaitAjax();
            assertThat(member.driver().findElement(By.id("save-state")).getText())
                    .isEqualTo(Bundles.text("en", "edit.unsaved"));
            assertThat(wouldAskBeforeUnload(member)).as("closing or reloading the tab asks").isTrue();

            // An application link: asked in the application's words; staying keeps what was typed
            member.driver().findElement(By.id("menu-my-proposals")).click();
            Alert leave = alert(member);
            assertThat(leave.getText()).isEqualTo(Bundles.text("en", "edit.leave"));
            leave.dismiss();
            assertThat(member.driver().getCurrentUrl()).contains("proposal.xhtml?id=" + id);
            assertThat(member.driver().findElement(By.id("proposal-form:title")).getAttribute("value")).isEqualTo(title);
            member.screenshot("proposal-unsaved");

            // "Save draft" under the step's fields; then the state says when, and leaving asks nothing
            WebElement saveBelow = member.driver().findElement(By.id("proposal-form:save-bottom"));
            assertThat(saveBelow.getLocation().getY()).as("below the fields")
                    .isGreaterThan(member.driver().findElement(By.id("proposal-form:keywords")).getLocation().getY());
            saveBelow.click();
            member.waitForText(By.id("proposal-form:messages"), text -> text.contains("was saved"));
            assertThat(member.driver().findElement(By.id("save-state")).getText()).startsWith("Saved at ");
            assertThat(Database.single("select title from proposal where id = ?", Long.parseLong(id))).isEqualTo(title);
            assertThat(wouldAskBeforeUnload(member)).isFalse();
            member.screenshot("proposal-saved-at");

            // Withdrawing is apart from submitting, and asks first
            member.waitFor(By.cssSelector("a[data-step='REVIEW']")).click();
            member.awaitAjax();
            assertThat(member.waitFor(By.id("preview")).getText()).as("the saved proposal, read-only").contains(title);
            assertThat(member.driver().findElement(By.id("totals-country")).getText()).contains("Brazil");
            assertThat(member.driver().findElement(By.id("totals-source")).getText()).isNotBlank();
            ((JavascriptExecutor) member.driver()).executeScript("document.getElementById('preview').scrollIntoView()");
            member.screenshot("proposal-preview");
            WebElement withdraw = member.waitFor(By.id("proposal-form:withdraw"));
            assertThat(member.driver().findElements(By.cssSelector("#life-cycle #proposal-form\\:withdraw"))).isEmpty();
            assertThat(member.driver().findElements(By.cssSelector("#withdraw-zone #proposal-form\\:withdraw")))
                    .hasSize(1);
            withdraw.click();
            WebElement confirm = member.waitFor(By.cssSelector(".ui-confirm-dialog"));
            assertThat(confirm.getText()).contains(Bundles.text("en", "proposal.withdraw.confirm"));
            confirm.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
            assertThat(Database.single("select status from proposal where id = ?", Long.parseLong(id))).isEqualTo("DRAFT");

            member.driver().findElement(By.id("menu-my-proposals")).click();
            member.waitFor(By.id("proposals-form:proposals"));
        }
    }

    @Test
    void anOfficerLeavingTheCallFormWithUnsavedChangesIsAskedFirst() {
        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/edit.xhtml?code=STI-2027-ENER-01");
            assertThat(officer.waitFor(By.id("save-state")).getText()).as("its last recorded save, or none")
                    .isNotEqualTo(Bundles.text("en", "edit.unsaved"));
            officer.driver().findElement(By.id("edit-form:title")).sendKeys(" (revised)");
            assertThat(officer.driver().findElement(By.id("save-state")).getText())
                    .isEqualTo(Bundles.text("en", "edit.unsaved"));

            officer.driver().findElement(By.id("menu-calls")).click();
            Alert leave = alert(officer);
            assertThat(leave.getText()).isEqualTo(Bundles.text("en", "edit.leave"));
            leave.accept();
            officer.waitFor(By.id("calls-form:calls"));
            assertThat(Database.single("select title from funding_call where code = ?", "STI-2027-ENER-01"))
                    .as("left without saving, as asked").doesNotContain("(revised)");
        }
    }

    private static Alert alert(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
    }

    /** Whether the page would ask before being unloaded: a cancelable beforeunload event is cancelled. */
    private static boolean wouldAskBeforeUnload(Browser browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
    }
}
