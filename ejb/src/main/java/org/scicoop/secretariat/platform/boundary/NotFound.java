package org.scicoop.secretariat.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * There is no such thing, or the caller may not know it exists: both answer the same, so that
 * nobody learns of a draft by probing codes.
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
