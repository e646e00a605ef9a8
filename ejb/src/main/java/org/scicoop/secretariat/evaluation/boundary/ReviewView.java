package org.scicoop.secretariat.evaluation.boundary;

import org.scicoop.secretariat.evaluation.entity.Declaration;
import org.scicoop.secretariat.evaluation.entity.ReviewStatus;
import org.scicoop.secretariat.platform.boundary.VersionedView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One of the reviewer's assignments: what they need to declare a conflict of interest (the proposal's acronym,
 * title and partners' organisations), their declaration, and once declared their own scores and comments — never
 * anybody else's.
 */
public record ReviewView(long assignmentId, long proposalId, String acronym, String title, String callCode,
                         String callTitle, List<String> partners, Declaration declaration, String conflictReason,
                         ReviewStatus status, List<Entry> entries, Instant savedAt, Instant submittedAt,
                         Rights rights, long version) implements Serializable, VersionedView {

    /** A criterion with its threshold and the reviewer's score and comment (either may be missing in a draft). */
    public record Entry(String criterion, BigDecimal threshold, BigDecimal score, String comment)
            implements Serializable {
    }

    public record Rights(boolean mayDeclare, boolean mayReadProposal, boolean mayEdit, boolean maySubmit,
                         boolean mayReopen) implements Serializable {
    }
}
