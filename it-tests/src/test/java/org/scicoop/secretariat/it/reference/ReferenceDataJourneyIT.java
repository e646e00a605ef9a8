package org.scicoop.secretariat.it.reference;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;

import java.security.SecureRandom;
import java.time.Duration;
import java.text.MessageFormat;
import java.time.Year;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.Axe.violations;

/**
 * An administrator keeps the reference data through its screens: agencies, organisations (with the
 * merge of a duplicate), thematic areas and income groups; every change is audited under their name.
 */
class ReferenceDataJourneyIT extends DeployedApplication {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final String suffix = Integer.toString(10000 + RANDOM.nextInt(89999));

    @Test
    void anAdministratorCreatesAnAgencyAndIsToldWhatCannotChange() {
        String acronym = "ITA" + suffix;
        try (Browser admin = new Browser()) {
            admin.logInToDashboard("admin");
            admin.driver().findElement(By.id("menu-agencies")).click();

            fillAgency(admin, acronym, "Kenya Innovation Agency " + suffix, "kes");
            admin.driver().findElement(By.id("agency-form:save")).click();
            admin.waitForText(By.id("agency-form:agencies"), text -> text.contains(acronym));
            assertThat(admin.driver().findElement(By.id("agency-form:agencies")).getText())
                    .contains("Kenya Innovation Agency " + suffix).contains("KES");

            fillAgency(admin, acronym, "The same acronym again", "KES");
            admin.driver().findElement(By.id("agency-form:save")).click();
            admin.waitForText(By.id("agency-form:acronym-message"),
                    text -> text.contains(text("rule.agency.acronymTaken", acronym, "KE")));
            assertThat(admin.driver().findElement(By.id("agency-form:name")).getAttribute("value"))
                    .isEqualTo("The same acronym again");

            WebElement nsfc = row(admin, "agency-form:agencies", "NSFC");
            nsfc.findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
            admin.awaitAjax();
            assertThat(admin.waitFor(By.id("agency-form:acronym")).getAttribute("value")).isEqualTo("NSFC");
            WebElement currency = admin.driver().findElement(By.id("agency-form:currency"));
            currency.clear();
            currency.sendKeys("USD");
            admin.driver().findElement(By.id("agency-form:save")).click();
            admin.waitForText(By.id("agency-form:currency-message"),
                    text -> text.contains(text("rule.agency.currencyCommitted", "NSFC", "CNY")));
        }
        assertThat(Database.single("select currency from funding_agency where acronym = 'NSFC'")).isEqualTo("CNY");
        assertThat(Database.single("""
                select r.username from funding_agency_aud a join audit_revision r on r.id = a.rev
                where a.acronym = ? and a.revtype = 0""", acronym)).isEqualTo("admin");
    }

