package org.scicoop.secretariat.it.reference;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators keep the exchange rates; nobody else may. */
class ExchangeRatesJourneyIT extends DeployedApplication {

    @Test
    void anAdministratorRecordsARateAndTheAuditTrailNamesThem() {
        try (Browser admin = new Browser()) {
            admin.logInToDashboard("admin");
            admin.driver().findElement(By.id("menu-rates")).click();

            admin.waitFor(By.id("rates-form:currency")).sendKeys("ugx");
            admin.driver().findElement(By.id("rates-form:rate_input")).sendKeys("0.00024");
            admin.driver().findElement(By.id("rates-form:record")).click();

            admin.waitForText(By.id("rates-form:rates"), text -> text.contains("UGX"));
            assertThat(admin.driver().findElement(By.id("rates-form:rates")).getText()).contains("0.00024000");

            admin.waitFor(By.id("rates-form:currency")).sendKeys("XYZ");
            admin.driver().findElement(By.id("rates-form:rate_input")).sendKeys("1");
            admin.driver().findElement(By.id("rates-form:record")).click();
            admin.waitForText(By.id("rates-form:messages"), text -> text.contains("XYZ"));
        }
        assertThat(Database.single("""
                select r.username from exchange_rate_aud a join audit_revision r on r.id = a.rev
                where a.currency = 'UGX'""")).isEqualTo("admin");
    }

    @Test
    void anOfficerCannotOpenTheAdministratorsPage() {
        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/admin/exchange-rates.xhtml");

            assertThat(officer.waitFor(By.id("error-title")).getText()).isEqualTo(Bundles.text("en", "error.403.title"));
        }
    }
}
