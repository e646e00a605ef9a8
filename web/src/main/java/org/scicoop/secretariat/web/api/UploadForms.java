package org.scicoop.secretariat.web.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.scicoop.secretariat.call.entity.DocumentKind;
import org.scicoop.secretariat.proposal.entity.AttachmentKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of the API's uploads, for the OpenAPI document only: the resources read the body as it streams
 * ({@link MultipartUpload}), so no parameter of theirs describes it.
 */
final class UploadForms {

    private UploadForms() {
    }

    @Schema(name = "ProposalAttachmentForm")
    public static class ProposalAttachment {
        @Schema(implementation = AttachmentKind.class, defaultValue = AttachmentKind.DEFAULT_NAME)
        public String kind;
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The PDF")
        public String file;
    }

    @Schema(name = "CallDocumentForm")
    public static class CallDocument {
        @Schema(required = true)
        public String title;
        @Schema(required = true, implementation = DocumentKind.class)
        public String kind;
        @Schema(description = "The document's language (en, zh, fr, es), when it has one")
        public String language;
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The PDF")
        public String file;
    }

    @Schema(name = "ReportAttachmentForm")
    public static class ReportAttachment {
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The PDF")
        public String file;
    }
}
