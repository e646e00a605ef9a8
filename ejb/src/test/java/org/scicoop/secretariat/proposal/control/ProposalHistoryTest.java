package org.scicoop.secretariat.proposal.control;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.Change.FieldChange;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalHistoryTest {

    @Test
    void whoNeverReadsDraftsReadsTheHistoryFromTheFirstSubmissionOn() {
        List<Change> history = List.of(
                change(9, FieldChange.of("status", ProposalStatus.REOPENED, ProposalStatus.SUBMITTED)),
                change(8, FieldChange.of("title", "Coasts", "Coasts and deltas")),
                change(6, FieldChange.of("status", ProposalStatus.DRAFT, ProposalStatus.SUBMITTED)),
                change(4, FieldChange.of("title", "Coast", "Coasts")),
                change(2, FieldChange.of("status", null, ProposalStatus.DRAFT)));

        assertThat(ProposalHistory.sinceFirstSubmission(history)).extracting(Change::revision).containsExactly(9L, 8L, 6L);
        assertThat(ProposalHistory.sinceFirstSubmission(history.subList(3, 5))).isEmpty();
    }

    private static Change change(long revision, FieldChange field) {
        return new Change(revision, null, "member", "Camille Martin", List.of(field));
    }
}
