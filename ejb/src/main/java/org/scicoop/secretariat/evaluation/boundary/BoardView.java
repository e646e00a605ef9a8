package org.scicoop.secretariat.evaluation.boundary;

import org.scicoop.secretariat.evaluation.entity.Declaration;
import org.scicoop.secretariat.evaluation.entity.ReviewStatus;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The officers' assignment board of a call: every proposal in evaluation with its reviewers (declarations, review
 * states, flags), how many it still misses, and the pool with each expert's load.
 */
public record BoardView(String callCode, int reviewersPerProposal, int maxLoad, List<Row> rows, List<Expert> experts)
        implements Serializable {

    public record Row(long proposalId, String acronym, String title, String coordinatorCountry, Set<String> themes,
                      List<Seat> seats, int missing) implements Serializable {
    }

    /**
     * One assignment: {@code sameCountry} when the reviewer is from the coordinator's country and the call avoids it;
     * {@code removable} when the reader may take it back (not submitted, consensus not started).
     */
    public record Seat(long assignmentId, String reviewer, String reviewerName, Declaration declaration,
                       String conflictReason, ReviewStatus status, boolean sameCountry, boolean removable,
                       long version) implements Serializable {
    }

    public record Expert(String username, String name, String country, String organisation, Set<String> expertise,
                         int load) implements Serializable {
    }
}
