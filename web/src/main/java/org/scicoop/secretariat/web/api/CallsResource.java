package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.scicoop.secretariat.web.call.DocumentDownloads;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.rules.BadInput;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @Context
    UriInfo uri;

    public record Extension(@NotNull Instant newDeadline, @NotNull String reason) {
    }

    public record Cancellation(@NotNull String reason) {
    }

    public record Cloning(@NotNull String code) {
    }

    @GET
    @Operation(summary = "Calls the caller may see, paged, sorted and filtered (status, theme, year, text)")
    public Page<CallSummary> list(@QueryParam("first") @DefaultValue("0") int first,
                                  @QueryParam("size") @DefaultValue("20") int size,
                                  @QueryParam("sort") String sort,
                                  @QueryParam("descending") boolean descending,
                                  @QueryParam("status") String status,
                                  @QueryParam("theme") String theme,
                                  @QueryParam("year") String year,
                                  @QueryParam("q") String text) {
        Map<String, String> filters = new HashMap<>();
        putIfPresent(filters, "status", status);
        putIfPresent(filters, "theme", theme);
        putIfPresent(filters, "year", year);
        putIfPresent(filters, "text", text);
        return calls.list(new PageRequest(first, size, sort, !descending, filters));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a call as a draft (programme officers)")
    public Response create(CallCommand command) {
        CallView created = calls.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One call, with its ETag")
    public Response get(@PathParam("code") String code) {
        CallView call = calls.get(code);
        return Response.ok(call).tag(etag(call)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a call; If-Match must carry the ETag read (412 when someone saved since)")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CallCommand command) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.build(new Problem("about:blank", "Precondition Required", 428,
                    "Send If-Match with the ETag of the call as you read it.", uri.getRequestUri().getPath(),
                    "ifMatchRequired", null));
        }
        return ok(calls.update(code, version(ifMatch), command));
    }

    @GET
    @Path("{code}/history")
    @Operation(summary = "Every recorded change of the call: who, when, each field's old and new value")
    public List<CallChange> history(@PathParam("code") String code) {
        return calls.history(code);
    }

    @POST
    @Path("{code}/open")
    @Operation(summary = "Open (publish) a draft call")
    public Response open(@PathParam("code") String code) {
        return ok(calls.open(code));
    }

    @POST
    @Path("{code}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extend the deadline of an open call, with a reason")
    public Response extend(@PathParam("code") String code, Extension extension) {
        return ok(calls.extendDeadline(code, extension == null ? null : extension.newDeadline(),
                extension == null ? null : extension.reason()));
    }

    @POST
    @Path("{code}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel a draft or open call, with a reason")
    public Response cancel(@PathParam("code") String code, Cancellation cancellation) {
        return ok(calls.cancel(code, cancellation == null ? null : cancellation.reason()));
    }

    @POST
    @Path("{code}/clone")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Copy a call into a new draft under another code")
    public Response cloneCall(@PathParam("code") String code, Cloning cloning) {
        CallView clone = calls.cloneAsDraft(code, cloning == null ? null : cloning.code());
        return Response.created(uri.getBaseUriBuilder().path("calls").path(clone.code()).build())
                .tag(etag(clone)).entity(clone).build();
    }

    @POST
    @Path("{code}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a PDF to a draft or open call (multipart: title, kind, optional language, file);"
            + " the file is checked by its content, at most 10 MB")
    public Response attachDocument(@PathParam("code") String code, @FormParam("title") String title,
                                   @FormParam("kind") String kind, @FormParam("language") String language,
                                   @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new BadInput("problem.input.part", "file");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readAllBytes();
        }
        CallView call = calls.attachDocument(code, new DocumentCommand(title, kind(kind),
                language == null || language.isBlank() ? null : language.trim(),
                file.getFileName().orElse(null)), content);
        CallView.DocumentView added = call.documents().stream()
                .max(java.util.Comparator.comparingLong(CallView.DocumentView::id)).orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path(added.href().substring("/api/v1/".length())).build())
                .tag(etag(call)).entity(call).build();
    }

    @GET
    @Path("{code}/documents/{id}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a document of a call the caller may read (ETag; 304 on If-None-Match)")
    public Response document(@PathParam("code") String code, @PathParam("id") long id,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        DocumentFile file = calls.document(code, id, DocumentDownloads.knownChecksum(ifNoneMatch));
        EntityTag tag = new EntityTag(file.document().sha256());
        if (file.unchanged()) {
            return Response.notModified(tag).header("X-Content-Type-Options", "nosniff").build();
        }
        return Response.ok(file.bytes(), "application/pdf").tag(tag)
                .header("Content-Disposition", DocumentDownloads.contentDisposition(file.document().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    @DELETE
    @Path("{code}/documents/{id}")
    @Operation(summary = "Remove a document from a draft or open call")
    public Response removeDocument(@PathParam("code") String code, @PathParam("id") long id) {
        return ok(calls.removeDocument(code, id));
    }

    private static DocumentKind kind(String kind) {
        return kind == null || kind.isBlank() ? null : BadInput.oneOf("kind", DocumentKind.class, kind);
    }

    private static Response ok(CallView call) {
        return Response.ok(call).tag(etag(call)).build();
    }

    static EntityTag etag(CallView call) {
        return new EntityTag(Long.toString(call.version()));
    }

    private static long version(String ifMatch) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadInput("problem.input.ifMatch");
        }
    }

    private static void putIfPresent(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }
}
