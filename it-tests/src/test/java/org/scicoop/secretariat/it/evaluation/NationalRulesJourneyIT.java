package org.scicoop.secretariat.it.evaluation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.scicoop.secretariat.it.support.Axe;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * South Africa's national contact keeps NRF's national rules in the browser: only their country's agencies are
 * listed; a duration beyond 120 months is refused at its field; the rules saved are what the API reads. NRF's rules
 * are emptied again afterwards (other tests' proposals have South African partners).
 */
class NationalRulesJourneyIT extends DeployedApplication {

    private static final String DECLARATION = "The investigator is employed beyond the project's end.";
    private final String nrf = "/api/v1/agencies/" + Database.agencyId("ZA", "NRF") + "/national-rules";

    @AfterEach
    void emptyTheRulesAgain() {
        String contact = demoToken("contact");
        Http.send("PUT", nrf, contact, """
                {"eligibleTypes": [], "declarations": [], "version": 0}""", "If-Match", Http.etag(nrf, contact));
    }

    @Test
    void aNationalContactKeepsTheirAgencysRules() {
        try (Browser contact = new Browser()) {
            contact.logInToDashboard("contact");
            contact.driver().findElement(By.id("menu-national-rules")).click();
            String table = contact.waitFor(By.id("rules-form:agencies")).getText();
            assertThat(table).contains("NRF (ZA)").doesNotContain("ANR", "NSFC");
            assertThat(Axe.violations(contact)).isEmpty();

            contact.driver().findElement(By.cssSelector("[id$='edit']")).click();
            contact.awaitAjax();
            contact.waitFor(By.id("rules-form:max-duration_input")).sendKeys("240", Keys.TAB);
            contact.driver().findElement(By.id("rules-form:declarations")).sendKeys(DECLARATION);
            contact.driver().findElement(By.id("rules-form:save")).click();
            contact.awaitAjax();
            String refused = contact.waitFor(By.id("rules-form:editor")).getText();
            assertThat(refused).as("the month limit at its field, in words")
                    .doesNotContain("must be").containsIgnoringCase("120");
            assertThat(Axe.violations(contact)).isEmpty();

            contact.driver().findElement(By.id("rules-form:max-duration_input"))
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), "48", Keys.TAB);
            contact.driver().findElement(By.id("rules-form:save")).click();
            contact.waitForText(By.id("rules-form:messages"),
                    text -> text.contains(Bundles.text("en", "nationalRules.saved").replace("{0}", "NRF")));
            contact.screenshot("national-rules");
        }
        String rules = Http.getWithToken(nrf, demoToken("contact")).body();
        assertThat(Json.number(rules, "maxDurationMonths")).isEqualTo(48);
        assertThat(Json.text(rules, "declarations[0]")).isEqualTo(DECLARATION);
    }
}
