package org.scicoop.secretariat.evaluation.entity;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The ranking list of a call (PRODUCT.md, "Evaluation"): by consensus total, highest first; ties broken by the
 * first criterion (Excellence), then the second (Impact), then the number of partners from developing countries,
 * and last by the proposal's id (the earlier proposal first), so that two runs over the same scores never differ.
 */
public final class Ranking {

    private Ranking() {
    }

    /**
     * A proposal's consensus: the score per criterion in the call's order of criteria (Excellence first, Impact
     * second by default), and how many of its partners come from developing countries.
     */
    public record Scored(long proposalId, List<BigDecimal> criteria, int developingPartners) {
        public Scored {
            criteria = List.copyOf(criteria);
            criteria.forEach(Objects::requireNonNull);
        }

        public BigDecimal total() {
            return criteria.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private BigDecimal criterion(int index) {
            return index < criteria.size() ? criteria.get(index) : BigDecimal.ZERO;
        }
    }

    public static final Comparator<Scored> ORDER = Comparator.comparing(Scored::total, Comparator.reverseOrder())
            .thenComparing((Scored s) -> s.criterion(0), Comparator.reverseOrder())
            .thenComparing((Scored s) -> s.criterion(1), Comparator.reverseOrder())
            .thenComparing(Scored::developingPartners, Comparator.reverseOrder())
            .thenComparingLong(Scored::proposalId);

    /** {@code scored} in ranking order, best first. */
    public static List<Scored> rank(List<Scored> scored) {
        return scored.stream().sorted(ORDER).toList();
    }
}
