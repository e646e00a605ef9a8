package org.scicoop.secretariat.proposal.boundary;

import org.scicoop.secretariat.proposal.entity.ProposalStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A proposal in a list: enough to find it and see where it stands. {@code requestedEur} is the
 * total request converted to euros at the latest rates (empty when a rate is missing). The coordinator is
 * {@code coordinator} (a username, which officers may need) and {@code coordinatorName} (how people name them:
 * the coordinating partner's investigator, else the username).
 */
public record ProposalSummary(long id, String acronym, String title, String callCode, String callTitle,
                              Instant deadline, ProposalStatus status, String coordinator, String coordinatorName,
                              int partners,
                              List<String> countries, BigDecimal requestedEur, Instant submittedAt)
                                      implements Serializable {
}
