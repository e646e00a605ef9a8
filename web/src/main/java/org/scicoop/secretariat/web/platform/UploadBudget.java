package org.scicoop.secretariat.web.platform;

import org.scicoop.secretariat.platform.control.ReceivedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * How many uploads the server handles at once, for every way a file comes in (the API's uploads, the pages'
 * {@code p:fileUpload}). Until issue 16 an upload held its file about eight times in the heap and this was a budget of
 * megabytes (half the heap); now every upload streams ({@link ReceivedFile}: a temporary file, counted and
 * checksummed as it arrives, checked and stored from that file), so its memory no longer grows with the file, and
 * what is left is a plain limit of {@link #AT_ONCE} uploads at a time. It stays because each upload in progress holds
 * a database connection while its bytes are written and a parse of its PDF: 200 consortia uploading at the deadline
 * would otherwise take every connection of the pool (the rest waiting 5 s for one and failing) and parse 200 PDFs at
 * once on two cores. The others wait their turn, turned away ("busy") only if the wait exceeds
 * {@link #WAIT_SECONDS}; the API waits before its body is read.
 */
public final class UploadBudget {

    /** Uploads handled at once: well within the connection pool (20 on H2, 30 on PostgreSQL), enough to keep two cores and the disk busy. */
    public static final int AT_ONCE = 8;
    public static final int WAIT_SECONDS = 120;
    private static final Semaphore SLOTS = new Semaphore(AT_ONCE, true);

    private UploadBudget() {
    }

    /** Takes a place among the uploads in progress, waiting up to {@link #WAIT_SECONDS}; false when the wait ran out. */
    public static boolean take() {
        return take(Duration.ofSeconds(WAIT_SECONDS));
    }

    static boolean take(Duration wait) {
        try {
            return SLOTS.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Gives back a place {@link #take() taken}. */
    public static void release() {
        SLOTS.release();
    }

    /** The bytes of an upload as the page received them (the container's part: on disk above a few kilobytes). */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /**
     * A page's upload: within a place among the uploads in progress, receives the file ({@link ReceivedFile}, refused
     * once over {@code largest}) and hands it to {@code use}, which checks and stores it; the temporary file is gone
     * afterwards, whatever happened. False, without reading the file, when the wait ran out (the page then says the
     * server is busy).
     */
    public static boolean receive(Source source, long largest, Consumer<ReceivedFile> use) {
        if (!take()) {
            return false;
        }
        try (InputStream in = source.open(); ReceivedFile received = ReceivedFile.receive(in, largest)) {
            use.accept(received);
            return true;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("could not read an uploaded file", unreadable);
        } finally {
            release();
        }
    }
}
