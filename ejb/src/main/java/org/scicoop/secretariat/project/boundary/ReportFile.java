package org.scicoop.secretariat.project.boundary;

import org.scicoop.secretariat.platform.control.StoredContent;

/** A report's attachment to send: its metadata and content ({@code null} when the caller holds this very file). */
public record ReportFile(ProjectView.AttachmentView attachment, StoredContent content) {

    public boolean unchanged() {
        return content == null;
    }
}
