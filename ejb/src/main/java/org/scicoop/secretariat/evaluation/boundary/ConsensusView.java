package org.scicoop.secretariat.evaluation.boundary;

import org.scicoop.secretariat.platform.boundary.VersionedView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The officer's consensus page of one proposal: the submitted reviews beside each other (scores and comments per
 * criterion), where reviewers differ by more than {@code Score.DIVERGENCE} on a criterion, and the consensus.
 */
public record ConsensusView(long proposalId, String acronym, String title, List<Criterion> criteria,
                            List<Review> reviews, List<BigDecimal> consensus, String report, String setBy,
                            Instant setAt, boolean meetsThresholds, long version)
                                    implements Serializable, VersionedView {

    /** A criterion, its threshold, and whether the submitted scores on it diverge. */
    public record Criterion(String code, BigDecimal threshold, boolean divergent) implements Serializable {
    }

    public record Review(String reviewer, List<BigDecimal> scores, List<String> comments) implements Serializable {
    }
}
