package org.scicoop.secretariat.proposal.entity;

/** What became of a partner's account link: the kinds of {@link AccountLink} records. */
public enum AccountLinkOutcome {
    /** An existing account with the address verified and the consortium-member role was linked. */
    EXISTING_ACCOUNT(true),
    /** A new account was created for the address (it is verified when its set-password e-mail is used) and linked. */
    NEW_ACCOUNT(true),
    /** The account an earlier invitation created, never used yet, was linked; its set-password e-mail went again. */
    PENDING_ACCOUNT(true),
    /** An account holds the address without having verified it: nothing was linked. */
    REFUSED_UNVERIFIED(false),
    /** An account holds the verified address but is not a consortium member: nothing was linked. */
    REFUSED_NOT_MEMBER(false),
    /** The account was unlinked: the partner's investigator e-mail changed, or the partner was removed. */
    UNLINKED(false),
    /** An invitation recorded before outcomes were (migration V9): which account it linked is not known. */
    INVITED_BEFORE_RECORDS(true);

    private final boolean links;

    AccountLinkOutcome(boolean links) {
        this.links = links;
    }

    /** Whether the partner has a linked account after this record. */
    public boolean links() {
        return links;
    }

    /** Whether this record is an invitation (what the per-coordinator limit counts). */
    public boolean isInvitation() {
        return this != UNLINKED;
    }

    /** A refusal the secretariat should look at: an account claims an address it may not use here. */
    public boolean isRefusal() {
        return this == REFUSED_UNVERIFIED || this == REFUSED_NOT_MEMBER;
    }
}
