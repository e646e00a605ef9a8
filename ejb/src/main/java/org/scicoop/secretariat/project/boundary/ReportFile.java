package org.scicoop.secretariat.project.boundary;

/** A report's attachment to send: its metadata and bytes ({@code null} when the caller holds this very file). */
public record ReportFile(ProjectView.AttachmentView attachment, byte[] bytes) {

    public boolean unchanged() {
        return bytes == null;
    }
}
