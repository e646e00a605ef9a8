package org.scicoop.secretariat.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.scicoop.secretariat.platform.file.entity.StoredFile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;

/**
 * The one way to keep and read the bytes of uploaded files (call documents, proposal attachments): by
 * their SHA-256 checksum ({@link StoredFile}), each file once. Whoever references a file keeps its checksum;
 * nothing here deletes, so every reference, old versions' included, finds its bytes. Runs in the caller's
 * transaction: bytes stored for an upload that a rule then refuses are rolled back with it.
 * <p>
 * Two first uploads of the same bytes at the same moment both find them missing; the second insert then waits
 * for the first transaction and meets its key. That insert runs behind an SQL savepoint (the JDBC savepoint API
 * is refused inside a container-managed transaction, SQL's {@code SAVEPOINT} is not), so a duplicate key undoes
 * the insert alone and the upload goes on with the bytes already stored.
 */
@Dependent
public class FileStore {

    /** SQLSTATE of a duplicate key, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Stores {@code bytes} unless the same bytes are stored already; answers their checksum. */
    public String store(byte[] bytes) {
        StoredFile file = new StoredFile(bytes, clock.instant());
        if (!exists(file.getSha256())) {
            em.unwrap(Session.class).doWork(connection -> insertOnce(connection, file));
        }
        return file.getSha256();
    }

    private static void insertOnce(Connection connection, StoredFile file) throws SQLException {
        try (Statement savepoint = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into stored_file (sha256, size_bytes, bytes, created_at) values (?, ?, ?, ?)")) {
            insert.setString(1, file.getSha256());
            insert.setLong(2, file.getSize());
            insert.setBytes(3, file.getBytes());
            insert.setTimestamp(4, Timestamp.from(file.getCreatedAt()));
            savepoint.execute("savepoint stored_file_insert");
            try {
                insert.executeUpdate();
                savepoint.execute("release savepoint stored_file_insert");
            } catch (SQLException refused) {
                savepoint.execute("rollback to savepoint stored_file_insert");
                if (!UNIQUE_VIOLATION.equals(refused.getSQLState())) {
                    throw refused;
                }
            }
        }
    }

    /** The bytes named by {@code sha256}; stored files are never deleted, so a missing one is a defect. */
    public byte[] bytes(String sha256) {
        StoredFile file = em.find(StoredFile.class, sha256);
        if (file == null) {
            throw new IllegalStateException("no stored file " + sha256);
        }
        return file.getBytes();
    }

    // Asks for the key only: finding the entity would read the bytes of a file stored long ago.
    private boolean exists(String sha256) {
        return !em.createQuery("select f.sha256 from StoredFile f where f.sha256 = :sha256", String.class)
                .setParameter("sha256", sha256).getResultList().isEmpty();
    }
}
