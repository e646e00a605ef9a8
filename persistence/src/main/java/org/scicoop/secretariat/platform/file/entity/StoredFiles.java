package org.scicoop.secretariat.platform.file.entity;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * The one insert of a {@link StoredFile} and the one read of its bytes where the database keeps them, in plain JDBC so that the bytes go between a
 * stream and the database without a copy of the whole file in the heap. The insert binds them with {@link PreparedStatement#setBinaryStream(int, InputStream, long)}, which
 * PgJDBC sends from the stream as it writes the statement (an upload's memory does not grow with its size; H2, the
 * local run's database, reads the stream into one array: {@code StoredFilesStreamingTest} measures both). The read
 * takes a slice at a time ({@link #slice}): PgJDBC reads a {@code bytea} value whole whatever the API
 * ({@code getBinaryStream} included), so a slice is cut by the database ({@code substring}, the same SQL on PostgreSQL
 * and H2) and the heap holds one slice, not the file.
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
     * false when a row of that checksum was there first (nothing changed). {@code bytes} null: the row names a file
     * whose bytes are kept outside the database (the file directory of ejb's {@code FileDirectory}), already there.
     */
    public static boolean insertOnce(Connection connection, String sha256, long size, InputStream bytes,
                                     Instant createdAt) throws SQLException {
        try (Statement savepoint = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into stored_file (sha256, size_bytes, bytes, created_at) values (?, ?, ?, ?)")) {
            insert.setString(1, sha256);
            insert.setLong(2, size);
            if (bytes == null) {
                insert.setNull(3, Types.BINARY);
            } else {
                insert.setBinaryStream(3, bytes, size);
            }
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

    /**
     * At most {@code length} bytes of the stored file {@code sha256} from {@code offset} (from 0), in the connection's
     * transaction: fewer at the end of the file, none past it; null when no file has that checksum or its bytes are
     * kept outside the database.
     */
    public static byte[] slice(Connection connection, String sha256, long offset, int length) throws SQLException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("a slice from " + offset + " of " + length + " bytes");
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select substring(bytes from ? for ?) from stored_file where sha256 = ?")) {
            // SQL counts from 1; a file is at most a few tens of MB, far below an int's reach
            select.setInt(1, Math.toIntExact(offset + 1));
            select.setInt(2, length);
            select.setString(3, sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }
}
