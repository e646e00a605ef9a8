package org.scicoop.secretariat.evaluation.boundary;

import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.platform.boundary.VersionedView;

import java.io.Serializable;
import java.time.Instant;

/**
 * A call's evaluation as officers see it: settings, progress (reviews in and due), and what the reader may do next.
 * {@code settings} null while the evaluation has not started. {@code callVersion} is what starting, deciding and
 * archiving expect; {@code version} (the evaluation's) what new settings and the start of the consensus expect.
 */
public record EvaluationView(String callCode, String callTitle, CallStatus callStatus, EvaluationSettings settings,
                             Instant startedAt, Instant consensusStartedAt, Progress progress, Rights rights,
                             long callVersion, long version) implements Serializable, VersionedView {

    /** Reviews: wanted (proposals × reviewers per proposal), assigned, declared conflicts, drafts, submitted; consensus set. */
    public record Progress(int proposals, int wanted, int assigned, int conflicts, int drafts, int submitted,
                           int consensusSet) implements Serializable {
    }

    /** {@code mayTryAllocation}: run what-ifs on the allocation (an officer, the call in evaluation). */
    public record Rights(boolean mayStart, boolean mayConfigure, boolean mayAssign, boolean mayStartConsensus,
                         boolean maySetConsensus, boolean mayTryAllocation, boolean mayDecide, boolean mayArchive)
                                 implements Serializable {
    }
}
