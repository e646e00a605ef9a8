package org.scicoop.secretariat.evaluation.entity;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark measures the walk it claims to: every outcome, gaps and common-fund fallbacks occur in its input. */
class AllocationBenchmarkInputTest {

    @Test
    void theBenchmarksCallMeetsEveryPathOfTheWalk() {
        CommonPot.Input input = AllocationBenchmark.input(new Random(2027));

        CommonPot.Result result = CommonPot.allocate(input);

        assertThat(result.lines()).hasSize(AllocationBenchmark.PROPOSALS);
        assertThat(result.uses()).hasSize(AllocationBenchmark.AGENCIES + 1);
        for (CommonPot.Outcome outcome : CommonPot.Outcome.values()) {
            assertThat(result.lines(outcome)).as(outcome.name()).hasSizeGreaterThan(100);
        }
        assertThat(result.lines()).flatExtracting(CommonPot.Line::grants)
                .anySatisfy(grant -> assertThat(grant.payer().isCommonFund()).isTrue());
        assertThat(result.lines()).extracting(CommonPot.Line::reason).contains(CommonPot.Reason.NATIONALLY_INELIGIBLE,
                CommonPot.Reason.BELOW_THRESHOLD, CommonPot.Reason.FUNDING_GAP);
    }
}
