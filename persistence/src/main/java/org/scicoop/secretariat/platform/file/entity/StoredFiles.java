package org.scicoop.secretariat.platform.file.entity;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The one insert of a {@link StoredFile}, in plain JDBC so that the bytes go from a stream to the database
 * without a copy in the heap: bound with {@link PreparedStatement#setBinaryStream(int, InputStream, long)}, which
 * PgJDBC sends from the stream as it writes the statement (an upload's memory does not grow with its size; H2, the
 * local run's database, reads the stream into one array: {@code StoredFilesTest} measures both).
 * <p>
 * Two first uploads of the same bytes at the same moment both find them missing; the second insert then waits
 * for the first transaction and meets its key. The insert runs behind an SQL savepoint (the JDBC savepoint API
 * is refused inside a container-managed transaction, SQL's {@code SAVEPOINT} is not), so a duplicate key undoes
 * the insert alone and the caller's transaction goes on with the bytes already stored.
 */
public final class StoredFiles {

    /** SQLSTATE of a duplicate key, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private StoredFiles() {
    }

    /**
     * Inserts the {@code size} bytes read from {@code bytes} under {@code sha256}, in the connection's transaction;
     * false when a row of that checksum was there first (nothing changed).
     */
    public static boolean insertOnce(Connection connection, String sha256, long size, InputStream bytes,
                                     Instant createdAt) throws SQLException {
        try (Statement savepoint = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into stored_file (sha256, size_bytes, bytes, created_at) values (?, ?, ?, ?)")) {
            insert.setString(1, sha256);
            insert.setLong(2, size);
            insert.setBinaryStream(3, bytes, size);
            insert.setTimestamp(4, Timestamp.from(createdAt));
            savepoint.execute("savepoint stored_file_insert");
            try {
                insert.executeUpdate();
                savepoint.execute("release savepoint stored_file_insert");
                return true;
            } catch (SQLException refused) {
                savepoint.execute("rollback to savepoint stored_file_insert");
                if (!UNIQUE_VIOLATION.equals(refused.getSQLState())) {
                    throw refused;
                }
                return false;
            }
        }
    }
}
