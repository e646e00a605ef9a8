package org.scicoop.secretariat.proposal.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.EligibilityRules;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.NationalRules;
import org.scicoop.secretariat.reference.entity.OrganisationType;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scicoop.secretariat.proposal.entity.ProposalFixture.*;

class NationalEligibilityTest {

    private static final String EMPLOYED = "The principal investigator is employed beyond the project's end.";

    /** An agency of France of its own (the fixture's are shared by every test), in a call of its own. */
    private final FundingAgency agency = new FundingAgency("ANR", "Agence nationale de la recherche", FRANCE,
            Currency.getInstance("EUR"));
    private final Proposal proposal = proposal();

    private Proposal proposal() {
        Call call = Call.draft("STI-2027-NAT-01", new Call.CallText("National rules", "A call.",
                        List.of(new ThematicArea("CLIMATE", "Climate", "气候", "Climat", "Clima"))),
                new Call.Schedule(OPENS, DEADLINE), EligibilityRules.defaults(), CREATED);
        call.commit(agency, new BigDecimal("1000000"), null);
        call.commit(NSFC, new BigDecimal("8000000"), null);
        call.commitCommonFund(new BigDecimal("300000"));
        call.open(CREATED);
        Proposal made = draft(call);
        made.describe("CLIMA", "Climate-resilient cities", "We adapt cities.", "climate", 36, NOW);
        made.coordinatingPartner().fundedBy(Funding.Option.agency(agency), new BigDecimal("150000"), NOW);
        made.addPartner(NAIROBI, NOW).fundedBy(Funding.Option.commonFund(), new BigDecimal("80000"), NOW);
        made.addPartner(TSINGHUA, NOW).fundedBy(Funding.Option.agency(NSFC), new BigDecimal("900000"), NOW);
        return made;
    }

    private List<String> national() {
        return NationalEligibility.rules(proposal).stream().map(Finding::rule).toList();
    }

    @Test
    void anAgencyWithoutRulesOfItsOwnAddsNoFinding() {
        assertThat(national()).isEmpty();
    }

    @Test
    void aPartnerOfATypeTheAgencyDoesNotFundIsNamed() {
        agency.getNationalRules().set(Set.of(OrganisationType.RESEARCH_ORGANISATION), null, null, List.of());
        assertThat(NationalEligibility.rules(proposal)).containsExactly(
                Finding.at("/partners/0/organisationId", "nationalOrganisationType", "Sorbonne Université", "ANR"));
        assertThat(Eligibility.rules(proposal)).as("with the call's rules")
                .contains(Finding.at("/partners/0/organisationId", "nationalOrganisationType", "Sorbonne Université", "ANR"));
    }

    @Test
    void aRequestAboveTheAgencysOwnMaximumAndALongerProjectAreNamed() {
        agency.getNationalRules().set(Set.of(), new BigDecimal("100000"), 24, List.of());
        assertThat(NationalEligibility.rules(proposal)).containsExactly(
                Finding.at("/partners/0/requested", "nationalRequestOverMaximum", "Sorbonne Université", "ANR",
                        new BigDecimal("100000"), "EUR"),
                Finding.at("/durationMonths", "nationalDurationOverMaximum", "ANR", 24));
    }

    @Test
    void theDurationIsNamedOncePerAgencyWhateverItsPartners() {
        agency.getNationalRules().set(Set.of(), null, 24, List.of());
        proposal.addPartner(USP, NOW);
        Partner second = proposal.addPartner(new org.scicoop.secretariat.reference.entity.Organisation(
                "Institut Pasteur", FRANCE, OrganisationType.RESEARCH_ORGANISATION), NOW);
        second.fundedBy(Funding.Option.agency(agency), new BigDecimal("50000"), NOW);
        assertThat(national()).containsExactly("nationalDurationOverMaximum");
    }

    @Test
    void eachDeclarationIsMadeByEveryPartnerTheAgencyFundsAndAskedAgainOnceReworded() {
        agency.getNationalRules().set(Set.of(), null, null, List.of(EMPLOYED));
        assertThat(NationalEligibility.rules(proposal)).containsExactly(
                Finding.at("/partners/0/declarations", "nationalDeclarationMissing", "Sorbonne Université", EMPLOYED));

        proposal.coordinatingPartner().declare(List.of(EMPLOYED), NOW);
        assertThat(national()).isEmpty();

        agency.getNationalRules().set(Set.of(), null, null,
                List.of("The principal investigator holds a contract beyond the project's end."));
        assertThat(national()).containsExactly("nationalDeclarationMissing");
    }

    @Test
    void partnersOnTheCommonFundAnswerToTheCallAlone() {
        agency.getNationalRules().set(Set.of(OrganisationType.COMPANY), BigDecimal.ONE, 1, List.of(EMPLOYED));
        assertThat(NationalEligibility.rules(proposal)).extracting(f -> f.values().get(0))
                .doesNotContain("University of Nairobi", "Tsinghua University");
    }

    @Test
    void rulesAreBoundedAndPlain() {
        NationalRules rules = agency.getNationalRules();
        assertThatThrownBy(() -> rules.set(Set.of(), new BigDecimal("-1"), null, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.national.maxRequest");
        assertThatThrownBy(() -> rules.set(Set.of(), null, 121, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.national.maxDuration");
        assertThatThrownBy(() -> rules.set(Set.of(), null, null, List.of(EMPLOYED, " " + EMPLOYED)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.national.declarationTwice");
        assertThatThrownBy(() -> rules.set(Set.of(), null, null, Collections.nCopies(11, EMPLOYED)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("rule.national.tooManyDeclarations");
        assertThatThrownBy(() -> rules.set(Set.of(), null, null, List.of("Hidden\u202Etext")))
                .isInstanceOf(RuleViolation.class);
        assertThat(rules.getDeclarations()).as("nothing kept of a refused change").isEmpty();
    }
}
