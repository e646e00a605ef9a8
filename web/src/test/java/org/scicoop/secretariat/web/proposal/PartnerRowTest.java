package org.scicoop.secretariat.web.proposal;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory.FundingChoice;
import org.scicoop.secretariat.proposal.boundary.PartnerCommand;
import org.scicoop.secretariat.proposal.entity.FundingSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerRowTest {

    private static final FundingChoice NACOSTI = new FundingChoice(FundingSource.AGENCY, 5L, "NACOSTI",
            "National Commission for Science, Technology and Innovation", "KES", new BigDecimal("30000000"),
            List.of("The PI is employed beyond the project's end."));
    private static final FundingChoice NRF = new FundingChoice(FundingSource.AGENCY, 6L, "NRF",
            "National Research Fund", "KES", null, List.of());
    private static final FundingChoice COMMON_FUND = new FundingChoice(FundingSource.COMMON_FUND, null, null, null,
            "EUR", new BigDecimal("500000"), List.of());
    private static final FundingChoice SELF_FUNDED = new FundingChoice(FundingSource.SELF_FUNDED, null, null, null,
            null, BigDecimal.ZERO, List.of());

    @Test
    void aNewPartnerStartsWithItsCountrysDefaultFundingAndNoRequest() {
        PartnerRow row = PartnerRow.added(3L, null, "University of Nairobi", "KE", true, List.of(COMMON_FUND));

        assertThat(row.getChoice()).isEqualTo(COMMON_FUND);
        assertThat(row.getCurrency()).isEqualTo("EUR");
        assertThat(row.isChoiceOffered()).isFalse();
        assertThat(row.getRequested()).isZero();
    }

    @Test
    void theFundingIsNamedToTheServiceOnlyWhenTheCountryOffersAChoice() {
        PartnerRow single = PartnerRow.added(3L, null, "University of Nairobi", "KE", true, List.of(COMMON_FUND));
        single.setRequested(new BigDecimal("1000"));
        PartnerCommand command = single.command();
        assertThat(command.source()).as("the default: the server's rule decides").isNull();
        assertThat(command.requested()).isEqualByComparingTo("1000");

        PartnerRow choice = PartnerRow.added(4L, null, "Kenyatta University", "KE", true, List.of(NACOSTI, NRF));
        choice.setFunding(PartnerRow.key(NRF));
        PartnerCommand chosen = choice.command();
        assertThat(chosen.source()).isEqualTo(FundingSource.AGENCY);
        assertThat(chosen.agencyId()).isEqualTo(6L);
        assertThat(choice.getCurrency()).isEqualTo("KES");
    }

    @Test
    void theDeclarationsTickedAreSentOnlyWhenTheChosenAgencyAsksForThem() {
        PartnerRow row = PartnerRow.added(4L, null, "Kenyatta University", "KE", true, List.of(NACOSTI, NRF));
        assertThat(row.getDeclarationsAsked()).containsExactly("The PI is employed beyond the project's end.");
        assertThat(row.command().declarations()).as("nothing ticked yet").isEmpty();

        row.setDeclared(List.of("The PI is employed beyond the project's end.", "A declaration reworded since."));
        assertThat(row.command().declarations()).containsExactly("The PI is employed beyond the project's end.");

        row.setFunding(PartnerRow.key(NRF));
        assertThat(row.getDeclarationsAsked()).as("NRF asks for none").isEmpty();
        assertThat(row.command().declarations()).isEmpty();
    }

    @Test
    void aSelfFundedPartnerRequestsNothingWhateverWasTyped() {
        PartnerRow row = PartnerRow.added(9L, null, "Universidade de São Paulo", "BR", false, List.of(SELF_FUNDED));
        row.setRequested(new BigDecimal("50000"));

        assertThat(row.isSelfFunded()).isTrue();
        assertThat(row.command().requested()).isZero();
    }

    @Test
    void aKnownOrganisationIsSentByIdAndANewOneByItsDescription() {
        PartnerRow known = PartnerRow.added(3L, null, "University of Nairobi", "KE", true, List.of(COMMON_FUND));
        assertThat(known.command().organisationId()).isEqualTo(3L);
        assertThat(known.command().newOrganisation()).isNull();

        var description = new org.scicoop.secretariat.proposal.boundary.NewOrganisation("Nairobi Water Lab", "KE",
                org.scicoop.secretariat.reference.entity.OrganisationType.NGO, null);
        PartnerRow created = PartnerRow.added(null, description, "Nairobi Water Lab", "KE", true, List.of(COMMON_FUND));
        assertThat(created.command().organisationId()).isNull();
        assertThat(created.command().newOrganisation()).isEqualTo(description);
    }
}
