package org.scicoop.secretariat.it.journey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** People logging in through the real Keycloak login page, in headless Chromium. */
class LoginJourneyIT extends DeployedApplication {

    @ParameterizedTest(name = "{0} lands on the {3} dashboard")
    @CsvSource({
            "officer,  Wei Li,         CN, programme-officer, Asia/Shanghai",
            "member,   Camille Martin, FR, consortium-member, Europe/Paris",
            "member2,  Wanjiru Kamau,  KE, consortium-member, Africa/Nairobi",
            "member3,  João Silva,     BR, consortium-member, America/Sao_Paulo",
            "reviewer, Anna Schmidt,   DE, reviewer,          Europe/Berlin",
            "contact,  Thabo Nkosi,    ZA, national-contact,  Africa/Johannesburg",
            "admin,    Min Zhang,      CN, admin,             Asia/Shanghai"})
    void eachDemoRoleLandsOnItsDashboardWithNameAndCountry(String username, String name, String country,
                                                          String role, String zone) {
        try (Browser browser = new Browser()) {
            browser.open("/app/dashboard.xhtml");
            assertThat(browser.isOnKeycloakLogin()).as("sent to Keycloak's login page").isTrue();

            browser.logInAs(username, "demo");

            assertThat(browser.waitFor(By.id("page-title")).getText())
                    .isEqualTo(Bundles.text("en", "dashboard.title." + role));
            assertThat(browser.driver().getTitle()).as("the home is called Home").startsWith("Home — ");
            assertThat(browser.driver().findElement(By.id("user-name")).getText()).isEqualTo(name);
            assertThat(browser.driver().findElement(By.id("user-country")).getText()).isEqualTo(country);
            assertThat(browser.driver().findElement(By.id("user-roles")).getText())
                    .contains(Bundles.text("en", "role." + role));
            assertThat(browser.isStyled()).isTrue();
            assertThat(browser.driver().findElement(By.id("work-title")).getText()).as("the home starts with the work")
                    .isEqualTo(Bundles.text("en", "home.work.title"));
            assertThat(browser.driver().findElements(By.id("tile-agencies"))).as("reference statistics for admins only")
                    .hasSize(role.equals("admin") ? 1 : 0);
            assertThat(browser.driver().findElement(By.id("time-zone")).getText()).as("times in the profile's zone")
                    .contains("(" + zone + ")");
            browser.screenshot("dashboard-" + username);
        }
    }

    @Test
    void switchingToChineseShowsChineseHereAndOnKeycloaksLoginPage() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.driver().findElement(By.cssSelector("a[lang='zh-Hans']")).click();

            assertThat(browser.waitFor(By.id("hero-title")).getText()).isEqualTo(Bundles.text("zh", "landing.title"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
            browser.screenshot("landing-zh");

            browser.driver().findElement(By.id("login")).click();
            browser.waitFor(By.id("kc-login"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
            assertThat(browser.driver().findElement(By.id("kc-login")).getText()).isEqualTo("登录");
            browser.screenshot("keycloak-login-zh");

            browser.logInAs("member2", "demo");
            assertThat(browser.waitFor(By.id("page-title")).getText())
                    .isEqualTo(Bundles.text("zh", "dashboard.title.consortium-member"));
            assertThat(browser.driver().findElement(By.id("menu-dashboard")).getText())
                    .isEqualTo(Bundles.text("zh", "menu.dashboard")).isEqualTo("首页");
            assertThat(browser.driver().getTitle()).startsWith("首页");
            browser.screenshot("dashboard-zh");
        }
    }

    @Test
    void logoutEndsTheSingleSignOnSession() {
        try (Browser browser = new Browser()) {
            browser.logInToDashboard("member");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");

            browser.driver().findElement(By.id("logout-form:logout")).click();
            assertThat(browser.waitFor(By.id("logged-out")).getText()).contains(Bundles.text("en", "landing.loggedOut"));

            browser.open("/app/dashboard.xhtml");
            browser.waitFor(By.id("username"));
            assertThat(browser.isOnKeycloakLogin()).as("asked for the password again").isTrue();
        }
    }

    @Test
    void anExpiredPageExplainsWhatHappenedAndTheUserCarriesOn() {
        try (Browser browser = new Browser()) {
            browser.logInToDashboard("member3");
            // a stale postback is refused with 400 and the styled page, not answered as a server failure
            Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(location.pathname, {method: 'POST', body: new URLSearchParams("
                            + "{'logout-form': 'logout-form', 'jakarta.faces.ViewState': 'stale'})})"
                            + ".then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); });");
            assertThat(answer.toString()).startsWith("400 ").contains("id=\"error-expired\"");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                            + ".forEach(function (i) { i.value = 'stale'; });");

            browser.driver().findElement(By.id("logout-form:logout")).click();

            assertThat(browser.waitFor(By.id("error-title")).getText())
                    .isEqualTo(Bundles.text("en", "error.expired.title"));
            assertThat(browser.isStyled()).isTrue();
            browser.open("/app/dashboard.xhtml");
            assertThat(browser.waitFor(By.id("user-name")).getText()).isEqualTo("João Silva");
        }
    }

    @Test
    void wrongPasswordShowsKeycloaksErrorAndGivesNoAccess() {
        try (Browser browser = new Browser()) {
            browser.open("/app/dashboard.xhtml");
            browser.logInAs("reviewer", "not-the-password");

            assertThat(browser.waitFor(By.id("input-error-username")).getText()).isNotBlank();
            assertThat(browser.isOnKeycloakLogin()).isTrue();
            browser.open("/app/dashboard.xhtml");
            assertThat(browser.driver().getCurrentUrl()).startsWith(TestEnvironment.keycloakUrl());
        }
    }

    @Test
    void anonymousVisitToTheLandingPageSetsNoSessionCookie() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.waitFor(By.id("hero-title"));
            browser.open("/privacy.xhtml");
            browser.waitFor(By.id("privacy"));

            assertThat(browser.driver().manage().getCookies()).extracting(Cookie::getName)
                    .doesNotContain("JSESSIONID");
            assertThat(browser.isStyled()).isTrue();
            browser.screenshot("landing-en");
        }
    }
}
