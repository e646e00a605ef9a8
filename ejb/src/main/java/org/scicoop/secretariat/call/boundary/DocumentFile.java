package org.scicoop.secretariat.call.boundary;

/**
 * A call document to send: its metadata and its bytes. {@code bytes} is null when the caller already
 * holds this very file (its checksum matched), so a revalidation never reads the file.
 */
public record DocumentFile(CallView.DocumentView document, byte[] bytes) {

    public boolean unchanged() {
        return bytes == null;
    }
}
