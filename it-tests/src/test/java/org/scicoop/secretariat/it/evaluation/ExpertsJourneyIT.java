package org.scicoop.secretariat.it.evaluation;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.Mailbox;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Axe.violations;

/**
 * The reviewer pool's page in the browser: from a call's board to the pool; an officer invites a new expert by
 * e-mail (organisation found by a search, themes ticked, the e-mails in French) and both e-mails arrive; an address
 * held by an applicant's account is refused beside the e-mail field; the expert is corrected in the side panel (a
 * name left empty is said at the field first); an administrator reads the pool without its forms. WCAG 2.1 AA on
 * every state; no sideways scrolling at 390 px.
 */
class ExpertsJourneyIT extends DeployedApplication {

    @AfterAll
    static void leaveThePoolAsItWas() {
        EvaluationApi.forgetInvitedExperts();
    }


    @Test
    void anOfficerInvitesAndCorrectsAnExpertAndAnAdministratorReadsThePool() throws Exception {
        EvaluationApi.demoExperts();
        String email = "expert-" + UUID.randomUUID().toString().substring(0, 8) + "@experts.example";
        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");

            // from the board's pool to the pool's page
            officer.open("/app/evaluation/board.xhtml?call=" + DemoEvaluation.IN_EVALUATION);
            officer.waitFor(By.id("pool-manage")).click();
            officer.waitFor(By.id("pool-form:experts"));
            assertThat(officer.driver().getCurrentUrl()).contains("/app/evaluation/experts.xhtml");
            assertThat(officer.driver().findElement(By.id("pool-form:experts")).getText()).contains("Anna Schmidt");
            accessible(officer, "the pool");

            // an address an applicant's account holds is refused beside the e-mail field
            fillInvitation(officer, "Otieno Ouma", "member2@secretariat.example");
            officer.driver().findElement(By.id("invite-form:invite")).click();
            officer.waitForText(By.id("invite-form:email-message"), text -> text.contains("member2@secretariat.example")
                    && text.contains("reviewer role"));
            assertThat(officer.driver().findElement(By.id("invite-form:name")).getAttribute("value"))
                    .as("nothing typed is lost").isEqualTo("Otieno Ouma");
            accessible(officer, "a refused invitation");

            // a new address: invited, in the pool as invited, both e-mails in French
            officer.open("/app/evaluation/experts.xhtml").waitFor(By.id("invite-form:invite"));
            fillInvitation(officer, "Aada Aaltonen", email);
            officer.driver().findElement(By.id("invite-form:organisation-query")).sendKeys("Technische");
            officer.driver().findElement(By.id("invite-form:organisation-search")).click();
            officer.awaitAjax();
            officer.choose("invite-form:organisation", "Technische Universität München (DE)");
            officer.driver().findElement(By.cssSelector("label[for='invite-form:themes:0']")).click();
            officer.choose("invite-form:language", "Français");
            officer.driver().findElement(By.id("invite-form:invite")).click();
            officer.waitForText(By.id("invite-form:messages"), text -> text.contains(email));
            WebElement row = row(officer, email);
            assertThat(row.getText()).contains("Aada Aaltonen").contains("Technische Universität München")
                    .contains(Bundles.text("en", "experts.account.invited"));
            accessible(officer, "an expert invited");
            officer.screenshot("experts-invited");
            MimeMessage setPassword = Mailbox.await(email, "action-token");
            assertThat(setPassword).isNotNull();
            MimeMessage ours = Mailbox.await(email, "Vous êtes invité(e) à évaluer pour SciCoop");
            assertThat(Mailbox.text(ours)).contains("Wei Li").contains("/app/reviews/index.xhtml");
            assertThat(KeycloakAdmin.get("/users?exact=true&email=" + email)).contains("\"username\":\"" + email + "\"");

            // corrected in the side panel: an empty name is said at the field, then the new name is kept
            row.findElement(By.cssSelector("button[id$=':edit']")).click();
            officer.waitForText(By.id("expert-editor"), text -> text.contains(Bundles.text("en", "experts.edit.title")));
            WebElement name = officer.driver().findElement(By.id("expert-form:name"));
            assertThat(name.getAttribute("value")).isEqualTo("Aada Aaltonen");
            name.clear();
            officer.driver().findElement(By.id("expert-form:save")).click();
            officer.waitForText(By.id("expert-form:name-message"), text -> !text.isBlank());
            accessible(officer, "a correction refused at its field");
            officer.driver().findElement(By.id("expert-form:name")).sendKeys("Aada Aaltonen-Virtanen");
            officer.driver().findElement(By.id("expert-form:save")).click();
            officer.waitForText(By.id("expert-form:messages"), text -> text.contains("Aada Aaltonen-Virtanen"));
            assertThat(row(officer, email).getText()).contains("Aada Aaltonen-Virtanen");

            onAPhone(officer);
        }
        try (Browser admin = new Browser()) {
            admin.logInToDashboard("admin");
            admin.open("/app/evaluation/experts.xhtml").waitFor(By.id("pool-form:experts"));
            assertThat(admin.driver().findElement(By.id("pool-form:experts")).getText()).contains("Anna Schmidt");
            assertThat(admin.driver().findElements(By.id("invite-form"))).isEmpty();
            assertThat(admin.driver().findElements(By.id("expert-form"))).isEmpty();
            assertThat(admin.driver().findElements(By.cssSelector("button[id$=':edit']"))).isEmpty();
            accessible(admin, "the pool as an administrator");
        }
    }

    private static void fillInvitation(Browser officer, String name, String email) {
        officer.driver().findElement(By.id("invite-form:name")).sendKeys(name);
        officer.driver().findElement(By.id("invite-form:email")).sendKeys(email);
        officer.choose("invite-form:country", "Germany (DE)");
    }

    private static WebElement row(Browser browser, String email) {
        return browser.waitFor(By.xpath("//tbody[@id='pool-form:experts_data']/tr[contains(., '" + email + "')]"));
    }

    private static void accessible(Browser browser, String page) {
        browser.awaitAjax();
        assertThat(violations(browser)).as(page).isEmpty();
    }

    private static void onAPhone(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/app/evaluation/experts.xhtml");
        browser.waitFor(By.id("pool-form:experts"));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) sideways).intValue()).as("the pool scrolls sideways on a phone").isLessThanOrEqualTo(0);
        accessible(browser, "the pool on a phone");
        browser.screenshot("experts-phone");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
}
