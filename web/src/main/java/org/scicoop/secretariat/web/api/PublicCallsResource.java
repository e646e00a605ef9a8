package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.call.entity.PublicPhase;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;

import java.util.EnumSet;
import java.util.Set;

/** Published calls as open data: no token, cacheable. */
@Path("public/calls")
@Public
@Tag(name = "open data")
public class PublicCallsResource {

    @Inject
    CallService calls;

    /** Calls per response unless the client asks for fewer or more (at most {@link CallService#MAX_PUBLIC_PAGE}). */
    static final int DEFAULT_SIZE = 100;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublishedCalls", summary = "Published calls, a page at a time; status OPEN, FORTHCOMING, CLOSED or CANCELLED narrows "
            + "the list. The total is in X-Total-Count, the other pages in Link (rel first, prev, next, last).")
    @APIResponseSchema(value = CallSummary[].class, responseCode = "200")
    public Response published(@BeanParam Paging paging, @QueryParam("status") String status,
                              @Context Request request, @Context UriInfo uri) {
        PageRequest asked = paging.request(DEFAULT_SIZE, CallService.MAX_PUBLIC_PAGE);
        PublicPhase phase = phase(status);
        Page<CallSummary> published = calls.published(phase == null ? Set.of() : EnumSet.of(phase),
                asked.first(), asked.size());
        EntityTag tag = new EntityTag(Integer.toHexString(published.hashCode()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Paging.ok(published, asked, uri).tag(tag).cacheControl(cache).build();
    }

    private static PublicPhase phase(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return BadInput.oneOf("status", PublicPhase.class, status);
    }
}
