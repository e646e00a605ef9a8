package org.scicoop.secretariat.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.platform.file.entity.StoredFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * The one way to keep and read the bytes of uploaded files (call documents, proposal attachments, milestone
 * reports' attachments): by their SHA-256 checksum ({@link StoredFile}), each file once. Whoever references a file
 * keeps its checksum; nothing here deletes, so every reference, old versions' included, finds its bytes. Runs in the
 * caller's transaction: bytes stored for an upload that a rule then refuses are rolled back with it.
 * <p>
 * An upload is stored from its temporary file ({@link ReceivedFile}), streamed into the insert
 * ({@link StoredFiles#insertOnce}, which also keeps two first uploads of the same bytes at the same moment apart
 * behind an SQL savepoint): the heap never holds the file. A download gets the file's {@link StoredContent}, which
 * writes the bytes out a slice at a time ({@link FileSlices}): the heap holds one slice.
 */
@Dependent
public class FileStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FileSlices slices;

    /** Stores the received file's bytes unless the same bytes are stored already; answers their checksum. */
    public String store(ReceivedFile file) {
        if (!exists(file.sha256())) {
            em.unwrap(Session.class).doWork(connection -> {
                try (InputStream bytes = file.open()) {
                    StoredFiles.insertOnce(connection, file.sha256(), file.size(), bytes, clock.instant());
                } catch (IOException unreadable) {
                    throw new UncheckedIOException("could not read the upload's temporary file", unreadable);
                }
            });
        }
        return file.sha256();
    }

    /**
     * The file named by {@code sha256}, to send to a reader the calling service has let read it: its size now (one
     * small query in the caller's transaction), its bytes when written out. Stored files are never deleted, so a
     * missing one is a defect.
     */
    public StoredContent content(String sha256) {
        Long size = em.createQuery("select f.size from StoredFile f where f.sha256 = :sha256", Long.class)
                .setParameter("sha256", sha256).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no stored file " + sha256));
        return new StoredContent(sha256, size, slices);
    }

    // Asks for the key only: finding the entity would read the bytes of a file stored long ago.
    private boolean exists(String sha256) {
        return !em.createQuery("select f.sha256 from StoredFile f where f.sha256 = :sha256", String.class)
                .setParameter("sha256", sha256).getResultList().isEmpty();
    }
}
