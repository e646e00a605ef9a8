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
 * usable (the savepoint). A download reads the bytes back in slices ({@link StoredFiles#slice}), cut by the database:
 * they come back identical, and on PostgreSQL a slice costs the heap a slice, not the file.
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

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileKeptInTheDirectoryIsNamedWithoutItsBytesAndStillOnce(TestDatabase database) throws Exception {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, false, getClass().getClassLoader());
        String sha256 = checksum(new Generated(1000, 5));

        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            assertThat(StoredFiles.insertOnce(db, sha256, 1000, null, NOW)).isTrue();
            assertThat(StoredFiles.insertOnce(db, sha256, 1000, null, NOW)).as("the same file again").isFalse();
            db.commit();
            try (Statement query = db.createStatement();
                 ResultSet row = query.executeQuery("select size_bytes, bytes is null from stored_file where sha256 = '"
                         + sha256 + "'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong(1)).isEqualTo(1000);
                assertThat(row.getBoolean(2)).as("no bytes in the row").isTrue();
            }
            assertThat(StoredFiles.slice(db, sha256, 0, 100)).as("the database has no slice of it").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileReadInSlicesComesBackByteIdenticalAndASliceCostsASlice(TestDatabase database) throws Exception {
        DataSource dataSource = database.freshDataSource();
        SchemaMigration.migrate(dataSource, false, getClass().getClassLoader());
        long size = 12L * 1024 * 1024 + 12_345; // 13 slices, the last one short
        int slice = 1024 * 1024;
        String sha256 = checksum(new Generated(size, 11));

        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            StoredFiles.insertOnce(db, sha256, size, new Generated(size, 11), NOW);
            db.commit();

            MessageDigest digest = StoredFile.digest();
            InputStream expected = new Generated(size, 11);
            long read = 0;
            long largestSliceAllocation = 0;
            int slices = 0;
            while (read < size) {
                long before = allocatedByThisThread();
                byte[] bytes = StoredFiles.slice(db, sha256, read, slice);
                largestSliceAllocation = Math.max(largestSliceAllocation, allocatedByThisThread() - before);
                assertThat(bytes).as("slice at %d", read).hasSize((int) Math.min(slice, size - read));
                assertThat(bytes).as("slice at %d", read).isEqualTo(expected.readNBytes(bytes.length));
                digest.update(bytes);
                read += bytes.length;
                slices++;
            }
            db.commit();
            System.out.printf("%s: reading %.1f MB in %d slices of 1 MB allocated at most %.1f MB per slice%n",
                    database, size / 1048576.0, slices, largestSliceAllocation / 1048576.0);

            assertThat(slices).isEqualTo(13);
            assertThat(StoredFile.checksum(digest.digest())).isEqualTo(sha256);
            assertThat(StoredFiles.slice(db, sha256, size, slice)).as("past the end").isEmpty();
            assertThat(StoredFiles.slice(db, "0".repeat(64), 0, slice)).as("no such file").isNull();
            if (database == TestDatabase.POSTGRESQL) {
                assertThat(largestSliceAllocation).as("heap allocated to read a 1 MB slice of a 12 MB file")
                        .isLessThan(6L * 1024 * 1024);
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
