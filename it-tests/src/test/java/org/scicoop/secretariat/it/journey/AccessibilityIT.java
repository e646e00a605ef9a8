package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.DeployedApplication;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Axe.violations;

/** WCAG 2.1 AA, as axe-core checks it in the browser, on the public pages and a dashboard. */
class AccessibilityIT extends DeployedApplication {

    @Test
    void publicPagesMeetWcag21AA() {
        try (Browser browser = new Browser()) {
            for (String page : List.of("/", "/?lang=zh", "/privacy.xhtml?lang=fr", "/no-such-page.xhtml?lang=es")) {
                browser.open(page);
                browser.waitFor(By.tagName("main"));
                assertThat(violations(browser)).as(page).isEmpty();
            }
        }
    }

    @Test
    void dashboardMeetsWcag21AA() {
        try (Browser browser = new Browser()) {
            browser.logInToDashboard("officer");
            assertThat(violations(browser)).as("officer dashboard").isEmpty();
            browser.open("/app/dashboard.xhtml?lang=es");
            browser.waitFor(By.id("page-title"));
            assertThat(violations(browser)).as("officer dashboard in Spanish").isEmpty();
        }
    }

    @Test
    void theCheckFindsViolationsWhereThereAreSome() {
        try (Browser browser = new Browser()) {
            browser.driver().get("data:text/html,<html><body><img src='x.png'><a href='/'></a></body></html>");

            assertThat(violations(browser)).anyMatch(v -> v.startsWith("image-alt"))
                    .anyMatch(v -> v.startsWith("html-has-lang"));
        }
    }
}
