package org.scicoop.secretariat.evaluation.boundary;

import org.scicoop.secretariat.proposal.entity.AccountLinkOutcome;

/**
 * What an invitation of an expert did: the expert of the pool (new, or the one this address already had), whether
 * the invitation added them, and what became of the account ({@code NEW_ACCOUNT}: created with only the reviewer
 * role; {@code PENDING_ACCOUNT}: an earlier invitation's account, its set-password e-mail sent again;
 * {@code EXISTING_ACCOUNT}: a reviewer's account with the address verified, linked as it is).
 */
public record ExpertInvited(ExpertView expert, boolean added, AccountLinkOutcome account) {
}
