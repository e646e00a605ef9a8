package org.scicoop.secretariat.call.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a call document, in a table of their own so that reading a call (or its list of
 * documents) never reads files. Not audited: the document's metadata is, and its checksum names
 * the bytes.
 */
@Entity
@Table(name = "call_document_content")
public class CallDocumentContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // bytea on PostgreSQL, binary varying on H2: both read and written as a plain byte array.
    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected CallDocumentContent() {
    }

    CallDocumentContent(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}
