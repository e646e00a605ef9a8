package org.scicoop.secretariat.proposal.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.EligibilityRules;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.proposal.entity.ProposalFixture.*;

class EligibilityTest {

    private static List<String> rules(Proposal proposal) {
        return Eligibility.check(proposal).stream().map(Finding::rule).toList();
    }

    private static Finding finding(Proposal proposal, String rule) {
        return Eligibility.check(proposal).stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aCompleteProposalThatMeetsEveryRuleHasNoFindings() {
        assertThat(Eligibility.check(complete(call()))).isEmpty();
    }

    @Test
    void aNewDraftListsEverythingThatIsMissing() {
        Proposal draft = draft(call());

        assertThat(Eligibility.missing(draft)).extracting(Finding::rule).containsExactly("titleMissing",
                "abstractMissing", "keywordsMissing", "durationMissing", "investigatorMissing",
                "personMonthsMissing", "milestonesMissing", "descriptionMissing");
    }

    @Test
    void everyFindingNamesTheFieldThatSettlesIt() {
        Proposal draft = draft(call());

        assertThat(Eligibility.missing(draft)).extracting(Finding::field).containsExactly("/title",
                "/abstractText", "/keywords", "/durationMonths", "/partners/0/piName", "/partners/0/personMonths",
                "/milestones", "/attachments");
        assertThat(Eligibility.check(draft)).allSatisfy(finding -> assertThat(finding.field()).as(finding.rule())
                .isNotNull().startsWith("/"));
    }

    @Test
    void aPartnersAndAMilestonesFindingNameTheirPositionInTheLists() {
        Proposal proposal = complete(call());
        proposal.getPartners().get(1).fundedBy(Funding.Option.commonFund(), new BigDecimal("300000.01"), NOW);
        proposal.describe("CLIMA", "t", "a", "k", 48, NOW);

        assertThat(finding(proposal, "requestOverMaximum").field()).isEqualTo("/partners/1/requested");
        assertThat(finding(proposal, "durationOverMaximum").field()).isEqualTo("/durationMonths");

        proposal.describe("CLIMA", "t", "a", "k", 12, NOW);
        assertThat(Eligibility.check(proposal)).filteredOn(f -> f.rule().equals("milestoneAfterEnd"))
                .extracting(Finding::field).containsExactly("/milestones/1/dueMonth");
    }

    @Test
    void tooFewPartnersAndCountriesAreNamedWithTheCallsMinimum() {
        Proposal proposal = complete(call());
        proposal.removePartner(proposal.getPartners().get(2), NOW);
        proposal.removePartner(proposal.getPartners().get(1), NOW);

        assertThat(finding(proposal, "tooFewPartners").values()).containsExactly(1, 3);
        assertThat(finding(proposal, "tooFewCountries").values()).containsExactly(1, 2);
    }

    @Test
    void partnersFromOneCountryOnlyCountAsOneCountry() {
        Call call = call(new EligibilityRules(2, 2, false, true, 36), BigDecimal.ZERO);
        Proposal proposal = draft(call);
        Partner second = proposal.addPartner(new org.scicoop.secretariat.reference.entity.Organisation("CNRS", FRANCE,
                org.scicoop.secretariat.reference.entity.OrganisationType.RESEARCH_ORGANISATION), NOW);
        second.fundedBy(Funding.Option.agency(ANR), BigDecimal.ONE, NOW);

        assertThat(rules(proposal)).contains("tooFewCountries").doesNotContain("tooFewPartners");
    }

    @Test
    void withoutAPartnerFromADevelopingCountryTheRuleFails() {
        Proposal proposal = complete(call());
        proposal.removePartner(proposal.getPartners().get(1), NOW);
        proposal.addPartner(USP, NOW).describeInvestigator("Carlos Chagas", "chagas@usp.example", NOW);

        assertThat(rules(proposal)).contains("noDevelopingPartner");
    }

    @Test
    void theRuleOnDevelopingPartnersCanBeSwitchedOffByTheCall() {
        Call call = call(new EligibilityRules(3, 2, false, true, 36), new BigDecimal("300000"));
        Proposal proposal = complete(call);
        proposal.removePartner(proposal.getPartners().get(1), NOW);

        assertThat(rules(proposal)).doesNotContain("noDevelopingPartner");
    }

    @Test
    void aCoordinatorWhoseCountryDoesNotFundTheCallIsNamedWithTheCountry() {
        Proposal proposal = Proposal.draft(call(), "member3", "SAO", USP, NOW);

        Finding finding = finding(proposal, "coordinatorCountryNotFunding");
        assertThat(finding.values()).containsExactly(new Finding.CountryName("BR", "Brazil"));
    }

    @Test
    void aDurationOverTheCallsMaximumFails() {
        Proposal proposal = complete(call());
        proposal.describe("CLIMA", "t", "a", "k", 48, NOW);

        assertThat(finding(proposal, "durationOverMaximum").values()).containsExactly(48, 36);
    }

    @Test
    void aRequestOverTheAgencysMaximumPerPartnerFailsWithAmountsAndCurrency() {
        Proposal proposal = complete(call());
        proposal.coordinatingPartner().fundedBy(Funding.Option.agency(ANR), new BigDecimal("250000"), NOW);

        Finding finding = finding(proposal, "requestOverMaximum");
        assertThat(finding.values().get(0)).isEqualTo("Sorbonne Université");
        assertThat((BigDecimal) finding.values().get(1)).isEqualByComparingTo("250000");
        assertThat((BigDecimal) finding.values().get(2)).isEqualByComparingTo("200000");
        assertThat(finding.values().get(3)).isEqualTo("EUR");
    }

    @Test
    void aRequestOverTheWholeCommonFundFails() {
        Proposal proposal = complete(call());
        proposal.getPartners().get(1).fundedBy(Funding.Option.commonFund(), new BigDecimal("300000.01"), NOW);

        assertThat(rules(proposal)).containsExactly("requestOverMaximum");
    }

    @Test
    void aSelfFundedPartnerMayNotRequestAnything() {
        Proposal proposal = complete(call());
        Partner usp = proposal.addPartner(USP, NOW);
        usp.describeInvestigator("Carlos Chagas", "chagas@usp.example", NOW);
        usp.plan(BigDecimal.TEN, NOW);
        usp.fundedBy(Funding.Option.selfFunded(), new BigDecimal("1000"), NOW);

        assertThat(finding(proposal, "selfFundedRequest").values()).containsExactly("Universidade de São Paulo");
    }

    @Test
    void aFundingSourceTheCountryMayNotUseFails() {
        Proposal proposal = complete(call());
        // France funds the call: its partners are funded by ANR, not the common fund.
        proposal.coordinatingPartner().fundedBy(Funding.Option.commonFund(), new BigDecimal("1000"), NOW);
        // Brazil is not developing: no common fund either.
        Partner usp = proposal.addPartner(USP, NOW);
        usp.describeInvestigator("Carlos Chagas", "chagas@usp.example", NOW);
        usp.plan(BigDecimal.TEN, NOW);
        usp.fundedBy(Funding.Option.commonFund(), new BigDecimal("1000"), NOW);
        // A Chinese partner may not be funded by the French agency.
        proposal.getPartners().get(2).fundedBy(Funding.Option.agency(ANR), new BigDecimal("1000"), NOW);

        assertThat(rules(proposal)).containsExactly("fundingNotAllowed", "fundingNotAllowed", "fundingNotAllowed");
    }

    @Test
    void eitherChineseAgencyMayFundAChinesePartner() {
        Proposal proposal = complete(call());
        proposal.getPartners().get(2).fundedBy(Funding.Option.agency(MOST), new BigDecimal("1900000"), NOW);

        assertThat(Eligibility.check(proposal)).isEmpty();
    }

    @Test
    void theSameOrganisationTwiceIsNamed() {
        Proposal proposal = complete(call());
        Partner again = proposal.addPartner(NAIROBI, NOW);
        again.describeInvestigator("Someone Else", "else@uonbi.example", NOW);
        again.plan(BigDecimal.ONE, NOW);
        again.fundedBy(Funding.Option.commonFund(), BigDecimal.ONE, NOW);

        assertThat(finding(proposal, "organisationTwice").values()).containsExactly("University of Nairobi");
    }

    @Test
    void milestonesMustHaveAPartnerAndFallWithinTheProject() {
        Proposal proposal = complete(call());
        proposal.planMilestones(List.of(new PlannedMilestone.Plan("Final report", 40, MilestoneKind.PERIODIC_REPORT,
                null)), NOW);

        assertThat(rules(proposal)).containsExactly("milestoneWithoutPartner", "milestoneAfterEnd");
        assertThat(finding(proposal, "milestoneAfterEnd").values()).containsExactly("Final report", 40, 36);
    }

    @Test
    void everyFailingRuleIsListedAtOnce() {
        Proposal proposal = Proposal.draft(call(), "member3", "SAO", USP, NOW);
        proposal.describe("SAO", "t", "a", "k", 60, NOW);

        assertThat(Eligibility.rules(proposal)).extracting(Finding::rule).containsExactly("tooFewPartners",
                "tooFewCountries", "noDevelopingPartner", "coordinatorCountryNotFunding", "durationOverMaximum");
    }
}
