package org.scicoop.secretariat.evaluation.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A call's ranking list: proposals with a consensus, best first (total, then the first and second criteria, then
 * partners from developing countries); those below a threshold marked; proposals still without consensus apart.
 */
public record RankingView(String callCode, List<String> criteria, BigDecimal totalThreshold, List<Line> lines,
                          List<Pending> withoutConsensus) implements Serializable {

    public record Line(int rank, long proposalId, String acronym, String title, String coordinatorCountry,
                       List<BigDecimal> scores, BigDecimal total, boolean meetsThresholds, int developingPartners,
                       boolean nationallyEligible) implements Serializable {
    }

    public record Pending(long proposalId, String acronym) implements Serializable {
    }
}
