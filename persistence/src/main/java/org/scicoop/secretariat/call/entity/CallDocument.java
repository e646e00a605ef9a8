package org.scicoop.secretariat.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.platform.file.entity.DocumentFileName;

import java.time.Instant;
import java.util.Objects;

/**
 * A PDF that belongs to a call (call text, guide for applicants, templates…): its metadata, audited,
 * naming its bytes by checksum (a {@code StoredFile}, read only when someone downloads the file).
 * Created through {@link Call#attachDocument}, which decides whether the call still takes documents.
 */
@Entity
@Audited
@Table(name = "call_document")
public class CallDocument {

    public static final String CONTENT_TYPE = "application/pdf";
    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private Call call;

    private String title;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String language;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Version
    private long version;

    protected CallDocument() {
    }

    CallDocument(Call call, Upload upload, String uploadedBy, Instant now) {
        this.call = call;
        this.title = upload.title().trim();
        this.kind = upload.kind();
        this.language = upload.language() == null || upload.language().isBlank() ? null : upload.language();
        this.fileName = DocumentFileName.sanitise(upload.fileName());
        this.size = upload.size();
        this.sha256 = upload.sha256();
        this.contentType = CONTENT_TYPE;
        this.uploadedAt = now;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public Call getCall() {
        return call;
    }

    public String getTitle() {
        return title;
    }

    public DocumentKind getKind() {
        return kind;
    }

    /** The document's language (en, fr, zh, es…), or null when it has none in particular. */
    public String getLanguage() {
        return language;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }

    /** Hex SHA-256 of the bytes: the file's identity (its name in the file store, ETag, duplicate check). */
    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CallDocument other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /**
     * A file as an officer uploads it: what it is, and the checksum and size of its bytes (already checked to
     * be a PDF and stored).
     */
    public record Upload(String title, DocumentKind kind, String language, String fileName, String sha256,
                         long size) {
        public Upload {
            Objects.requireNonNull(title);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(sha256);
        }

        Upload titled(String cleanTitle) {
            return new Upload(cleanTitle, kind, language, fileName, sha256, size);
        }
    }
}
