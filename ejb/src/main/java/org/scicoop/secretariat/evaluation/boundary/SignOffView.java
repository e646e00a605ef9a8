package org.scicoop.secretariat.evaluation.boundary;

import org.scicoop.secretariat.call.entity.CallState;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A national contact's sign-off page for one call: the partners from their country in the call's proposals with
 * their requests and the contact's confirmations, and their agency's budget with its top-ups.
 */
public record SignOffView(String callCode, String callTitle, String country, List<Line> lines, List<Budget> budgets,
                          boolean open) implements Serializable {

    /** {@code eligible} null while not confirmed. */
    public record Line(long proposalId, String acronym, ProposalStatus status, long partnerId, String organisation,
                       String organisationType, String agency, String currency, BigDecimal requested,
                       Boolean eligible, String reason, String checkedBy, Instant checkedAt) implements Serializable {
    }

    public record Budget(long agencyId, String agency, String currency, BigDecimal committed,
                         List<TopUpLine> topUps) implements Serializable {
    }

    /** A call to sign off: its partners from the caller's country and how many of them are confirmed. */
    public record CallLine(String code, String title, CallState state, Instant deadline, long partners,
                           long confirmed) {
    }

    public record TopUpLine(BigDecimal amount, String reason, String addedBy, Instant addedAt) implements Serializable {
    }
}
