package org.scicoop.secretariat.call.boundary;

import org.scicoop.secretariat.platform.control.StoredContent;

/**
 * A call document to send: its metadata and its content, written out when sent. {@code content} is null when the
 * caller already holds this very file (its checksum matched), so a revalidation never reads the file.
 */
public record DocumentFile(CallView.DocumentView document, StoredContent content) {

    public boolean unchanged() {
        return content == null;
    }
}
