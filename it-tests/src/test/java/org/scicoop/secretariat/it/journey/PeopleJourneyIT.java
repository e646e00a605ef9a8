package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Axe.violations;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * The administrator opens People from the menu, filters to a country and finds the demo officer with the role
 * Keycloak gives and the link to that user in Keycloak's console; WCAG 2.1 AA at 1366 and 390 px, no sideways
 * scrolling on a phone.
 */
class PeopleJourneyIT extends DeployedApplication {

    private static final String OFFICER_ID = "5e0c1d2a-0001-4c6b-9a51-3f1e2d7a0001";

    @Test
    void theAdministratorFiltersToACountryAndFindsTheOfficerWithTheRoleAndTheConsoleLink() {
        Http.getWithToken("/api/v1/me", demoToken("officer"));
        Http.getWithToken("/api/v1/me", demoToken("member"));
        try (Browser admin = new Browser()) {
            admin.driver().manage().window().setSize(new Dimension(1366, 900));
            admin.logInToDashboard("admin");
            admin.waitFor(By.id("menu-people")).click();
            admin.waitFor(By.id("people-form:people"));
            assertThat(admin.driver().findElement(By.id("page-title")).getText())
                    .isEqualTo(Bundles.text("en", "people.title"));

            admin.choose("people-form:filter-country", "China (CN)");
            admin.waitForText(By.id("people-form:people"), text -> text.contains("Wei Li")
                    && !text.contains("Camille Martin"));
            WebElement officer = admin.waitFor(By.xpath(
                    "//tbody[@id='people-form:people_data']/tr[contains(., 'officer@secretariat.example')]"));
            assertThat(officer.getText()).contains(Bundles.text("en", "role.programme-officer"))
                    .contains(Bundles.text("en", "people.account.enabled"))
                    .contains(Bundles.text("en", "people.secondFactor.yes"));
            assertThat(officer.findElement(By.cssSelector("a.sc-console-link")).getAttribute("href")).isEqualTo(
                    TestEnvironment.keycloakUrl() + "/admin/secretariat/console/#/secretariat/users/" + OFFICER_ID
                            + "/settings");
            admin.awaitAjax();
            assertThat(violations(admin)).as("People at 1366 px").isEmpty();
            admin.screenshot("people");

            admin.driver().manage().window().setSize(new Dimension(390, 844));
            admin.open("/app/admin/people.xhtml");
            admin.waitFor(By.id("people-form:people"));
            Object sideways = ((JavascriptExecutor) admin.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) sideways).intValue()).as("People scrolls sideways on a phone").isLessThanOrEqualTo(0);
            admin.awaitAjax();
            assertThat(violations(admin)).as("People at 390 px").isEmpty();
            admin.screenshot("people-phone");
        }
    }
}
