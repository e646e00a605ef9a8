package org.scicoop.secretariat.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;

/**
 * The one expected-version check of every change (docs/README.md, "Versions"): the caller names the version it
 * read; a change of anything at another version is refused before it is made ({@link #require}), and one that
 * another transaction wrote between the read and the write is refused when it is written ({@link #flush}, from
 * the entity's {@code @Version}). Either way {@link ConcurrentChange}, nothing overwritten.
 */
public final class Versioned {

    private Versioned() {
    }

    public static void require(String what, long expectedVersion, long currentVersion) {
        if (currentVersion != expectedVersion) {
            throw new ConcurrentChange(what, expectedVersion, currentVersion);
        }
    }

    /** Writes the changes of a thing read at {@code expectedVersion}. */
    public static void flush(EntityManager em, String what, long expectedVersion) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange(what, expectedVersion, expectedVersion + 1);
        }
    }

    /**
     * Writes the changes of an aggregate read at {@code expectedVersion}: a change of any of its parts (a
     * proposal's partner or attachment, a call's document or budget) is a change of the whole, so the root's
     * version moves at once and its row stays locked until commit. A second writer that read the same version is
     * then refused, never overwrites; two at the same moment: the second waits, then is refused.
     */
    public static void flushAggregate(EntityManager em, Object root, String what, long expectedVersion) {
        try {
            em.lock(root, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException | PessimisticLockException e) {
            throw new ConcurrentChange(what, expectedVersion, expectedVersion + 1);
        }
        flush(em, what, expectedVersion);
    }
}
