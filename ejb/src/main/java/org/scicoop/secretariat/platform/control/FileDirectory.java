package org.scicoop.secretariat.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the {@link FileStore} keeps the bytes of new files when {@code SECRETARIAT_FILES_DIR} names a directory
 * ({@link Settings#filesDirectory()}): one file per checksum, {@code <directory>/<first two hex digits>/<sha256>},
 * written once and never changed or deleted, like the rows that name them. The nodes of a cluster share the
 * directory (docs/README.md "Files"). Without the setting, new files' bytes go into the database, as they always did.
 * <p>
 * A file is complete before its name exists: its bytes go to {@code .incoming/} (a hard link to the upload's
 * temporary file where both are on one file system, else a copy), are forced to the disk, and are renamed into place
 * atomically; the directory is forced too. The row that names the file is inserted after that, in the caller's
 * transaction, so a committed row always finds its file; a transaction rolled back leaves a file no row names,
 * which costs space only and serves the next upload of the same bytes.
 */
public final class FileDirectory {

    private static final String INCOMING = ".incoming";

    private final Path root;

    public FileDirectory(Path root) {
        this.root = root;
    }

    /** The directory of the setting, created if missing; empty when files' bytes go into the database. */
    public static Optional<FileDirectory> configured() {
        return Settings.filesDirectory().map(FileDirectory::new);
    }

    /**
     * Checks at the application's start that the directory can be written, so that a wrong setting stops the
     * deployment rather than the first upload.
     */
    public void checkWritable() {
        try {
            Files.createDirectories(root.resolve(INCOMING));
            Path probe = Files.createTempFile(root.resolve(INCOMING), "probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException unusable) {
            throw new UncheckedIOException("SECRETARIAT_FILES_DIR " + root + " cannot be written", unusable);
        }
    }

    /** Keeps the bytes of {@code file} under its checksum, unless a complete file of that checksum is there. */
    public void put(ReceivedFile file) {
        try {
            putOrFail(file);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("could not keep the upload in " + root, unwritable);
        }
    }

    private void putOrFail(ReceivedFile file) throws IOException {
        Path target = path(file.sha256());
        if (Files.isRegularFile(target) && Files.size(target) == file.size()) {
            return;
        }
        Path incoming = Files.createDirectories(root.resolve(INCOMING))
                .resolve(file.sha256() + "-" + UUID.randomUUID() + ".part");
        try {
            try {
                Files.createLink(incoming, file.path());
            } catch (UnsupportedOperationException | IOException otherFileSystem) {
                Files.deleteIfExists(incoming);
                Files.copy(file.path(), incoming);
            }
            try (FileChannel bytes = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
                bytes.force(true);
            }
            Files.createDirectories(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            force(target.getParent());
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    /** The size of the file of {@code sha256}; fails when it is missing, which a row naming it makes a defect. */
    public long size(String sha256) {
        try {
            return Files.size(path(sha256));
        } catch (IOException missing) {
            throw new UncheckedIOException("stored file " + sha256 + " is missing from " + root, missing);
        }
    }

    /** At most {@code length} bytes of the file {@code sha256} from {@code offset}; fewer at its end. */
    public byte[] read(String sha256, long offset, int length) throws IOException {
        try (FileChannel bytes = FileChannel.open(path(sha256), StandardOpenOption.READ)) {
            ByteBuffer slice = ByteBuffer.allocate((int) Math.max(0, Math.min(length, bytes.size() - offset)));
            // the slice's size was taken from the file, which never shrinks: read until it is full
            while (slice.hasRemaining()) {
                if (bytes.read(slice, offset + slice.position()) < 0) {
                    throw new IOException("stored file " + sha256 + " ended before " + (offset + length));
                }
            }
            return slice.array();
        }
    }

    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a checksum: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    // A rename is durable once its directory is: Linux forces a directory opened for reading.
    private static void force(Path directory) throws IOException {
        try (FileChannel entries = FileChannel.open(directory, StandardOpenOption.READ)) {
            entries.force(true);
        } catch (IOException | UnsupportedOperationException notForDirectories) {
            // some file systems (and platforms) refuse to open a directory: the rename stands, its durability is theirs
        }
    }
}
