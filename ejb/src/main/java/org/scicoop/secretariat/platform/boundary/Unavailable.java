package org.scicoop.secretariat.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A service the operation needs (the identity provider's admin API, say) cannot be reached or refused: nothing
 * was done, the caller may try again later (503). The log says why; the caller learns only that it passes.
 */
@ApplicationException(rollback = true)
public class Unavailable extends RuntimeException {

    /** What the caller reads by default: the invitations were the first to need the account service. */
    public static final String ACCOUNTS_UNAVAILABLE = "problem.proposal.accountsUnavailable";

    private final String messageKey;

    public Unavailable(String message, Throwable cause) {
        this(message, cause, ACCOUNTS_UNAVAILABLE);
    }

    /** As the other constructor, with the message key of what the caller reads (what was not done). */
    public Unavailable(String message, Throwable cause, String messageKey) {
        super(message, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
