package org.scicoop.secretariat.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A service the operation needs (the identity provider's admin API, say) cannot be reached or refused: nothing
 * was done, the caller may try again later (503). The log says why; the caller learns only that it passes.
 */
@ApplicationException(rollback = true)
public class Unavailable extends RuntimeException {

    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
