package org.scicoop.secretariat.platform.control;

import org.scicoop.secretariat.platform.file.entity.StoredFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * An uploaded file on its way in, the one path of every upload (the API's multipart parts and the pages'
 * {@code p:fileUpload}, for call documents, proposal attachments and milestone reports' attachments): its bytes go
 * from the request's stream to a temporary file under the server's temporary directory, counted against the limit
 * and checksummed ({@link StoredFile#digest()}) as they pass, so that the heap holds one buffer, whatever the file's
 * size. {@link PdfContent#check(ReceivedFile, long)} reads that file, and {@link FileStore#store(ReceivedFile)}
 * streams it into the database. The file is deleted when the upload is refused while it streams, and by
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
        Path path = Files.createTempFile(directory(), "upload-", ".part");
        try {
            MessageDigest digest = StoredFile.digest();
            long size = 0;
            // the caller's stream stays open: the caller closes it (a multipart part's stream, closed, reads the
            // rest of its body, which a refused upload must not wait for)
            InputStream digesting = new DigestInputStream(in, digest);
            try (OutputStream out = Files.newOutputStream(path)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = digesting.read(buffer); n >= 0; n = digesting.read(buffer)) {
                    size += n;
                    PdfContent.checkSize(size, maxBytes);
                    out.write(buffer, 0, n);
                }
            }
            return new ReceivedFile(path, size, StoredFile.checksum(digest.digest()));
        } catch (IOException | RuntimeException refused) {
            Files.deleteIfExists(path);
            throw refused;
        }
    }

    /** WildFly's {@code standalone/tmp} (the server's temporary directory), else the JVM's. */
    private static Path directory() throws IOException {
        String server = System.getProperty("jboss.server.temp.dir");
        Path directory = Path.of(server != null ? server : System.getProperty("java.io.tmpdir"), "uploads");
        return Files.createDirectories(directory);
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
