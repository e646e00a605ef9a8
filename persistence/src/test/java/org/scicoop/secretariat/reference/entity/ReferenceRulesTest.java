package org.scicoop.secretariat.reference.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules administrators meet when they edit agencies, organisations, thematic areas and countries. */
class ReferenceRulesTest {

    private static final Country KENYA = new Country("KE", "Kenya", IncomeGroup.LOWER_MIDDLE, 2025);

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(key));
    }

    @Test
    void currenciesAreIso4217CodesInAnyCase() {
        assertThat(FundingAgency.currency(" kes ")).isEqualTo(Currency.getInstance("KES"));
        refused(() -> FundingAgency.currency("XYZ"), "rule.agency.unknownCurrency");
        refused(() -> FundingAgency.currency("euro"), "rule.agency.unknownCurrency");
        refused(() -> FundingAgency.currency(" "), "rule.agency.currencyRequired");
    }

    @Test
    void anAgencyWithoutCommitmentsMayChangeItsCurrency() {
        FundingAgency agency = new FundingAgency("NRF", "National Research Fund", KENYA, Currency.getInstance("KES"));

        agency.revise("NRF", "National Research Fund", KENYA, Currency.getInstance("USD"), null, false);

        assertThat(agency.getCurrency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void anAgencyWithCommitmentsKeepsItsCurrency() {
        FundingAgency agency = new FundingAgency("NRF", "National Research Fund", KENYA, Currency.getInstance("KES"));

        refused(() -> agency.revise("NRF", "Renamed", KENYA, Currency.getInstance("USD"), null, true),
                "rule.agency.currencyCommitted");
        assertThat(agency.getCurrency().getCurrencyCode()).isEqualTo("KES");
        assertThat(agency.getName()).isEqualTo("National Research Fund");

        agency.revise("NRF", "Renamed", KENYA, Currency.getInstance("KES"), "https://www.researchfund.go.ke", true);
        assertThat(agency.getName()).isEqualTo("Renamed");
    }

    @Test
    void anAgencyWebsiteIsAnHttpAddress() {
        FundingAgency agency = new FundingAgency("NRF", "National Research Fund", KENYA, Currency.getInstance("KES"));

        agency.setWebsite(" https://www.researchfund.go.ke ");
        assertThat(agency.getWebsite()).isEqualTo("https://www.researchfund.go.ke");
        agency.setWebsite("");
        assertThat(agency.getWebsite()).isNull();
        refused(() -> agency.setWebsite("www.researchfund.go.ke"), "rule.agency.website");
        refused(() -> agency.setWebsite("javascript:alert(1)"), "rule.agency.website");
    }

    @Test
    void anOrganisationStoresTheIdOfAPastedRorUrl() {
        Organisation organisation = new Organisation("Brown", KENYA, OrganisationType.UNIVERSITY);

        organisation.describe(" Brown University ", KENYA, OrganisationType.UNIVERSITY, " ", "https://ror.org/05gq02987");

        assertThat(organisation.getRorId()).isEqualTo("05gq02987");
        assertThat(organisation.getName()).isEqualTo("Brown University");
        assertThat(organisation.getCity()).isNull();
        refused(() -> organisation.describe("Brown", KENYA, OrganisationType.UNIVERSITY, null, "05gq02988"),
                "rule.organisation.rorChecksum");
        refused(() -> organisation.describe(" ", KENYA, OrganisationType.UNIVERSITY, null, null),
                "rule.organisation.nameRequired");
        assertThat(organisation.getRorId()).isEqualTo("05gq02987");
    }

    @Test
    void thematicAreaCodesAreUpperCaseWords() {
        assertThat(new ThematicArea("OCEANS_2030", "Oceans", "海洋", "Océans", "Océanos").getCode())
                .isEqualTo("OCEANS_2030");
        refused(() -> new ThematicArea("oceans", "Oceans", "海洋", "Océans", "Océanos"), "rule.theme.codePattern");
        refused(() -> new ThematicArea("OCEANS-2030", "Oceans", "海洋", "Océans", "Océanos"), "rule.theme.codePattern");
        refused(() -> new ThematicArea("_OCEANS", "Oceans", "海洋", "Océans", "Océanos"), "rule.theme.codePattern");
    }

    @Test
    void aThematicAreaNeedsItsFourNamesAndCanBeDeactivated() {
        ThematicArea oceans = new ThematicArea("OCEANS", "Oceans", "海洋", "Océans", "Océanos");
        refused(() -> oceans.rename("Oceans", "", "Océans", "Océanos"), "rule.theme.namesRequired");

        oceans.deactivate();
        assertThat(oceans.isActive()).isFalse();
        oceans.activate();
        assertThat(oceans.isActive()).isTrue();
    }

    @Test
    void theClassificationYearIsAWorldBankYear() {
        Country india = new Country("IN", "India", IncomeGroup.LOWER_MIDDLE, 2024);

        india.reclassify(IncomeGroup.UPPER_MIDDLE, 2027, 2026);
        assertThat(india.getIncomeYear()).isEqualTo(2027);
        assertThat(india.isDeveloping()).isFalse();

        refused(() -> india.reclassify(IncomeGroup.LOW, 2028, 2026), "rule.country.yearRange");
        refused(() -> india.reclassify(IncomeGroup.LOW, 1986, 2026), "rule.country.yearRange");
        refused(() -> india.reclassify(IncomeGroup.LOW, null, 2026), "rule.country.yearRequired");
        assertThat(india.getIncomeGroup()).isEqualTo(IncomeGroup.UPPER_MIDDLE);

        india.reclassify(IncomeGroup.UNCLASSIFIED, null, 2026);
        assertThat(india.getIncomeYear()).isNull();
    }
}
