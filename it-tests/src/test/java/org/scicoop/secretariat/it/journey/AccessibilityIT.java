package org.scicoop.secretariat.it.journey;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.DeployedApplication;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** WCAG 2.1 AA, as axe-core checks it in the browser, on the public pages and a dashboard. */
class AccessibilityIT extends DeployedApplication {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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

    private static List<String> violations(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        return results.getViolations().stream().map(AccessibilityIT::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }
}
