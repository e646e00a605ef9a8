package org.scicoop.secretariat.platform.control;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The bytes of one stored file on their way to a reader who may have them (a service checked that before making
 * this, through {@link FileStore#content}): its size, known before a byte is read (the download's
 * {@code Content-Length}), and the bytes themselves, written to a stream a slice of {@value #SLICE} bytes at a
 * time, each slice read (from the database by {@link FileSlices}, or from the {@link FileDirectory}) only after the
 * one before was written. A download holds one slice in the heap, whatever the file's size.
 */
public final class StoredContent {

    /** Bytes read at once: 40 reads for the largest file (20 MB); reading one allocates a few times this (PgJDBC). */
    static final int SLICE = 512 * 1024;

    /** Reads the bytes of one slice: from the database ({@link FileSlices}) or the file directory. */
    interface Slices {
        byte[] read(long offset, int length) throws IOException;
    }

    private final String sha256;
    private final long size;
    private final Slices slices;

    StoredContent(String sha256, long size, Slices slices) {
        this.sha256 = sha256;
        this.size = size;
        this.slices = slices;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    /**
     * Writes the whole file to {@code out} (not closed), slice after slice. A failure after the first slice leaves the
     * reader with fewer bytes than the {@code Content-Length} promised, which every client takes as a broken download.
     */
    public void writeTo(OutputStream out) throws IOException {
        for (long offset = 0; offset < size; ) {
            byte[] slice = slices.read(offset, (int) Math.min(SLICE, size - offset));
            if (slice.length == 0) {
                throw new IOException("stored file " + sha256 + " ended at " + offset + " of " + size + " bytes");
            }
            out.write(slice);
            offset += slice.length;
        }
    }
}
