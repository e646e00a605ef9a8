package org.scicoop.secretariat.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same thing since the caller read it: the caller's change is refused,
 * nothing is overwritten, and the caller learns the version that now stands.
 */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RuntimeException {

    private final long expectedVersion;
    private final long currentVersion;

    public ConcurrentChange(String what, long expectedVersion, long currentVersion) {
        super(what + " was changed by someone else (version " + currentVersion + ", not " + expectedVersion + ")");
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
