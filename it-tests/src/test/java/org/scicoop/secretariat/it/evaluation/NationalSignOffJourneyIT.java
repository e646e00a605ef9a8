package org.scicoop.secretariat.it.evaluation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Axe.violations;

/**
 * A national contact's sign-off in the browser (issue 13): {@code contact} (South Africa) finds the closed call on
 * their home, sees the South African partners of its proposals and no other country's, marks one not nationally
 * eligible with the reason (asked at the field), another eligible, and tops up the South African agency's budget.
 * The pages meet WCAG 2.1 AA, fit a 390 px phone and speak Chinese.
 */
class NationalSignOffJourneyIT extends DeployedApplication {

    private static EvaluationApi.ClosedCall closed;

    @BeforeAll
    static void aClosedCallWithSouthAfricanPartners() throws InterruptedException {
        closed = EvaluationApi.closedCall();
    }

    @Test
    void aNationalContactSignsOffTheirCountrysPartnersAndTopsUp() {
        String code = closed.code();
        String second = closed.second().acronym();
        String third = closed.third().acronym();
        try (Browser contact = new Browser()) {
            contact.logInToDashboard("contact");
            WebElement item = contact.waitFor(By.cssSelector("#work-list li[data-kind='signOff.call'][data-reference='"
                    + code + "']"));
            assertThat(item.getText()).contains("2 partners from your country to confirm");
            item.findElement(By.className("sc-work-link")).click();

            contact.waitFor(By.id("partners"));
            // in the page's order, by acronym (the tests' acronyms do not sort in the order they were made)
            assertThat(lines(contact)).extracting(line -> line.getAttribute("data-acronym"))
                    .as("the South African partners only: the first proposal has none")
                    .containsExactlyElementsOf(Stream.of(second, third).sorted().toList());
            assertThat(contact.driver().findElement(By.id("partners")).getText()).contains("University of Cape Town")
                    .doesNotContain("Tsinghua University").doesNotContain("Sorbonne Université")
                    .doesNotContain("University of Nairobi");
            assertThat(violations(contact)).as("the sign-off page").isEmpty();
            contact.screenshot("sign-off");

            // Not eligible: the reason is asked at the field
            line(contact, second).findElement(By.cssSelector("button[id$=':ineligible']")).click();
            contact.waitFor(By.id("sign-off-form:confirm-ineligible")).click();
            contact.waitForText(By.id("sign-off-form:reason-message"),
                    text -> text.contains(Bundles.text("en", "national.field.reason")));
            String reason = "The university's researchers are funded by another NRF programme for this topic.";
            contact.driver().findElement(By.id("sign-off-form:reason")).sendKeys(reason);
            contact.driver().findElement(By.id("sign-off-form:confirm-ineligible")).click();
            contact.waitForText(By.cssSelector(".ui-growl"), text -> text.contains(Bundles.text("en", "signOff.confirmed")));
            assertThat(line(contact, second).getText()).contains(Bundles.text("en", "signOff.eligibility.ineligible"))
                    .contains(reason);
            long partner = Long.parseLong(line(contact, second).getAttribute("data-partner"));
            assertThat(Database.single("select case when eligible then 'yes' else 'no' end from national_check"
                    + " where partner_id = ?", partner)).isEqualTo("no");
            assertThat(Database.single("select reason from national_check where partner_id = ?", partner))
                    .isEqualTo(reason);

            line(contact, third).findElement(By.cssSelector("button[id$=':eligible']")).click();
            contact.waitForText(By.cssSelector("tr[data-acronym='" + third + "'] .sc-eligibility"),
                    text -> text.contains(Bundles.text("en", "signOff.eligibility.eligible")));

            // A top-up of nothing is the entity's refusal, told at the amount; then a national top-up of the South
            // African agency's budget
            contact.driver().findElement(By.id("top-up-form:amount")).sendKeys("0");
            contact.driver().findElement(By.id("top-up-form:reason")).sendKeys("Nothing.");
            contact.driver().findElement(By.id("top-up-form:add-top-up")).click();
            contact.waitForText(By.id("top-up-form:amount-message"),
                    text -> text.contains(Bundles.text("en", "rule.topUp.amount")));
            assertThat(contact.driver().findElements(By.cssSelector("#budgets .sc-top-up"))).isEmpty();
            contact.driver().findElement(By.id("top-up-form:amount")).clear();
            contact.driver().findElement(By.id("top-up-form:reason")).clear();
            contact.driver().findElement(By.id("top-up-form:amount")).sendKeys("250000");
            contact.driver().findElement(By.id("top-up-form:reason")).sendKeys("Extra national funds for this call.");
            contact.driver().findElement(By.id("top-up-form:add-top-up")).click();
            contact.waitForText(By.id("budgets"), text -> text.contains("Extra national funds for this call."));
            assertThat(contact.driver().findElements(By.cssSelector("#budgets .sc-top-up"))).hasSize(1);
            assertThat(Database.single("select count(*) from national_top_up t join funding_call c on c.id = t.call_id"
                    + " where c.code = ?", code)).isEqualTo("1");
            assertThat(violations(contact)).as("the sign-off page after the changes").isEmpty();
            contact.screenshot("sign-off-done");

            contact.open("/app/national/index.xhtml");
            assertThat(contact.waitFor(By.id("sign-off-" + code)).findElement(By.xpath("ancestor::tr")).getText())
                    .contains("2 of 2");
            assertThat(violations(contact)).as("the calls to sign off").isEmpty();
            ReviewerJourneyIT.fitsAPhone(contact, "/app/national/sign-off.xhtml?call=" + code, "partners");
            ReviewerJourneyIT.fitsAPhone(contact, "/app/national/index.xhtml", "sign-off-calls");
        }
    }

    @Test
    void theSignOffPageSpeaksChinese() {
        try (Browser contact = new Browser("zh-CN")) {
            contact.logInToDashboard("contact");
            contact.open("/app/national/sign-off.xhtml?call=" + closed.code() + "&lang=zh");
            assertThat(contact.waitFor(By.id("partners-title")).getText())
                    .isEqualTo(Bundles.text("zh", "signOff.partners.title"));
            assertThat(violations(contact)).as("the sign-off page in Chinese").isEmpty();
            contact.screenshot("sign-off-zh");
        }
    }

    private static List<WebElement> lines(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#partners tr.sc-partner-line"));
    }

    private static WebElement line(Browser browser, String acronym) {
        return browser.waitFor(By.cssSelector("#partners tr[data-acronym='" + acronym + "']"));
    }
}
