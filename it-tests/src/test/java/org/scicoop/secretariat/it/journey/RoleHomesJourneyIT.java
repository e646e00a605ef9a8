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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Axe.violations;

/**
 * Each role's home starts with the person's work (issue 12), on the demo data: what needs their action now, with
 * its date, then the figures of their role; reference statistics only for administrators; an empty state that
 * says what comes next. Every home meets WCAG 2.1 AA and fits a 390 px phone without sideways scrolling.
 * Screenshots: {@code home-<user>.png} and {@code home-<user>-phone.png}.
 */
class RoleHomesJourneyIT extends DeployedApplication {

    @Test
    void aMembersHomeListsTheirDraftsWithDaysLeftAndTheirSubmittedProposals() {
        try (Browser member = home("member")) {
            assertThat(work(member, "proposal.draft", "COASTWISE")).as("a draft with its deadline and days left")
                    .contains("STI-2026-CLIM-01").contains(Bundles.text("en", "work.proposal.draft"))
                    .containsPattern("\\d+ days left");
            assertThat(work(member, "proposal.submitted", "HEATNET")).as("a submitted proposal and its state")
                    .contains(Bundles.text("en", "ProposalStatus.SUBMITTED"));
            assertThat(member.driver().findElement(By.id("proposal-figures")).getText())
                    .contains(Bundles.text("en", "home.proposals.mine"));
            assertThat(member.driver().findElements(By.id("calls-tiles"))).as("calls in figures are the secretariat's")
                    .isEmpty();
            checkedEverywhere(member, "member");
        }
    }

    @Test
    void anInvitedPartnersHomeAsksForTheirPartnerDataAndShowsTheirScreenedProposal() {
        try (Browser partner = home("member2")) {
            assertThat(work(partner, "proposal.partnerData", "COASTWISE"))
                    .contains(Bundles.text("en", "work.proposal.partnerData").replace("''", "'"));
            assertThat(work(partner, "proposal.screened", "DRYLANDS"))
                    .contains(Bundles.text("en", "ProposalStatus.INELIGIBLE"));
            partner.screenshot("home-member2");
        }
    }

    @Test
    void anOfficersHomeListsDraftCallsAndCountsForthcomingCallsAsForthcoming() {
        try (Browser officer = home("officer")) {
            assertThat(work(officer, "call.draft", "STI-2027-ENER-01"))
                    .contains(Bundles.text("en", "CallState.DRAFT"));
            assertThat(officer.driver().findElement(By.id("tile-calls-FORTHCOMING")).getText())
                    .as("the demo's health call is opened but not yet open")
                    .contains(Bundles.text("en", "CallState.FORTHCOMING"));
            assertThat(officer.driver().findElements(By.id("tile-agencies"))).isEmpty();
            checkedEverywhere(officer, "officer");
        }
    }

    @Test
    void aReviewersHomeSaysWhatComesNextAndOffersNothingTheyCannotOpen() {
        try (Browser reviewer = home("reviewer")) {
            List<WebElement> reviews = reviewer.driver().findElements(By.cssSelector("#work-list li"));
            if (reviews.isEmpty()) {
                assertThat(reviewer.driver().findElement(By.id("work-empty")).getText())
                        .isEqualTo(Bundles.text("en", "home.empty.reviewer"));
            } else {
                assertThat(reviews).as("a reviewer's work is reviews (issue 13), each leading to its page")
                        .allSatisfy(item -> assertThat(item.getAttribute("data-kind")).startsWith("review."));
            }
            assertThat(reviewer.driver().findElements(By.id("menu-proposals-list"))).as("no link to a 403").isEmpty();
            assertThat(reviewer.driver().findElements(By.id("tile-calls-DRAFT"))).as("drafts are not theirs")
                    .isEmpty();
            checkedEverywhere(reviewer, "reviewer");
        }
    }

