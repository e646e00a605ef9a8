package org.scicoop.secretariat.web.proposal;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.proposal.boundary.ProposalView.PartnerView;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.web.proposal.ProposalTotals.Line;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ProposalTotalsTest {

    @Test
    void totalsPerCountryAndFunderNeverAddTwoCurrencies() {
        ProposalTotals totals = ProposalTotals.of(List.of(
                partner("FR", FundingSource.AGENCY, "ANR", "EUR", "200000", "24"),
                partner("FR", FundingSource.AGENCY, "ANR", "EUR", "50000", "6"),
                partner("ZA", FundingSource.AGENCY, "NRF", "ZAR", "1000000", "12"),
                partner("KE", FundingSource.COMMON_FUND, null, "EUR", "80000", "10"),
                partner("BR", FundingSource.SELF_FUNDED, null, null, null, null)));

        assertThat(totals.byCountry()).containsExactly(
                new Line("FR", "EUR", new BigDecimal("250000"), new BigDecimal("30"), 2),
                new Line("ZA", "ZAR", new BigDecimal("1000000"), new BigDecimal("12"), 1),
                new Line("KE", "EUR", new BigDecimal("80000"), new BigDecimal("10"), 1),
                new Line("BR", null, BigDecimal.ZERO, BigDecimal.ZERO, 1));
        assertThat(totals.bySource()).extracting(Line::group, Line::currency, Line::amount).containsExactly(
                tuple("ANR", "EUR", new BigDecimal("250000")),
                tuple("NRF", "ZAR", new BigDecimal("1000000")),
                tuple("COMMON_FUND", "EUR", new BigDecimal("80000")),
                tuple("SELF_FUNDED", null, BigDecimal.ZERO));
        assertThat(totals.personMonths()).isEqualByComparingTo("52");
    }

    @Test
    void aProposalWithoutPartnersHasNoTotals() {
        ProposalTotals totals = ProposalTotals.of(List.of());
        assertThat(totals.byCountry()).isEmpty();
        assertThat(totals.bySource()).isEmpty();
        assertThat(totals.personMonths()).isZero();
    }

    private static PartnerView partner(String country, FundingSource source, String agency, String currency,
                                       String requested, String personMonths) {
        return new PartnerView(1, 0, false, 1, "Organisation in " + country, country, country, false, "PI",
                "pi@example.org", false, null, source, agency == null ? null : 7L, agency, currency,
                requested == null ? null : new BigDecimal(requested),
                personMonths == null ? null : new BigDecimal(personMonths), List.of());
    }
}
