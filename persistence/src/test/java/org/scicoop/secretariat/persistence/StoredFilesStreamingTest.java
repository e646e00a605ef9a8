package org.scicoop.secretariat.persistence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scicoop.secretariat.platform.file.entity.StoredFile;
import org.scicoop.secretariat.platform.file.entity.StoredFiles;
import org.scicoop.secretariat.platform.schema.SchemaMigration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file store's insert takes its bytes from a stream ({@link StoredFiles#insertOnce}): on PostgreSQL the heap the
 * insert allocates does not grow with the file (measured as the bytes this thread allocates while a 48 MB file is
 * stored); on H2 (the local run) the driver reads the stream into one array, which the figure printed shows. On
 * both the bytes arrive whole, and a second insert of the same checksum changes nothing and leaves the transaction
 * usable (the savepoint).
 */
class StoredFilesStreamingTest {

    private static final long SIZE = 48L * 1024 * 1024;
    private static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLargeFileGoesFromItsStreamToTheTableWithoutACopyInTheHeap(TestDatabase database) throws Exception {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, false, getClass().getClassLoader());
        String sha256 = checksum(new Generated(SIZE, 7));

        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            long before = allocatedByThisThread();
            boolean inserted = StoredFiles.insertOnce(db, sha256, SIZE, new Generated(SIZE, 7), NOW);
            long allocated = allocatedByThisThread() - before;
            db.commit();
            System.out.printf("%s: storing %d MB allocated %.1f MB in the heap%n", database, SIZE >> 20,
                    allocated / 1048576.0);

            assertThat(inserted).isTrue();
            if (database == TestDatabase.POSTGRESQL) {
                assertThat(allocated).as("heap allocated while storing 48 MB").isLessThan(8L * 1024 * 1024);
            }
            try (Statement query = db.createStatement();
                 ResultSet row = query.executeQuery("select size_bytes, bytes from stored_file where sha256 = '"
                         + sha256 + "'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong(1)).isEqualTo(SIZE);
                assertThat(checksum(row.getBinaryStream(2))).isEqualTo(sha256);
            }

            assertThat(StoredFiles.insertOnce(db, sha256, SIZE, new Generated(SIZE, 7), NOW))
                    .as("the same bytes again").isFalse();
            try (Statement query = db.createStatement();
                 ResultSet count = query.executeQuery("select count(*) from stored_file where sha256 = '"
                         + sha256 + "'")) {
                assertThat(count.next()).isTrue();
                assertThat(count.getLong(1)).as("the transaction goes on after the duplicate").isEqualTo(1);
            }
            db.commit();
        }
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static String checksum(InputStream in) throws IOException {
        MessageDigest digest = StoredFile.digest();
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            byte[] buffer = new byte[65536];
            while (digesting.read(buffer) >= 0) {
                // the digest reads along
            }
        }
        return StoredFile.checksum(digest.digest());
    }

    /** {@code size} pseudo-random bytes, the same for the same seed, made as they are read (never held whole). */
    private static final class Generated extends InputStream {
        private final SplittableRandom random;
        private long left;

        Generated(long size, long seed) {
            this.left = size;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) random.nextInt(256);
            }
            left -= n;
            return n;
        }

        @Override
        public void close() {
            left = 0;
        }
    }
}