    @Test
    void aNationalContactsHomeListsTheSubmittedProposalsWithAPartnerFromTheirCountry() {
        try (Browser contact = home("contact")) {
            assertThat(work(contact, "proposal.country", "STI-2026-CLIM-01")).as("HEATNET has a South African partner")
                    .containsPattern("\\d+ submitted proposals? with a partner from your country");
            assertThat(contact.driver().findElements(By.cssSelector("#work-list li[data-reference='STI-2027-ENER-01']")))
                    .as("South Africa's agency does not commit to the demo's draft").isEmpty();
            checkedEverywhere(contact, "contact");
        }
    }

    @Test
    void anAdministratorsHomeHoldsTheReferenceStatistics() {
        try (Browser admin = home("admin")) {
            assertThat(admin.driver().findElement(By.id("work-empty")).getText())
                    .isEqualTo(Bundles.text("en", "home.empty.admin"));
            assertThat(admin.driver().findElement(By.id("tile-agencies")).getText()).matches("(?s)\\d+.*");
            assertThat(admin.driver().findElement(By.id("reference-title")).getText())
                    .isEqualTo(Bundles.text("en", "home.reference.title"));
            checkedEverywhere(admin, "admin");
        }
    }

    @Test
    void aMembersHomeInChinese() {
        try (Browser member = home("member")) {
            member.open("/app/dashboard.xhtml?lang=zh");
            assertThat(member.waitFor(By.id("work-title")).getText()).isEqualTo(Bundles.text("zh", "home.work.title"));
            assertThat(work(member, "proposal.draft", "COASTWISE")).contains(Bundles.text("zh", "work.proposal.draft"));
            assertThat(violations(member)).as("member's home in Chinese").isEmpty();
            member.screenshot("home-member-zh");
        }
    }

    @Test
    void aSignedInMemberKeepsTheApplicationOnThePublicCallPages() {
        try (Browser member = home("member")) {
            member.open("/call.xhtml?code=STI-2026-CLIM-01");
            member.waitFor(By.id("call-title"));
            assertThat(member.driver().findElement(By.id("user-name")).getText()).isEqualTo("Camille Martin");
            assertThat(member.driver().findElements(By.id("menu-my-proposals"))).as("the application's menu").hasSize(1);
            assertThat(member.driver().findElement(By.id("call-apply")).getText())
                    .contains(Bundles.text("en", "call.apply.hintSignedIn"))
                    .doesNotContain(Bundles.text("en", "call.apply.hint"));
            assertThat(violations(member)).as("a public call page, signed in").isEmpty();
            String icon = member.driver().findElement(By.cssSelector("link[rel='icon']")).getAttribute("href");
            assertThat(Http.get(icon.substring(TestEnvironment.appUrl().length())).statusCode()).as("the favicon")
                    .isEqualTo(200);
            member.screenshot("call-signed-in");

            member.open("/calls.xhtml");
            assertThat(member.waitFor(By.id("calls-title")).getText()).isEqualTo(Bundles.text("en", "calls.public.title"));
            assertThat(member.driver().findElements(By.id("menu-my-proposals"))).hasSize(1);
        }
    }

    private static Browser home(String username) {
        Browser browser = new Browser();
        browser.logInToDashboard(username);
        browser.waitFor(By.id("work-title"));
        return browser;
    }

    /** The text of the work item of {@code kind} about {@code subject} (a proposal's acronym or a call's code). */
    private static String work(Browser browser, String kind, String subject) {
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#work-list li[data-kind='" + kind + "']"))
                .stream().filter(item -> item.findElement(By.className("sc-work-link")).getText().equals(subject))
                .toList();
        assertThat(items).as("a work item " + kind + " about " + subject).hasSize(1);
        return items.get(0).getText();
    }

    /** Accessible, at a desktop's width and on a phone (no sideways page scrolling), with screenshots of both. */
    private static void checkedEverywhere(Browser browser, String username) {
        assertThat(violations(browser)).as(username + "'s home").isEmpty();
        browser.screenshot("home-" + username);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("/app/dashboard.xhtml");
        browser.waitFor(By.id("work-title"));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) sideways).intValue()).as(username + "'s home scrolls sideways on a phone").isLessThanOrEqualTo(0);
        browser.screenshot("home-" + username + "-phone");
    }
}
