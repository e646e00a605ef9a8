package org.scicoop.secretariat.evaluation.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Budget;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Candidate;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Gap;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Grant;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Input;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Line;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Outcome;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Override;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Payer;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Reason;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Request;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Result;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Use;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The virtual common pot on cases computed by hand. Three agencies — ANR (France, EUR 500,000), NSFC (China,
 * CNY 2,000,000) and CNPq (Brazil, a developing country, BRL 300,000) — and a common fund of EUR 100,000; on the
 * decision date one yuan is worth EUR 0.13 and one real EUR 0.18. The threshold is 10 out of 15.
 */
class CommonPotTest {

    private static final long ANR = 1;
    private static final long NSFC = 2;
    private static final long CNPQ = 3;
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency BRL = Currency.getInstance("BRL");
    private static final List<Budget> BUDGETS = List.of(new Budget(ANR, EUR, eur("500000")),
            new Budget(NSFC, CNY, eur("2000000")), new Budget(CNPQ, BRL, eur("300000")));
    private static final Map<Currency, BigDecimal> RATES = Map.of(CNY, eur("0.13"), BRL, eur("0.18"));

    private static long partner = 100;

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static Candidate proposal(long id, String total, Request... requests) {
        return new Candidate(id, eur(total), true, true, List.of(requests));
    }

    private static Request anr(String amount) {
        return Request.agency(++partner, ANR, false, eur(amount));
    }

    private static Request nsfc(String amount) {
        return Request.agency(++partner, NSFC, false, eur(amount));
    }

    private static Request cnpq(String amount) {
        return Request.agency(++partner, CNPQ, true, eur(amount));
    }

    private static Input input(List<Candidate> ranking, Override... overrides) {
        return new Input(ranking, BUDGETS, eur("100000"), eur("10"), RATES, List.of(overrides));
    }

    private static Line line(Result result, long proposalId) {
        return result.lines().stream().filter(l -> l.proposalId() == proposalId).findFirst().orElseThrow();
    }

    private static Use use(Result result, Payer payer) {
        return result.uses().stream().filter(u -> u.payer().equals(payer)).findFirst().orElseThrow();
    }

