package org.scicoop.secretariat.platform.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.scicoop.secretariat.platform.file.entity.StoredFiles;

/**
 * Reads one slice of a stored file for {@link StoredContent#writeTo}, which runs after the service that checked the
 * reader has returned, outside its transaction: each slice in a short transaction of its own (or the caller's, where
 * there is one), so the pool's connection goes back between two slices and a slow reader never holds one while the
 * network drains. Stored files are never changed or deleted, so slices read in different transactions are one file.
 * Reached only through a {@link StoredContent}, which only {@link FileStore#content} makes, after the service's check:
 * it checks no caller itself (the public's call documents are read by nobody signed in).
 */
@Stateless
@PermitAll
public class FileSlices {

    @PersistenceContext
    EntityManager em;

    /** At most {@code length} bytes of the file {@code sha256} from {@code offset}; fewer at its end. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public byte[] read(String sha256, long offset, int length) {
        byte[] slice = em.unwrap(Session.class).doReturningWork(
                connection -> StoredFiles.slice(connection, sha256, offset, length));
        if (slice == null) {
            throw new IllegalStateException("no stored file " + sha256);
        }
        return slice;
    }
}