    @Test
    void anAdministratorCreatesAnOrganisationWithItsRorIdAndMergesADuplicateIntoIt() {
        String ror = rorId();
        String kept = "Nairobi Institute of Technology " + suffix;
        String duplicate = "Nairobi Inst. of Technology " + suffix;
        try (Browser admin = new Browser()) {
            admin.logInToDashboard("admin");
            admin.driver().findElement(By.id("menu-organisations")).click();

            fillOrganisation(admin, kept, "Nairobi", withWrongCheckDigits(ror));
            admin.driver().findElement(By.id("organisation-form:save")).click();
            admin.waitForText(By.id("organisation-form:ror-message"),
                    text -> text.contains(text("rule.organisation.rorChecksum", withWrongCheckDigits(ror))));
            assertThat(admin.driver().findElement(By.id("organisation-form:name")).getAttribute("value"))
                    .isEqualTo(kept);

            WebElement rorInput = admin.driver().findElement(By.id("organisation-form:ror"));
            rorInput.clear();
            rorInput.sendKeys("https://ror.org/" + ror);
            admin.driver().findElement(By.id("organisation-form:save")).click();
            admin.waitForText(By.id("organisation-form:messages"),
                    text -> text.contains(text("organisations.created", kept)));

            fillOrganisation(admin, duplicate, "Nairobi", "");
            admin.driver().findElement(By.id("organisation-form:save")).click();
            admin.waitForText(By.id("organisation-form:messages"),
                    text -> text.contains(text("organisations.created", duplicate)));

            admin.driver().findElement(By.id("organisation-form:filter-name")).sendKeys(suffix);
            admin.waitForText(By.id("organisation-form:organisations"),
                    text -> text.contains(kept) && text.contains(duplicate) && !text.contains("Tsinghua"));
            assertThat(admin.driver().findElement(By.id("organisation-form:organisations")).getText()).contains(ror);

            // a member's proposal names the duplicate as a partner: one reference the merge moves
            ProposalsApi.completeDraft("member", ProposalsApi.openCall(), ProposalsApi.SORBONNE,
                    List.of(new ProposalsApi.PartnerSpec(duplicate, "KE", 80_000), ProposalsApi.TSINGHUA));

            pick(admin, 0);
            pick(admin, 1);
            admin.waitFor(By.id("merge-panel"));
            // the panel is beside the table, in view, and merging needs the choice of the one kept
            assertThat((Boolean) ((JavascriptExecutor) admin.driver()).executeScript("""
                    const r = document.getElementById('merge-panel').getBoundingClientRect();
                    return r.top >= 0 && r.bottom <= window.innerHeight + 1;""")).isTrue();
            assertThat(admin.driver().findElement(By.id("organisation-form:merge-button")).isEnabled()).isFalse();
            assertThat(admin.driver().findElement(By.id("merge-hint")).getText())
                    .isEqualTo(text("organisations.merge.chooseKept"));
            assertThat(admin.driver().findElement(By.id("merge-panel")).getText())
                    .contains(duplicate + " · KE · " + text("organisations.merge.references", 1))
                    .contains(kept + " · KE · " + ror + " · " + text("organisations.merge.references", 0));
            admin.driver().findElement(By.xpath("//fieldset[@id='merge-panel']//label[contains(., '" + ror + "')]"))
                    .click();
            admin.awaitAjax();
            assertThat(admin.driver().findElement(By.id("organisation-form:merge-button")).isEnabled()).isTrue();

            // the confirmation names the one kept, the one that disappears and the reference that moves; focus on Cancel
            admin.driver().findElement(By.id("organisation-form:merge-button")).click();
            WebElement dialog = admin.waitFor(By.cssSelector(".ui-confirm-dialog"));
            String item = text("organisations.merge.item", duplicate, text("organisations.merge.references", 1));
            assertThat(dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText())
                    .isEqualTo(text("organisations.merge.confirm", kept, item, 1));
            new WebDriverWait(admin.driver(), Duration.ofSeconds(10)).until(d -> d.switchTo().activeElement()
                    .getAttribute("class").contains("ui-confirmdialog-no"));
            assertThat(admin.driver().switchTo().activeElement().getText()).isEqualTo(text("action.cancel"));
            assertThat(dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).getText())
                    .isEqualTo(text("organisations.merge.yes"));
            admin.screenshot("reference-organisations-merge-confirm");
            dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();

            admin.waitForText(By.id("organisation-form:messages"),
                    text -> text.contains(text("organisations.merged", 1, kept)));
            admin.waitForText(By.id("organisation-form:organisations"),
                    text -> text.contains(kept) && !text.contains(duplicate));
            assertThat(admin.driver().findElement(By.id("organisation-form:merges")).getText())
                    .contains(duplicate).contains(kept).contains("Min Zhang");
            admin.screenshot("reference-organisations-merged");
        }
        assertThat(Database.single("select ror_id from organisation where name = ?", kept)).isEqualTo(ror);
        assertThat(Database.single("""
                select count(*) from proposal_partner p join organisation o on o.id = p.organisation_id
                where o.name = ?""", kept)).isEqualTo("1");
        assertThat(Database.single("select count(*) from organisation where name = ?", duplicate)).isEqualTo("0");
        assertThat(Database.single("""
                select r.username from organisation_aud a join audit_revision r on r.id = a.rev
                where a.name = ? and a.revtype = 2""", duplicate)).isEqualTo("admin");
        assertThat(Database.single("select merged_by from organisation_merge where merged_name = ? and kept_name = ?",
                duplicate, kept)).isEqualTo("admin");
        assertThat(Database.single("""
                select r.username from organisation_merge_aud a join audit_revision r on r.id = a.rev
                where a.merged_name = ?""", duplicate)).isEqualTo("admin");
    }

    @Test
    void anAdministratorEditsAndDeactivatesAThematicAreaThatCallsNoLongerOffer() {
        String code = "IT_OCEANS_" + suffix;
        String renamed = "Oceans and seas " + suffix;
        try (Browser admin = new Browser()) {
            admin.logInToDashboard("admin");
            admin.driver().findElement(By.id("menu-themes")).click();

            admin.waitFor(By.id("theme-form:code")).sendKeys(code);
            admin.driver().findElement(By.id("theme-form:name-en")).sendKeys("Oceans " + suffix);
            admin.driver().findElement(By.id("theme-form:name-zh")).sendKeys("海洋 " + suffix);
            admin.driver().findElement(By.id("theme-form:name-fr")).sendKeys("Océans " + suffix);
            admin.driver().findElement(By.id("theme-form:name-es")).sendKeys("Océanos " + suffix);
            admin.driver().findElement(By.id("theme-form:save")).click();
            admin.waitForText(By.id("theme-form:themes"), text -> text.contains(code));

            row(admin, "theme-form:themes", code).findElement(By.xpath(".//button[contains(@id, ':edit')]")).click();
            admin.awaitAjax();
            WebElement english = admin.waitFor(By.id("theme-form:name-en"));
            assertThat(english.getAttribute("value")).isEqualTo("Oceans " + suffix);
            english.clear();
            english.sendKeys(renamed);
            admin.driver().findElement(By.id("theme-form:save")).click();
            admin.waitForText(By.id("theme-form:themes"), text -> text.contains(renamed));

            row(admin, "theme-form:themes", code).findElement(By.xpath(".//button[contains(@id, ':toggle')]")).click();
            admin.waitForText(By.id("theme-form:messages"), text -> text.contains(text("themes.deactivated", code)));
            assertThat(row(admin, "theme-form:themes", code).getText())
                    .contains(Bundles.text("en", "themes.inactive"));
        }
        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/edit.xhtml");
            String offered = officer.waitFor(By.id("edit-form:themes")).getText();
            assertThat(offered).contains("Water Resources").doesNotContain(renamed);
        }
        assertThat(Database.single("select active from thematic_area where code = ?", code)).isEqualTo("f");
        assertThat(Database.single("""
                select r.username from thematic_area_aud a join audit_revision r on r.id = a.rev
                where a.code = ? and a.active = false""", code)).isEqualTo("admin");
        assertThat(Database.single("""
                select count(*) from thematic_area_aud a join audit_revision r on r.id = a.rev
                where a.code = ? and r.username = 'admin'""", code)).isEqualTo("3");
    }

    @Test
    void anAdministratorChangesACountrysIncomeGroupAndYear() {
        int year = Year.now().getValue();
        try (Browser admin = new Browser()) {
            admin.logInToDashboard("admin");
            admin.driver().findElement(By.id("menu-countries")).click();
            assertThat(admin.waitFor(By.id("countries-warning")).getText())
                    .isEqualTo(Bundles.text("en", "countries.developing.help").replace("''", "'"));

            admin.waitFor(By.id("country-form:filter-text")).sendKeys("Tuvalu");
            admin.waitForText(By.id("country-form:countries"), text -> text.contains("Tuvalu") && !text.contains("Kenya"));
            admin.driver().findElement(By.id("country-form:countries:0:edit")).click();
            admin.waitFor(By.id("country-editor"));

            admin.choose("country-form:group", Bundles.text("en", "incomeGroup.HIGH"));
            typeYear(admin, "1950");
            admin.driver().findElement(By.id("country-form:save")).click();
            admin.waitForText(By.id("country-form:year-message"),
                    text -> text.contains(text("rule.country.yearRange", 1987, year + 1)));

            typeYear(admin, Integer.toString(year));
            admin.driver().findElement(By.id("country-form:save")).click();
            admin.waitForText(By.id("country-form:messages"), text -> text.contains(
                    text("countries.saved", "Tuvalu", Bundles.text("en", "incomeGroup.HIGH"), Integer.toString(year))));
            String row = admin.driver().findElement(By.id("country-form:countries")).getText();
            assertThat(row).contains("Tuvalu").contains(Bundles.text("en", "incomeGroup.HIGH"))
                    .contains(Integer.toString(year));
        }
        assertThat(Database.single("select income_group || ' ' || income_year from country where code = 'TV'"))
                .isEqualTo("HIGH " + year);
        assertThat(Database.single("""
                select r.username from country_aud a join audit_revision r on r.id = a.rev
                where a.code = 'TV' and a.income_group = 'HIGH'""")).isEqualTo("admin");
    }

    @Test
    void theReferenceDataPagesMeetWcag21AA() {
        try (Browser admin = new Browser()) {
            admin.logInToDashboard("admin");
            assertThat(violations(admin)).as("admin dashboard").isEmpty();
            for (String page : List.of("agencies", "organisations", "themes", "countries")) {
                admin.open("/app/admin/" + page + ".xhtml");
                admin.waitFor(By.id("page-title"));
                assertThat(violations(admin)).as(page).isEmpty();
            }
            admin.open("/app/admin/organisations.xhtml?lang=zh");
            admin.waitFor(By.id("page-title"));
            assertThat(violations(admin)).as("organisations in Chinese").isEmpty();
        }
    }

    @Test
    void aMissingNameIsExplainedAtItsFieldInTheAdministratorsLanguage() {
        try (Browser admin = new Browser()) {
            admin.logInToDashboard("admin");
            admin.open("/app/admin/agencies.xhtml?lang=zh");
            admin.waitFor(By.id("agency-form:acronym")).sendKeys("ZH" + suffix);
            admin.driver().findElement(By.id("agency-form:save")).click();

            admin.waitForText(By.id("agency-form:name-message"), text -> !text.isBlank());
            assertThat(admin.driver().findElement(By.id("agency-form:name-message")).getText())
                    .as("in plain Chinese, not a constraint's text").contains("请填写此项").doesNotContain("must")
                    .doesNotContain("不能为空");
            admin.screenshot("agency-form-missing-name-zh");
        }
    }

    private static void fillAgency(Browser browser, String acronym, String name, String currency) {
        browser.awaitAjax();
        WebElement acronymInput = browser.waitFor(By.id("agency-form:acronym"));
        acronymInput.clear();
        acronymInput.sendKeys(acronym);
        browser.choose("agency-form:country", "Kenya (KE)");
        WebElement currencyInput = browser.driver().findElement(By.id("agency-form:currency"));
        currencyInput.clear();
        currencyInput.sendKeys(currency);
        WebElement nameInput = browser.driver().findElement(By.id("agency-form:name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        WebElement website = browser.driver().findElement(By.id("agency-form:website"));
        website.clear();
        website.sendKeys("https://innovation.example.ke");
    }

    /** Picks a row for the merge; the row is brought to the middle of the window, above the merge panel at its foot. */
    private static void pick(Browser admin, int row) {
        WebElement pick = admin.driver().findElement(By.id("organisation-form:organisations:" + row + ":pick"));
        ((JavascriptExecutor) admin.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", pick);
        pick.click();
        admin.awaitAjax();
    }

    private static void fillOrganisation(Browser browser, String name, String city, String ror) {
        browser.awaitAjax();
        WebElement nameInput = browser.waitFor(By.id("organisation-form:name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        browser.choose("organisation-form:country", "Kenya (KE)");
        browser.choose("organisation-form:type", Bundles.text("en", "OrganisationType.UNIVERSITY"));
        WebElement cityInput = browser.driver().findElement(By.id("organisation-form:city"));
        cityInput.clear();
        cityInput.sendKeys(city);
        WebElement rorInput = browser.driver().findElement(By.id("organisation-form:ror"));
        rorInput.clear();
        rorInput.sendKeys(ror);
    }

    private static void typeYear(Browser browser, String year) {
        WebElement input = browser.waitFor(By.id("country-form:year_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(year);
        input.sendKeys(Keys.TAB);
        browser.awaitAjax();
    }

    /** The table row whose first cell is {@code firstCell}. */
    private static WebElement row(Browser browser, String tableId, String firstCell) {
        browser.awaitAjax();
        return browser.driver().findElement(By.xpath("//tbody[@id='" + tableId + "_data']/tr[td[1][normalize-space()='"
                + firstCell + "']]"));
    }

    private static String text(String key, Object... arguments) {
        return new MessageFormat(Bundles.text("en", key), Locale.ENGLISH).format(arguments);
    }

    private static final String BASE32 = "0123456789abcdefghjkmnpqrstvwxyz";

    /** A fresh, valid ROR id: 0, six base-32 characters, ISO 7064 mod 97-10 check digits. */
    private static String rorId() {
        StringBuilder id = new StringBuilder("0");
        for (int i = 0; i < 6; i++) {
            id.append(BASE32.charAt(RANDOM.nextInt(32)));
        }
        return id + String.format("%02d", checkDigits(id.toString()));
    }

    private static int checkDigits(String body) {
        long number = 0;
        for (char c : body.toCharArray()) {
            number = number * 32 + BASE32.indexOf(c);
        }
        return (int) (98 - (number * 100) % 97);
    }

    private static String withWrongCheckDigits(String ror) {
        int right = Integer.parseInt(ror.substring(7));
        return ror.substring(0, 7) + String.format("%02d", right == 98 ? 97 : right + 1);
    }
}
