package org.scicoop.secretariat.proposal.boundary;

import java.time.Instant;

/**
 * What a submission receipt says: which proposal, to which call, which version, when (an instant: the receipt
 * e-mail and PDF give it in UTC, the PDF also in the reader's zone), by whom (username and name).
 */
public record ReceiptView(String receipt, long proposalId, String acronym, String title, String callCode,
                          String callTitle, int version, Instant submittedAt, String submittedBy,
                          String submittedByName, ProposalView.Content content) {
}