    @Test
    void aProposalWhoseAgencyRanOutGoesToTheReserveWithItsGapNamedAndTheWalkGoesOn() {
        Result result = CommonPot.allocate(input(List.of(
                proposal(1, "13", anr("300000"), nsfc("1200000")),
                proposal(2, "12", anr("250000"), nsfc("100000")),
                proposal(3, "11", anr("150000"), nsfc("500000")))));

        assertThat(result.lines()).extracting(Line::outcome)
                .containsExactly(Outcome.FUNDED, Outcome.RESERVE, Outcome.FUNDED);
        Line reserve = line(result, 2);
        assertThat(reserve.reason()).isEqualTo(Reason.FUNDING_GAP);
        assertThat(reserve.grants()).isEmpty();
        assertThat(reserve.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.payer()).isEqualTo(new Payer(ANR));
            assertThat(gap.currency()).isEqualTo(EUR);
            assertThat(gap.needed()).isEqualByComparingTo("250000");
            assertThat(gap.available()).isEqualByComparingTo("200000");
            assertThat(gap.shortfall()).isEqualByComparingTo("50000");
        });
        assertThat(use(result, new Payer(ANR)).allocated()).isEqualByComparingTo("450000");
        assertThat(use(result, new Payer(ANR)).remaining()).isEqualByComparingTo("50000");
        assertThat(use(result, new Payer(NSFC)).allocated()).isEqualByComparingTo("1700000");
        assertThat(use(result, new Payer(NSFC)).remaining()).isEqualByComparingTo("300000");
        assertThat(use(result, Payer.COMMON_FUND).allocated()).isEqualByComparingTo("0");
    }

    @Test
    void twoPartnersOfOneAgencyInOneProposalMustFitTogether() {
        Result result = CommonPot.allocate(input(List.of(
                proposal(1, "13", anr("300000"), anr("150000"), anr("100000")))));

        assertThat(line(result, 1).outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(line(result, 1).gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.needed()).isEqualByComparingTo("550000");
            assertThat(gap.shortfall()).isEqualByComparingTo("50000");
        });
        assertThat(use(result, new Payer(ANR)).allocated()).isEqualByComparingTo("0");
    }

    @Test
    void aDevelopingCountrysPartnerWhoseAgencyRanOutIsPaidByTheCommonFundInEurosAtTheDecisionDatesRate() {
        Result result = CommonPot.allocate(input(List.of(
                proposal(1, "13", anr("100000"), cnpq("250000")),
                proposal(2, "12", anr("100000"), cnpq("100000.25")))));

        Line second = line(result, 2);
        assertThat(second.outcome()).isEqualTo(Outcome.FUNDED);
        // 100,000.25 reais × 0.18 = 18,000.045 → 18,000.04 (to the cent, half to even)
        assertThat(second.grants()).extracting(Grant::payer, Grant::currency, Grant::amount)
                .containsExactly(
                        tuple(new Payer(ANR), EUR, eur("100000")),
                        tuple(Payer.COMMON_FUND, EUR, eur("18000.04")));
        assertThat(use(result, new Payer(CNPQ)).remaining()).isEqualByComparingTo("50000");
        assertThat(use(result, Payer.COMMON_FUND).remaining()).isEqualByComparingTo("81999.96");
    }

    @Test
    void aPartnerFromACountryThatIsNotDevelopingHasNoCommonFundToFallBackOn() {
        Result result = CommonPot.allocate(input(List.of(
                proposal(1, "13", nsfc("1900000")),
                proposal(2, "12", nsfc("200000")))));

        assertThat(line(result, 2).outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(line(result, 2).gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.payer()).isEqualTo(new Payer(NSFC));
            assertThat(gap.currency()).isEqualTo(CNY);
            assertThat(gap.shortfall()).isEqualByComparingTo("100000");
        });
        assertThat(use(result, Payer.COMMON_FUND).allocated()).isEqualByComparingTo("0");
    }

    @Test
    void whenNeitherTheAgencyNorTheCommonFundHaveEnoughTheGapIsTheAgencys() {
        Result result = CommonPot.allocate(input(List.of(
                proposal(1, "13", cnpq("290000")),
                proposal(2, "12", cnpq("600000")))));

        // 600,000 reais are EUR 108,000: more than the common fund's EUR 100,000
        assertThat(line(result, 2).gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.payer()).isEqualTo(new Payer(CNPQ));
            assertThat(gap.available()).isEqualByComparingTo("10000");
            assertThat(gap.shortfall()).isEqualByComparingTo("590000");
        });
    }

    @Test
    void aPartnerOfTheCommonFundRequestsInEurosAndBlocksWhenTheFundIsSpent() {
        Result result = CommonPot.allocate(input(List.of(
                proposal(1, "13", anr("100000"), Request.commonFund(++partner, eur("80000"))),
                proposal(2, "12", anr("100000"), Request.commonFund(++partner, eur("30000"))))));

        assertThat(line(result, 1).outcome()).isEqualTo(Outcome.FUNDED);
        assertThat(line(result, 2).gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.payer().isCommonFund()).isTrue();
            assertThat(gap.shortfall()).isEqualByComparingTo("10000");
        });
    }

    @Test
    void thresholdsDecideBeforeBudgetsAndATotalAtTheThresholdPassesIt() {
        Result result = CommonPot.allocate(input(List.of(
                proposal(1, "10.0", anr("100000")),
                new Candidate(2, eur("14"), false, true, List.of(anr("100000"))),
                proposal(3, "9.5", anr("100000")))));

        assertThat(result.lines()).extracting(Line::outcome, Line::reason).containsExactly(
                tuple(Outcome.FUNDED, Reason.WITHIN_BUDGETS),
                tuple(Outcome.NOT_FUNDED, Reason.BELOW_THRESHOLD),
                tuple(Outcome.NOT_FUNDED, Reason.BELOW_THRESHOLD));
        assertThat(use(result, new Payer(ANR)).allocated()).isEqualByComparingTo("100000");
    }

    @Test
    void selfFundedPartnersNeedNoBudget() {
        Result result = CommonPot.allocate(input(List.of(
                proposal(1, "13", anr("500000"), Request.selfFunded(++partner), Request.selfFunded(++partner)))));

        assertThat(line(result, 1).outcome()).isEqualTo(Outcome.FUNDED);
        assertThat(line(result, 1).grants()).singleElement().extracting(Grant::amount)
                .isEqualTo(eur("500000"));
        assertThat(use(result, new Payer(ANR)).remaining()).isEqualByComparingTo("0");
    }

    @Test
    void aNationallyIneligibleProposalIsNotFundedAndLeavesTheBudgetToTheNext() {
        Result result = CommonPot.allocate(input(List.of(
                new Candidate(1, eur("14"), true, false, List.of(anr("400000"))),
                proposal(2, "12", anr("400000")))));

        assertThat(line(result, 1).outcome()).isEqualTo(Outcome.NOT_FUNDED);
        assertThat(line(result, 1).reason()).isEqualTo(Reason.NATIONALLY_INELIGIBLE);
        assertThat(line(result, 2).outcome()).isEqualTo(Outcome.FUNDED);
    }

    @Test
    void anOfficerFundsAReserveProposalWithAReasonAndTheAgencyShowsItsOvercommitment() {
        List<Candidate> ranking = List.of(proposal(1, "13", anr("450000")), proposal(2, "12", anr("100000")));
        Override fund = new Override(2, Override.Kind.FUND, "ANR confirmed a supplement in writing");

        Result result = CommonPot.allocate(input(ranking, fund));

        Line second = line(result, 2);
        assertThat(second.outcome()).isEqualTo(Outcome.FUNDED);
        assertThat(second.reason()).isEqualTo(Reason.OVERRIDDEN_FUND);
        assertThat(second.override()).isEqualTo(fund);
        assertThat(second.gaps()).singleElement().extracting(Gap::shortfall).isEqualTo(eur("50000"));
        assertThat(use(result, new Payer(ANR)).remaining()).isEqualByComparingTo("-50000");
    }

    @Test
    void anOfficerSkipsAFundedProposalAndTheNextTakesItsPlace() {
        List<Candidate> ranking = List.of(proposal(1, "13", anr("450000")), proposal(2, "12", anr("400000")));

        Result result = CommonPot.allocate(input(ranking, new Override(1, Override.Kind.SKIP, "withdrawn by the consortium")));

        assertThat(result.lines()).extracting(Line::outcome, Line::reason).containsExactly(
                tuple(Outcome.NOT_FUNDED, Reason.OVERRIDDEN_SKIP),
                tuple(Outcome.FUNDED, Reason.WITHIN_BUDGETS));
    }

    @Test
    void aNationalTopUpInAWhatIfFundsTheReserveAndLeavesTheCurrentResultAsItWas() {
        Input current = input(List.of(proposal(1, "13", anr("450000")), proposal(2, "12", anr("100000"))));
        Result before = CommonPot.allocate(current);

        Result whatIf = CommonPot.allocate(current.with(List.of(new Budget(ANR, EUR, eur("550000")),
                new Budget(NSFC, CNY, eur("2000000")), new Budget(CNPQ, BRL, eur("300000"))), current.threshold()));

        assertThat(line(before, 2).outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(line(whatIf, 2).outcome()).isEqualTo(Outcome.FUNDED);
        assertThat(use(whatIf, new Payer(ANR)).remaining()).isEqualByComparingTo("0");
        assertThat(CommonPot.allocate(current)).isEqualTo(before);
    }

    @Test
    void aLowerThresholdInAWhatIfFundsWhatItLetsThrough() {
        Input current = input(List.of(proposal(1, "13", anr("100000")), proposal(2, "9", anr("100000"))));

        assertThat(line(CommonPot.allocate(current), 2).outcome()).isEqualTo(Outcome.NOT_FUNDED);
        assertThat(line(CommonPot.allocate(current.with(current.budgets(), eur("9"))), 2).outcome())
                .isEqualTo(Outcome.FUNDED);
    }

    @Test
    void aRequestOfAnAgencyWithoutBudgetOrARateMissingOnTheDecisionDateIsAnError() {
        assertThatThrownBy(() -> CommonPot.allocate(input(List.of(
                proposal(1, "13", Request.agency(++partner, 99, false, eur("1")))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
        assertThatThrownBy(() -> CommonPot.allocate(new Input(List.of(
                proposal(1, "13", cnpq("300000")), proposal(2, "12", cnpq("1000"))),
                BUDGETS, eur("100000"), eur("10"), Map.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BRL");
        assertThatThrownBy(() -> new Override(1, Override.Kind.FUND, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
