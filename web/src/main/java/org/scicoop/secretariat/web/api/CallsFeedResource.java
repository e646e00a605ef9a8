package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.call.boundary.CallService;
import org.scicoop.secretariat.call.boundary.CallSummary;
import org.scicoop.secretariat.call.entity.PublicPhase;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** An Atom feed of the open calls, for feed readers and partner websites. */
@Path("public/calls.atom")
@Public
@Tag(name = "open data")
public class CallsFeedResource {

    public static final String ATOM = "application/atom+xml";

    @Inject
    CallService calls;

    @Context
    UriInfo uri;

    @GET
    @Produces(ATOM)
    @Operation(operationId = "getOpenCallsFeed", summary = "Open calls as an Atom feed")
    @APIResponse(responseCode = "200", description = "An Atom feed", content = @Content(mediaType = CallsFeedResource.ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@Context Request request) {
        List<CallSummary> open = calls.published(EnumSet.of(PublicPhase.OPEN), 0, CallService.MAX_PUBLIC_PAGE).rows();
        EntityTag tag = new EntityTag(Integer.toHexString(open.hashCode()));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        String site = uri.getBaseUri().resolve("/").toString();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                """);
        xml.append("  <title>SciCoop Secretariat: open calls for proposals</title>\n")
                .append("  <id>").append(escape(site)).append("calls</id>\n")
                .append("  <link rel=\"alternate\" href=\"").append(escape(site)).append("calls.xhtml\"/>\n")
                .append("  <updated>").append(Instant.now()).append("</updated>\n");
        for (CallSummary call : open) {
            String link = site + "call.xhtml?code=" + call.code();
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(call.code() + ": " + call.title())).append("</title>\n")
                    .append("    <id>").append(escape(link)).append("</id>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(escape(link)).append("\"/>\n")
                    .append("    <updated>").append(call.opensAt()).append("</updated>\n")
                    .append("    <summary>Deadline ").append(call.deadline()).append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return Response.ok(xml.toString(), ATOM + ";charset=UTF-8").tag(tag).cacheControl(cache).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
