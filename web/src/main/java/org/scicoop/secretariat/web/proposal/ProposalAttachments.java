package org.scicoop.secretariat.web.proposal;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.PdfContent;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.entity.AttachmentKind;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.UploadBudget;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The attachments step of the proposal page: the PDFs of the working copy, their downloads, and
 * the upload form (a full page request of its own). A refused file is said beside the file field.
 */
@Named
@ViewScoped
public class ProposalAttachments implements Serializable {

    private static final String FILE_FIELD = "upload-form:attachment-file";

    @Inject
    ProposalPage page;

    @Inject
    ProposalService proposals;

    private AttachmentKind kind = AttachmentKind.DEFAULT;
    private transient UploadedFile file;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.refusedAt(FILE_FIELD, new RuleViolation("rule.document.empty"));
            return;
        }
        long largest = Settings.maxProposalAttachmentBytes();
        try {
            // the API's limits: the size before the bytes are read, then a place among the uploads in progress
            PdfContent.checkSize(file.getSize(), largest);
            UploadedFile uploaded = file;
            if (!UploadBudget.receive(uploaded::getInputStream, largest, received -> page.refresh(proposals.attach(
                    page.getId(), page.getView().version(), kind, uploaded.getFileName(), received)))) {
                Messages.refusedAt(FILE_FIELD, new RuleViolation("problem.proposal.uploadsBusy"));
                return;
            }
            Messages.info("proposal.attachment.uploaded", file.getFileName());
            kind = AttachmentKind.OTHER;
        } catch (RuleViolation refused) {
            Messages.refusedAt(FILE_FIELD, refused);
        } catch (ConcurrentChange | NotFound refused) {
            Messages.refused(refused);
        } catch (EJBException invalid) {
            Messages.invalidAt(FILE_FIELD, invalid, "proposal.attachment.invalid");
        } finally {
            file = null;
        }
    }

    public void detach(long attachmentId) {
        page.act(() -> proposals.detach(page.getId(), page.getView().version(), attachmentId),
                "proposal.attachment.removed", null);
    }

    /** Where an attachment of this proposal is downloaded. */
    public String path(ProposalView.AttachmentView attachment) {
        return "/app/proposals/files/" + page.getId() + "/" + attachment.id() + "/"
                + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    public long getMaxMegabytes() {
        return Settings.maxProposalAttachmentBytes() / (1024 * 1024);
    }

    public AttachmentKind[] getKinds() {
        return AttachmentKind.values();
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public void setKind(AttachmentKind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
