package org.scicoop.secretariat.evaluation.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.evaluation.entity.Ranking.Scored;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    private static Scored scored(long id, int developing, String... criteria) {
        return new Scored(id, List.of(criteria).stream().map(BigDecimal::new).toList(), developing);
    }

    @Test
    void theHighestTotalComesFirst() {
        assertThat(Ranking.rank(List.of(scored(1, 0, "3", "3", "3"), scored(2, 0, "4.5", "4", "3.5"))))
                .extracting(Scored::proposalId).containsExactly(2L, 1L);
    }

    @Test
    void tiesAreBrokenByExcellenceThenImpactThenDevelopingPartnersThenTheEarlierProposal() {
        List<Scored> ranked = Ranking.rank(List.of(
                scored(1, 0, "4", "4", "4"),    // total 12, excellence 4, impact 4, no developing partner
                scored(2, 0, "4.5", "3", "4.5"), // total 12, excellence 4.5: first
                scored(3, 2, "4", "4", "4"),    // as 1 but two developing partners
                scored(4, 0, "4", "4.5", "3.5"), // total 12, excellence 4, impact 4.5
                scored(5, 0, "4", "4", "4")));  // as 1 in every respect: after 1

        assertThat(ranked).extracting(Scored::proposalId).containsExactly(2L, 4L, 3L, 1L, 5L);
    }

    @Test
    void theOrderDoesNotDependOnTheInputsOrder() {
        List<Scored> scores = List.of(scored(7, 1, "5", "4", "3"), scored(3, 1, "5", "4", "3"), scored(5, 0, "2", "2", "2"));

        assertThat(Ranking.rank(scores)).isEqualTo(Ranking.rank(List.of(scores.get(2), scores.get(0), scores.get(1))));
        assertThat(Ranking.rank(scores).get(0).total()).isEqualByComparingTo("12");
    }
}
