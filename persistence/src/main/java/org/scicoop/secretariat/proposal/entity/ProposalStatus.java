package org.scicoop.secretariat.proposal.entity;

/**
 * Where a proposal is in its life: drafted by its consortium, submitted, reopened by its coordinator
 * for changes before the deadline (the last submission still counts), screened by the secretariat,
 * or withdrawn; an eligible one is evaluated and ends funded, on the reserve list or not funded.
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED, REOPENED, ELIGIBLE, INELIGIBLE, WITHDRAWN, IN_EVALUATION, FUNDED, RESERVE, NOT_FUNDED;

    /** Whether a submitted version counts in this state (what national contacts and screening see). */
    public boolean hasCountingSubmission() {
        return this != DRAFT && this != WITHDRAWN;
    }

    /** Whether the consortium may change the working copy in this state (the deadline aside). */
    public boolean isEditable() {
        return this == DRAFT || this == REOPENED;
    }

    /** Whether this is a funding decision's outcome. */
    public boolean isOutcome() {
        return this == FUNDED || this == RESERVE || this == NOT_FUNDED;
    }
}
