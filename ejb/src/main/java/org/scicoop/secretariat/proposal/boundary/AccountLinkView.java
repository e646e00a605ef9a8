package org.scicoop.secretariat.proposal.boundary;

import org.scicoop.secretariat.proposal.entity.AccountLinkOutcome;

import java.time.Instant;

/**
 * One entry of a proposal's account history: who linked (or unlinked) which account to which partner, through
 * which address, and when. {@code outcome} and {@code holder} (the account refused) are for the secretariat;
 * consortium members and national contacts read only {@code result}, which does not say whether an account
 * existed before.
 */
public record AccountLinkView(Instant at, String actor, String actorName, long partnerId, String organisation,
                              String email, String account, String accountName, Result result,
                              AccountLinkOutcome outcome, String holder) {

    /** What the entry did to the partner's membership. */
    public enum Result {
        /** An account was linked: its holder is now a member of the consortium. */
        LINKED,
        /** Invited before linked accounts were recorded: which account is not known. */
        INVITED,
        /** Invited, but no account could be linked yet: the secretariat sorts it out. */
        AWAITING_ACCOUNT,
        /** An account was unlinked. */
        UNLINKED;

        public static Result of(AccountLinkOutcome outcome) {
            return switch (outcome) {
                case UNLINKED -> UNLINKED;
                case INVITED_BEFORE_RECORDS -> INVITED;
                case REFUSED_UNVERIFIED, REFUSED_NOT_MEMBER -> AWAITING_ACCOUNT;
                case EXISTING_ACCOUNT, NEW_ACCOUNT, PENDING_ACCOUNT -> LINKED;
            };
        }
    }
}
