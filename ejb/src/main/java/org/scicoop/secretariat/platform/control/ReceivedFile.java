package org.scicoop.secretariat.platform.control;

import org.scicoop.secretariat.platform.file.entity.StoredFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;

/**
 * An uploaded file on its way in, the one path of every upload (the API's multipart parts and the pages'
 * {@code p:fileUpload}, for call documents, proposal attachments and milestone reports' attachments): its bytes go
 * from the request's stream ({@link #receive}), or from a parser that hands them over ({@link #writer}), to a
 * temporary file under the server's temporary directory, counted against the limit and checksummed
 * ({@link StoredFile#digest()}) as they pass, so that the heap holds one buffer, whatever the file's size.
 * {@link PdfContent#check(ReceivedFile, long)} reads that file, and {@link FileStore#store(ReceivedFile)} streams it
 * into the database. The file is deleted when the upload is refused while it streams, and by
 * {@link #close()} in every other outcome (the caller receives it in a try-with-resources).
 */
public final class ReceivedFile implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final long size;
    private final String sha256;

    private ReceivedFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    /**
     * Reads {@code in} to its end into a temporary file, leaving it open; refuses it ({@code rule.document.tooLarge},
     * as {@link PdfContent#checkSize}) as soon as more than {@code maxBytes} arrived, without reading the rest.
     */
    public static ReceivedFile receive(InputStream in, long maxBytes) throws IOException {
        // the caller's stream stays open: the caller closes it (a multipart part's stream, closed, reads the rest of
        // its body, which a refused upload must not wait for)
        try (Writer writer = writer(maxBytes)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                writer.write(ByteBuffer.wrap(buffer, 0, n));
            }
            return writer.finish();
        }
    }

    /**
     * A temporary file to write an upload into as its bytes arrive, for a reader that is handed them (a multipart
     * parser that pushes each part's content); {@link #receive} is the same for a stream.
     */
    public static Writer writer(long maxBytes) throws IOException {
        return new Writer(Files.createTempFile(directory(), "upload-", ".part"), maxBytes);
    }

    /**
     * The bytes of one upload on their way into its temporary file, counted against the limit and checksummed as
     * they pass. {@link #finish()} hands over the file; closed before that (refused, broken off), it deletes it.
     */
    public static final class Writer implements AutoCloseable {
        private final Path path;
        private final long maxBytes;
        private final FileChannel channel;
        private final MessageDigest digest = StoredFile.digest();
        private long size;
        private boolean finished;

        private Writer(Path path, long maxBytes) throws IOException {
            this.path = path;
            this.maxBytes = maxBytes;
            try {
                this.channel = FileChannel.open(path, StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException failed) {
                Files.deleteIfExists(path);
                throw failed;
            }
        }

        /** Appends {@code bytes} (all that remain in it); refuses the file once it is over the limit. */
        public void write(ByteBuffer bytes) throws IOException {
            size += bytes.remaining();
            PdfContent.checkSize(size, maxBytes);
            digest.update(bytes.duplicate());
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }

        /** The file as written: its size and checksum; the caller closes it (which deletes it). */
        public ReceivedFile finish() throws IOException {
            channel.close();
            finished = true;
            return new ReceivedFile(path, size, StoredFile.checksum(digest.digest()));
        }

        /** Deletes the file unless {@link #finish()} handed it over. */
        @Override
        public void close() throws IOException {
            if (!finished) {
                channel.close();
                Files.deleteIfExists(path);
            }
        }
    }

    /** WildFly's {@code standalone/tmp} (the server's temporary directory), else the JVM's. */
    private static Path directory() throws IOException {
        String server = System.getProperty("jboss.server.temp.dir");
        Path directory = Path.of(server != null ? server : System.getProperty("java.io.tmpdir"), "uploads");
        return Files.createDirectories(directory);
    }

    /** How many uploads' temporary files there are now: each is deleted with its upload, whatever its outcome. */
    public static long temporaryFiles() throws IOException {
        try (var files = Files.list(directory())) {
            return files.count();
        }
    }

    /** The temporary file; read it, never keep it: {@link #close()} deletes it. */
    public Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    /** The checksum that names these bytes in the file store. */
    public String sha256() {
        return sha256;
    }

    /** The bytes, from the temporary file. */
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** Deletes the temporary file. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the upload's temporary file " + path, e);
        }
    }
}
