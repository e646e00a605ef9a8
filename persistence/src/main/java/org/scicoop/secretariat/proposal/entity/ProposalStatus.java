package org.scicoop.secretariat.proposal.entity;

/**
 * Where a proposal is in its life: drafted by its consortium, submitted, reopened by its coordinator
 * for changes before the deadline (the last submission still counts), screened by the secretariat,
 * or withdrawn.
 */
public enum ProposalStatus {
    DRAFT, SUBMITTED, REOPENED, ELIGIBLE, INELIGIBLE, WITHDRAWN;

    /** Whether a submitted version counts in this state (what national contacts and screening see). */
    public boolean hasCountingSubmission() {
        return this == SUBMITTED || this == REOPENED || this == ELIGIBLE || this == INELIGIBLE;
    }

    /** Whether the consortium may change the working copy in this state (the deadline aside). */
    public boolean isEditable() {
        return this == DRAFT || this == REOPENED;
    }
}
