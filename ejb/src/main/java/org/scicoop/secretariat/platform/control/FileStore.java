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
import java.util.Optional;

/**
 * The one way to keep and read the bytes of uploaded files (call documents, proposal attachments, milestone
 * reports' attachments): by their SHA-256 checksum ({@link StoredFile}), each file once. Whoever references a file
 * keeps its checksum; nothing here deletes, so every reference, old versions' included, finds its bytes. Runs in the
 * caller's transaction: bytes stored for an upload that a rule then refuses are rolled back with it.
 * <p>
 * An upload is stored from its temporary file ({@link ReceivedFile}): into the file directory when
 * {@code SECRETARIAT_FILES_DIR} names one ({@link FileDirectory}; the row then names the file without its bytes), else
 * streamed into the insert; either way {@link StoredFiles#insertOnce} keeps two first uploads of the same bytes at the
 * same moment apart behind an SQL savepoint, and the heap never holds the file. Each row says where its bytes are, so
 * files stored before the setting changed are still found. A download gets the file's {@link StoredContent}, which
 * writes the bytes out a slice at a time (from the database through {@link FileSlices}, or from the directory): the
 * heap holds one slice.
 */
@Dependent
public class FileStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FileSlices slices;

    /**
     * Stores the received file's bytes unless the same bytes are stored already, in the file directory where one is
     * set ({@link FileDirectory}), else in the database; answers their checksum.
     */
    public String store(ReceivedFile file) {
        if (!exists(file.sha256())) {
            Optional<FileDirectory> directory = FileDirectory.configured();
            directory.ifPresent(kept -> kept.put(file));
            em.unwrap(Session.class).doWork(connection -> {
                // no bytes for the row when the directory keeps them
                try (InputStream bytes = directory.isPresent() ? null : file.open()) {
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
     * small query in the caller's transaction, and the file directory's size where it keeps the bytes), its bytes
     * when written out. Stored files are never deleted, so a missing one is a defect, or a directory not shared.
     */
    public StoredContent content(String sha256) {
        Object[] file = em.createQuery("select f.size, case when f.bytes is null then true else false end"
                        + " from StoredFile f where f.sha256 = :sha256", Object[].class)
                .setParameter("sha256", sha256).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no stored file " + sha256));
        long size = (Long) file[0];
        if (!(Boolean) file[1]) {
            return new StoredContent(sha256, size, (offset, length) -> slices.read(sha256, offset, length));
        }
        FileDirectory directory = FileDirectory.configured().orElseThrow(() -> new IllegalStateException(
                "stored file " + sha256 + " is kept in a file directory, and SECRETARIAT_FILES_DIR names none"));
        if (directory.size(sha256) != size) {
            throw new IllegalStateException("stored file " + sha256 + " has not its " + size + " bytes in the directory");
        }
        return new StoredContent(sha256, size, (offset, length) -> directory.read(sha256, offset, length));
    }

    // Asks for the key only: finding the entity would read the bytes of a file stored long ago.
    private boolean exists(String sha256) {
        return !em.createQuery("select f.sha256 from StoredFile f where f.sha256 = :sha256", String.class)
                .setParameter("sha256", sha256).getResultList().isEmpty();
    }
}
