package org.scicoop.secretariat.proposal.boundary;

import org.scicoop.secretariat.platform.control.StoredContent;

/** An attachment to send: its metadata and content ({@code null} when the caller holds this very file). */
public record AttachmentFile(ProposalView.AttachmentView attachment, StoredContent content) {

    public boolean unchanged() {
        return content == null;
    }
}
