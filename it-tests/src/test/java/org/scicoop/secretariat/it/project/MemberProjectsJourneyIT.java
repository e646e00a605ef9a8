package org.scicoop.secretariat.it.project;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.scicoop.secretariat.it.support.Axe;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * A member's projects in the browser (issue 14): "My projects" from the menu lists the project of their funded
 * proposal with its milestones' progress; the project page shows its partners with their grants and the milestones as
 * a timeline; another consortium's member gets the styled 404 for the same address. Zero axe violations, no sideways
 * scrolling at 390 px, in English and Chinese.
 */
class MemberProjectsJourneyIT extends DeployedApplication {

    @Test
    void aMemberFollowsTheirProjectsMilestones() throws InterruptedException {
        ProjectsApi.Decided decided = ProjectsApi.decided();
        String acronym = decided.call().first().acronym();
        String title = Json.text(Http.getWithToken(decided.project(), demoToken("member")).body(), "milestones[0].title");
        for (String language : new String[]{"en", "zh"}) {
            try (Browser member = new Browser(language)) {
                member.logInToDashboard("member");
                member.driver().findElement(By.id("menu-my-projects")).click();
                String list = member.waitFor(By.id("projects-form:projects")).getText();
                assertThat(list).contains(acronym);
                assertThat(Axe.violations(member)).as(language + " My projects").isEmpty();
                assertThat(sideways(member)).as(language + " My projects at 390 px").isZero();

                member.driver().findElement(By.id("project-" + decided.firstProject())).click();
                String page = member.waitFor(By.id("project-milestones")).getText();
                assertThat(page).contains(title);
                assertThat(member.driver().findElement(By.id("project-partners")).getText())
                        .contains("Sorbonne Université");
                assertThat(Axe.violations(member)).as(language + " project").isEmpty();
                assertThat(sideways(member)).as(language + " project at 390 px").isZero();
                member.screenshot("project-" + language);
            }
        }
        try (Browser other = new Browser()) {
            other.logInToDashboard("member3");
            other.open("/app/projects/project.xhtml?id=" + decided.firstProject());
            other.waitFor(By.id("error-404"));
            assertThat(other.driver().getPageSource()).doesNotContain(acronym);
        }
    }

    static long sideways(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        long sideways = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        return sideways;
    }
}
