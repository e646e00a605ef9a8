package org.scicoop.secretariat.platform.file.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * An uploaded file, named by its bytes' SHA-256 checksum: the one record of every file (call documents, proposal
 * attachments, reports' attachments), with the bytes themselves, or without them where the file directory keeps
 * them (ejb's {@code FileDirectory}, for files stored while {@code SECRETARIAT_FILES_DIR} was set). The same bytes
 * are stored once, whoever uploads them, and a row is never changed or deleted: metadata rows, their audit trail
 * and submitted versions name files by checksum, and each must still find its bytes. In a table of its own, read only on download, so listing documents
 * or attachments never reads files. Not audited: the metadata that names the checksum is.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    private String sha256;

    @Column(name = "size_bytes")
    private long size;

    // bytea on PostgreSQL, binary varying on H2: both read and written as a plain byte array. Null when the bytes are
    // kept in the file directory (ejb's FileDirectory, SECRETARIAT_FILES_DIR) rather than here.
    @Column(name = "bytes")
    private byte[] bytes;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(byte[] bytes, Instant createdAt) {
        this.bytes = bytes.clone();
        this.size = bytes.length;
        this.sha256 = sha256(bytes);
        this.createdAt = createdAt;
    }

    /** The checksum that names {@code bytes}: lower-case hex SHA-256, 64 characters. */
    public static String sha256(byte[] bytes) {
        return checksum(digest().digest(bytes));
    }

    /** A fresh digest of the checksum's algorithm, for bytes that arrive as a stream (an upload). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The checksum as files are named by it, from what {@link #digest()} computed. */
    public static String checksum(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    /** The bytes, where the database keeps them; null where the file directory does. */
    public byte[] getBytes() {
        return bytes == null ? null : bytes.clone();
    }

    /** When these bytes were first stored. */
    public Instant getCreatedAt() {
        return createdAt;
    }
}
