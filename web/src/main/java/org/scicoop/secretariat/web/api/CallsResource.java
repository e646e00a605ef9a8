package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
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
import org.scicoop.secretariat.call.boundary.CallChange;
import org.scicoop.secretariat.call.boundary.CallCommand;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.call.boundary.CallView;
import org.scicoop.secretariat.call.boundary.DocumentCommand;
import org.scicoop.secretariat.call.boundary.DocumentFile;
import org.scicoop.secretariat.call.entity.DocumentKind;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.web.platform.Downloads;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Calls for proposals. Reading follows the caller's roles (members see published calls only);
 * changes are for programme officers. Updates need {@code If-Match} with the call's ETag.
 */
@Path("calls")
@Tag(name = "calls")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    @Inject
    CallService calls;

    /** Calls per response unless the client asks for fewer or more. */
    static final int DEFAULT_SIZE = 20;

    @Context
    UriInfo uri;

    public record Extension(@NotNull Instant newDeadline, @NotNull String reason) {
    }

    public record Cancellation(@NotNull String reason) {
    }

    public record Cloning(@NotNull String code) {
    }

    @GET
    @Operation(operationId = "listCalls", summary = "Calls the caller may see, a page at a time, sorted and filtered (status, theme, year, q); "
            + "the total in X-Total-Count, the other pages in Link")
    @APIResponseSchema(value = CallSummary[].class, responseCode = "200")
    public Response list(@BeanParam Paging paging,
                         @QueryParam("status") String status,
                         @QueryParam("theme") String theme,
                         @QueryParam("year") String year,
                         @QueryParam("q") String text) {
        PageRequest asked = paging.request(DEFAULT_SIZE, PageRequest.MAX_SIZE,
                Paging.filters("status", status, "theme", theme, "year", year, "text", text));
        return Paging.ok(calls.list(asked), asked, uri).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCall", summary = "Create a call as a draft (programme officers)")
    @APIResponseSchema(value = CallView.class, responseCode = "201")
    public Response create(CallCommand command) {
        CallView created = calls.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCall", summary = "One call, with its ETag")
    @APIResponseSchema(value = CallView.class, responseCode = "200")
    public Response get(@PathParam("code") String code) {
        CallView call = calls.get(code);
        return Response.ok(call).tag(etag(call)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCall", summary = "Revise a call; If-Match must carry the ETag read (412 when someone saved since)")
    @APIResponseSchema(value = CallView.class, responseCode = "200")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CallCommand command) {
        return Versions.change(ifMatch, version -> calls.update(code, version, command));
    }

    @GET
    @Path("{code}/history")
    @Operation(operationId = "getCallHistory", summary = "Every recorded change of the call: who, when, each field's old and new value")
    public List<CallChange> history(@PathParam("code") String code) {
        return calls.history(code);
    }

    @POST
    @Path("{code}/open")
    @Operation(operationId = "openCall", summary = "Open (publish) a draft call; If-Match as for PUT")
    @APIResponseSchema(value = CallView.class, responseCode = "200")
    public Response open(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(ifMatch, version -> calls.open(code, version));
    }

    @POST
    @Path("{code}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extendCallDeadline", summary = "Extend the deadline of an open call, with a reason; If-Match as for PUT")
    @APIResponseSchema(value = CallView.class, responseCode = "200")
    public Response extend(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           Extension extension) {
        return Versions.change(ifMatch, version -> calls.extendDeadline(code, version,
                extension == null ? null : extension.newDeadline(), extension == null ? null : extension.reason()));
    }

    @POST
    @Path("{code}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelCall", summary = "Cancel a draft or open call, with a reason; If-Match as for PUT")
    @APIResponseSchema(value = CallView.class, responseCode = "200")
    public Response cancel(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           Cancellation cancellation) {
        return Versions.change(ifMatch,
                version -> calls.cancel(code, version, cancellation == null ? null : cancellation.reason()));
    }

    @POST
    @Path("{code}/clone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cloneCall", summary = "Copy a call into a new draft under another code")
    @APIResponseSchema(value = CallView.class, responseCode = "201")
    public Response cloneCall(@PathParam("code") String code, Cloning cloning) {
        CallView clone = calls.cloneAsDraft(code, cloning == null ? null : cloning.code());
        return Response.created(uri.getBaseUriBuilder().path("calls").path(clone.code()).build())
                .tag(etag(clone)).entity(clone).build();
    }

    @POST
    @Path("{code}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachCallDocument", summary = "Add a PDF to a draft or open call (multipart: title, kind, optional language, file);"
            + " the file is checked by its content, at most 10 MB; If-Match as for PUT")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForms.CallDocument.class)))
    @APIResponseSchema(value = CallView.class, responseCode = "201")
    public Response attachDocument(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Context HttpServletRequest request) throws IOException {
        long version = Versions.ifMatch(ifMatch);
        CallView call;
        try (MultipartUpload upload = MultipartUpload.read(request, Settings.maxDocumentBytes())) {
            String language = upload.field("language");
            DocumentCommand command = new DocumentCommand(upload.field("title"), kind(upload.field("kind")),
                    language == null || language.isBlank() ? null : language.trim(), upload.fileName().orElse(null));
            call = calls.attachDocument(code, version, command, upload.file());
        }
        CallView.DocumentView added = call.documents().stream()
                .max(java.util.Comparator.comparingLong(CallView.DocumentView::id)).orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path(added.href().substring("/api/v1/".length())).build())
                .tag(etag(call)).entity(call).build();
    }

    @GET
    @Path("{code}/documents/{id}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getCallDocument", summary = "Download a document of a call the caller may read (ETag; 304 on If-None-Match)")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("code") String code, @PathParam("id") long id,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        DocumentFile file = calls.document(code, id, Downloads.knownChecksum(ifNoneMatch));
        return Downloads.pdf(file.document().sha256(), file.document().fileName(), file.content(), "private, no-cache");
    }

    @DELETE
    @Path("{code}/documents/{id}")
    @Operation(operationId = "removeCallDocument", summary = "Remove a document from a draft or open call; If-Match as for PUT")
    @APIResponseSchema(value = CallView.class, responseCode = "200")
    public Response removeDocument(@PathParam("code") String code, @PathParam("id") long id,
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.change(ifMatch, version -> calls.removeDocument(code, version, id));
    }

    private static DocumentKind kind(String kind) {
        return kind == null || kind.isBlank() ? null : BadInput.oneOf("kind", DocumentKind.class, kind);
    }


    static EntityTag etag(CallView call) {
        return Versions.etag(call.version());
    }
}
