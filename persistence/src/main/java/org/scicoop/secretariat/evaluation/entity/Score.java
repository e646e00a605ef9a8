package org.scicoop.secretariat.evaluation.entity;

import java.math.BigDecimal;
import java.util.Collection;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;

/** The scale of every score: 0 to 5 in half points. */
public final class Score {

    public static final BigDecimal MAX = new BigDecimal("5.0");
    public static final BigDecimal STEP = new BigDecimal("0.5");
    /** Reviewers whose scores of one criterion lie further apart than this are flagged on the consensus page. */
    public static final BigDecimal DIVERGENCE = new BigDecimal("1.5");

    private Score() {
    }

    /** {@code value} when it lies on the scale; refused ({@code rule.evaluation.score}) otherwise. */
    public static BigDecimal requireValid(BigDecimal value) {
        require(value != null && value.signum() >= 0 && value.compareTo(MAX) <= 0
                && value.remainder(STEP).signum() == 0, "rule.evaluation.score");
        return value.setScale(1);
    }

    /** Whether the scores (of one criterion, by several reviewers) lie more than {@link #DIVERGENCE} apart. */
    public static boolean diverge(Collection<BigDecimal> scores) {
        if (scores.size() < 2) {
            return false;
        }
        BigDecimal min = scores.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = scores.stream().max(BigDecimal::compareTo).orElseThrow();
        return max.subtract(min).compareTo(DIVERGENCE) > 0;
    }
}
