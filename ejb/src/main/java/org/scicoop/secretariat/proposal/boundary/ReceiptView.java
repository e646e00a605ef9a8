package org.scicoop.secretariat.proposal.boundary;

import java.time.Instant;

/** What a submission receipt says: which proposal, to which call, which version, when (UTC), by whom. */
public record ReceiptView(String receipt, long proposalId, String acronym, String title, String callCode,
                          String callTitle, int version, Instant submittedAt, String submittedBy,
                          ProposalView.Content content) {
}
