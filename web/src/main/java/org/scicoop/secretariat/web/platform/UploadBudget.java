package org.scicoop.secretariat.web.platform;

import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Keeps uploads within the heap on deadline day, for every way a file comes in (the API's upload, the pages'
 * {@code p:fileUpload}). An upload holds its file several times over while it is parsed, checked and stored
 * (the container's or RESTEasy's copy of the body, the bytes read, the entity's copy, the persistence context's
 * snapshot): about {@link #COPIES} times its size. 200 consortia uploading 5 MB at once filled a 512 MB heap and
 * every upload failed (benchmarks/surge.sh). So an upload first reserves that much of a budget (half the heap),
 * before its bytes are read: the others wait their turn, and are turned away ("busy") only if the wait exceeds
 * {@link #WAIT_SECONDS}. The disk and the database, not the heap, set the pace.
 */
public final class UploadBudget {

    public static final int COPIES = 8;
    public static final int WAIT_SECONDS = 120;
    private static final long MEGABYTE = 1024 * 1024;
    /** The budget in megabytes: half the heap. */
    private static final int BUDGET = (int) Math.max(COPIES, Runtime.getRuntime().maxMemory() / 2 / MEGABYTE);
    private static final Semaphore MEMORY = new Semaphore(BUDGET, true);

    private UploadBudget() {
    }

    /**
     * Reserves what an upload of {@code length} bytes (negative: unknown, counted as {@code largest}) needs, waiting
     * up to {@link #WAIT_SECONDS}; the megabytes reserved, to {@link #release}, or empty when the wait ran out.
     */
    public static OptionalInt reserve(long length, long largest) {
        int megabytes = reservation(length, largest);
        try {
            if (MEMORY.tryAcquire(megabytes, WAIT_SECONDS, TimeUnit.SECONDS)) {
                return OptionalInt.of(megabytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalInt.empty();
    }

    public static void release(int megabytes) {
        MEMORY.release(megabytes);
    }

    /**
     * Runs {@code upload} (which reads the file's bytes) within its share of the budget: false, without running it,
     * when the wait ran out (the page then says the server is busy).
     */
    public static boolean within(long length, long largest, Runnable upload) {
        OptionalInt reserved = reserve(length, largest);
        if (reserved.isEmpty()) {
            return false;
        }
        try {
            upload.run();
            return true;
        } finally {
            release(reserved.getAsInt());
        }
    }

    /**
     * What an upload of {@code length} bytes reserves, in megabytes: its copies, at most the whole budget
     * (a file over the limit is refused once read, and must not wait forever); an unknown length counts
     * as the largest file allowed.
     */
    static int reservation(long length, long largest) {
        long bytes = length < 0 ? largest : length;
        long megabytes = (bytes * COPIES + MEGABYTE - 1) / MEGABYTE;
        return (int) Math.max(1, Math.min(BUDGET, megabytes));
    }
}
