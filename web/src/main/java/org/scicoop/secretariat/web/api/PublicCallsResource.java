package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.call.entity.PublicPhase;

import java.util.List;
import java.util.Locale;

/** Published calls as open data: no token, cacheable. */
@Path("public/calls")
@Public
@Tag(name = "open data")
public class PublicCallsResource {

    @Inject
    CallService calls;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published calls; status OPEN, FORTHCOMING, CLOSED or CANCELLED narrows the list")
    public Response published(@QueryParam("status") String status, @Context Request request) {
        List<CallSummary> published = calls.published(phase(status));
        EntityTag tag = new EntityTag(Integer.toHexString(published.hashCode()));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(published).tag(tag).cacheControl(cache).build();
    }

    private static PublicPhase phase(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PublicPhase.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of OPEN, FORTHCOMING, CLOSED, CANCELLED");
        }
    }
}
