package org.scicoop.secretariat.proposal.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.EligibilityRules;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.proposal.entity.ProposalFixture.*;

class FundingTest {

    @Test
    void aPartnerFromAFundingCountryIsFundedByItsAgencyInTheAgencysCurrency() {
        List<Funding.Option> options = Funding.options(call(), FRANCE);

        assertThat(options).singleElement().satisfies(option -> {
            assertThat(option.source()).isEqualTo(FundingSource.AGENCY);
            assertThat(option.agency()).isSameAs(ANR);
            assertThat(option.currency().getCurrencyCode()).isEqualTo("EUR");
        });
    }

    @Test
    void whenTwoAgenciesOfTheCountryCommitThePartnerChooses() {
        List<Funding.Option> options = Funding.options(call(), CHINA);

        assertThat(options).extracting(Funding.Option::agency).containsExactly(NSFC, MOST);
        assertThat(options).extracting(o -> o.currency().getCurrencyCode()).containsOnly("CNY");
    }

    @Test
    void aDevelopingCountryWithoutAgencyDrawsOnTheCommonFundInEuros() {
        assertThat(Funding.options(call(), KENYA)).singleElement().satisfies(option -> {
            assertThat(option.source()).isEqualTo(FundingSource.COMMON_FUND);
            assertThat(option.currency().getCurrencyCode()).isEqualTo("EUR");
        });
    }

    @Test
    void aDevelopingCountryTakesPartSelfFundedWhenTheCallHasNoCommonFund() {
        Call withoutCommonFund = call(EligibilityRules.defaults(), BigDecimal.ZERO);

        assertThat(Funding.options(withoutCommonFund, KENYA)).extracting(Funding.Option::source)
                .containsExactly(FundingSource.SELF_FUNDED);
    }

    @Test
    void aCountryThatIsNeitherFundingNorDevelopingIsSelfFundedWithNothingToRequest() {
        Call call = call();

        assertThat(Funding.options(call, BRAZIL)).extracting(Funding.Option::source)
                .containsExactly(FundingSource.SELF_FUNDED);
        assertThat(Funding.maximum(call, Funding.Option.selfFunded())).contains(BigDecimal.ZERO);
    }

    @Test
    void theMaximumIsTheAgencysMaximumPerPartnerElseItsCommitmentAndTheCommonFundForItsPartners() {
        Call call = call();

        assertThat(Funding.maximum(call, Funding.Option.agency(ANR))).hasValueSatisfying(
                max -> assertThat(max).isEqualByComparingTo("200000"));
        assertThat(Funding.maximum(call, Funding.Option.agency(NSFC))).hasValueSatisfying(
                max -> assertThat(max).isEqualByComparingTo("8000000"));
        assertThat(Funding.maximum(call, Funding.Option.commonFund())).hasValueSatisfying(
                max -> assertThat(max).isEqualByComparingTo("300000"));
    }

    @Test
    void countriesFundTheCallThroughTheirAgencies() {
        Call call = call();

        assertThat(Funding.countryFunds(call, FRANCE)).isTrue();
        assertThat(Funding.countryFunds(call, KENYA)).isFalse();
    }
}
