package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.proposal.boundary.AccountLinkView;
import org.scicoop.secretariat.proposal.boundary.AttachmentFile;
import org.scicoop.secretariat.proposal.boundary.CreateProposal;
import org.scicoop.secretariat.proposal.boundary.PartnerCommand;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalSummary;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.proposal.boundary.ReceiptView;
import org.scicoop.secretariat.proposal.entity.AttachmentKind;
import org.scicoop.secretariat.web.i18n.Language;
import org.scicoop.secretariat.web.platform.Downloads;

import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Proposals. What a caller may see and do is decided by the service (ProposalAccess): members their own
 * consortia's proposals, officers and administrators all, national contacts the submitted ones with a
 * partner from their country; another consortium's proposal is 404, as a missing one. Findings come in
 * the caller's language. Changes that replace the proposal or move it through its life cycle need
 * {@code If-Match} with the proposal's ETag (its version): 412 when someone saved since, 428 without it.
 * Attachments and invitations add to the proposal and need none.
 */
@Path("proposals")
@Tag(name = "proposals")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    private static final Logger LOG = Logger.getLogger(ProposalsResource.class.getName());

    /** Proposals per response unless the client asks for fewer or more (at most {@link PageRequest#MAX_SIZE}). */
    static final int DEFAULT_SIZE = 20;

    @Inject
    ProposalService proposals;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** What a submission answers: the receipt, the submitted version's number, the proposal's new version. */
    public record Submission(String receipt, int number, Long version, Instant submittedAt) {
    }

    /** The secretariat's screening: eligible, or not with the reasons. */
    public record Screening(boolean eligible, String reasons) {
    }

    @GET
    @Operation(operationId = "listProposals", summary = "The proposals the caller may see, a page at a time: members their consortia's; officers, "
            + "administrators and national contacts filter by call, status, country (and theme, q). The total is in "
            + "X-Total-Count, the other pages in Link (rel first, prev, next, last).")
    @APIResponseSchema(value = ProposalSummary[].class, responseCode = "200")
    public Response list(@BeanParam Paging paging,
                         @QueryParam("call") String call,
                         @QueryParam("status") String status,
                         @QueryParam("country") String country,
                         @QueryParam("theme") String theme,
                         @QueryParam("q") String text) {
        PageRequest asked = paging.request(DEFAULT_SIZE, PageRequest.MAX_SIZE, Paging.filters("call", call,
                "status", status, "country", country, "theme", theme, "text", text));
        return Paging.ok(proposals.list(asked), asked, uri).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProposal", summary = "Start a proposal to an open call (consortium members): the caller coordinates it, with "
            + "their organisation (organisationId, or newOrganisation) as the first partner")
    @APIResponseSchema(value = ProposalView.class, responseCode = "201")
    public Response create(CreateProposal command) {
        ProposalView created = proposals.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProposal", summary = "One proposal with its ETag: content, findings (in the caller's language), submitted "
            + "versions, and what the caller may do now")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return Versions.ok(proposals.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceProposal", summary = "Replace everything the coordinator edits (text, partners, "
            + "milestones): send the proposal as GET answered it, changed (only its content is read); If-Match must "
            + "carry the ETag read (412 when someone saved since). Partners with an id are kept, without one added, "
            + "left out removed.")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200")
    public Response replace(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            ProposalDocument document) {
        return Versions.change(ifMatch, version -> {
            if (document == null || document.content() == null) {
                throw new BadInput("problem.input.body");
            }
            return proposals.replace(id, version, document.toContent());
        });
    }

    @PUT
    @Path("{id}/partners/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePartner", summary = "Change one partner's data (its linked investigator or the coordinator); If-Match as for PUT")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200")
    public Response updatePartner(@PathParam("id") long id, @PathParam("partnerId") long partnerId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PartnerCommand command) {
        return Versions.change(ifMatch, version -> proposals.updatePartner(id, partnerId, version, command));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachToProposal", summary = "Attach a PDF (coordinator; multipart: kind DESCRIPTION (default), LETTER or OTHER, and "
            + "file). Checked by its content, at most 20 MB; a new description replaces the old. Answers the "
            + "attachment with its SHA-256, and the proposal's new ETag. If-Match as for PUT.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForms.ProposalAttachment.class)))
    @APIResponseSchema(value = ProposalView.AttachmentView.class, responseCode = "201")
    public Response attach(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Context HttpServletRequest request) throws IOException {
        long version = Versions.ifMatch(ifMatch);
        ProposalView proposal;
        try (MultipartUpload upload = MultipartUpload.read(request, Settings.maxProposalAttachmentBytes())) {
            String kind = upload.field("kind");
            AttachmentKind attachmentKind = kind == null || kind.isBlank() ? AttachmentKind.DEFAULT
                    : BadInput.oneOf("kind", AttachmentKind.class, kind);
            String fileName = upload.fileName().orElse(attachmentKind.name().toLowerCase(Locale.ROOT) + ".pdf");
            proposal = proposals.attach(id, version, attachmentKind, fileName, upload.file());
        }
        ProposalView.AttachmentView added = proposal.content().attachments().stream()
                .max(Comparator.comparingLong(ProposalView.AttachmentView::id)).orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .tag(etag(proposal)).entity(added).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getProposalAttachment", summary = "Download an attachment of a proposal the caller may read (ETag: its SHA-256; 304 on "
            + "If-None-Match)")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                               @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AttachmentFile file = proposals.attachment(id, attachmentId, Downloads.knownChecksum(ifNoneMatch));
        return Downloads.pdf(file.attachment().sha256(), file.attachment().fileName(), file.content(),
                "private, no-cache");
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    @Operation(operationId = "detachFromProposal", summary = "Remove an attachment (coordinator, while the proposal is editable); If-Match as for PUT")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200")
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(ifMatch, version -> proposals.detach(id, version, attachmentId));
    }

    @POST
    @Path("{id}/submit")
    @Operation(operationId = "submitProposal", summary = "Submit the proposal (coordinator, while the call accepts proposals, by the server's clock); "
            + "If-Match required. Answers the receipt, also sent by e-mail; refused: 422 with every finding.")
    @APIResponseSchema(value = Submission.class, responseCode = "200")
    public Response submit(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProposalView.SubmissionView submitted = proposals.submit(id, Versions.ifMatch(ifMatch), language().code());
        Long current = currentVersion(id);
        Response.ResponseBuilder ok = Response.ok(new Submission(submitted.receipt(), submitted.number(), current,
                submitted.submittedAt()));
        if (current != null) {
            ok.tag(Versions.etag(current));
        }
        return ok.build();
    }

    @POST
    @Path("{id}/reopen")
    @Operation(operationId = "reopenProposal", summary = "Reopen a submitted proposal for changes before the deadline (coordinator; If-Match)")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200")
    public Response reopen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(ifMatch, version -> proposals.reopen(id, version));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(operationId = "withdrawProposal", summary = "Withdraw the proposal before the deadline (coordinator; If-Match)")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200")
    public Response withdraw(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(ifMatch, version -> proposals.withdraw(id, version));
    }

    @POST
    @Path("{id}/partners/{partnerId}/invite")
    @Operation(operationId = "invitePartner", summary = "Invite a partner's principal investigator (coordinator): an account that proved the address "
            + "is linked, or one is created for it, and an e-mail sent; rate-limited. If-Match as for PUT.")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200")
    public Response invite(@PathParam("id") long id, @PathParam("partnerId") long partnerId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(ifMatch, version -> proposals.invite(id, version, partnerId, language().code()));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "getProposalHistory", summary = "The proposal's history, newest first, a page at a time: per revision who "
            + "(username and name; system for timers), when, and each field's old and new value (partners, planned "
            + "milestones and attachments added and removed by name). Readers of its versions; not reviewers. "
            + "The total is in X-Total-Count, the other pages in Link (rel first, prev, next, last).")
    @APIResponseSchema(value = Change[].class, responseCode = "200")
    public Response history(@BeanParam Paging paging, @PathParam("id") long id) {
        PageRequest asked = paging.request(DEFAULT_SIZE, PageRequest.MAX_SIZE);
        return Paging.ok(proposals.history(id, asked), asked, uri).build();
    }

    @GET
    @Path("{id}/account-links")
    @Operation(operationId = "listAccountLinks", summary = "The proposal's account history: every account linked to or unlinked from a partner, and "
            + "every invitation that could link none, with who and when (the reason only for the secretariat)")
    public List<AccountLinkView> accountLinks(@PathParam("id") long id) {
        return proposals.accountLinks(id);
    }

    @GET
    @Path("{id}/submissions/{number}")
    @Operation(operationId = "getSubmission", summary = "A submitted version of the proposal as it was submitted, with its receipt")
    public ReceiptView submission(@PathParam("id") long id, @PathParam("number") int number) {
        return proposals.submission(id, number);
    }

    @POST
    @Path("{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "screenProposal", summary = "Screen a submitted proposal after the deadline (programme officers): eligible, or not "
            + "with reasons; If-Match required")
    @APIResponseSchema(value = ProposalView.class, responseCode = "200")
    public Response screen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           Screening screening) {
        return Versions.change(ifMatch, version -> {
            if (screening == null) {
                throw new BadInput("problem.proposal.bodyRequired");
            }
            return proposals.screen(id, version, screening.eligible(), screening.reasons());
        });
    }

    // ---------------------------------------------------------------- internals

    /** The proposal's version after a submission, for the ETag; the submission stands even if this read fails. */
    private Long currentVersion(long id) {
        try {
            return proposals.get(id).version();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not read proposal " + id + " after its submission", e);
            return null;
        }
    }

    private Language language() {
        return Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static EntityTag etag(ProposalView proposal) {
        return Versions.etag(proposal.version());
    }
}
