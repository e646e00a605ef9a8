package org.scicoop.secretariat.proposal.boundary;

/** An attachment to send: its metadata and bytes ({@code null} when the caller holds this very file). */
public record AttachmentFile(ProposalView.AttachmentView attachment, byte[] bytes) {

    public boolean unchanged() {
        return bytes == null;
    }
}
