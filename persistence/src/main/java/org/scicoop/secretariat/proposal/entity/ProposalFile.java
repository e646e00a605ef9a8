package org.scicoop.secretariat.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of an attached file, named by their SHA-256 checksum: stored once, read only on
 * download, and never deleted while a submitted version may name them (so every version keeps its
 * files). Not audited: the attachments that name the checksum are.
 */
@Entity
@Table(name = "proposal_file")
public class ProposalFile {

    @Id
    private String sha256;

    @Column(name = "size_bytes")
    private long size;

    // bytea on PostgreSQL, binary varying on H2.
    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected ProposalFile() {
    }

    public ProposalFile(byte[] content) {
        this.bytes = content.clone();
        this.size = content.length;
        this.sha256 = sha256(content);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
