package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Formats;
import org.scicoop.secretariat.web.platform.Texts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An Atom feed of the open calls, for feed readers and partner websites, in the visitor's language ({@code ?lang=},
 * else the language cookie, else {@code Accept-Language}). The Atom dates ({@code updated}, {@code published}) are
 * RFC 3339 as the format requires; each entry's summary gives the dates as people read them, in UTC (a feed has no
 * reader's zone).
 */
@Path("public/calls.atom")
@Public
@Tag(name = "open data")
public class CallsFeedResource {

    public static final String ATOM = "application/atom+xml";

    /** The language comes from the cookie or the header when the address does not name it. */
    private static final String VARY = "Accept-Language, Cookie";

    @Inject
    CallService calls;

    @Inject
    LocaleBean locale;

    @Context
    UriInfo uri;

    @GET
    @Produces(ATOM)
    @Operation(operationId = "getOpenCallsFeed", summary = "Open calls as an Atom feed")
    @APIResponse(responseCode = "200", description = "An Atom feed", content = @Content(mediaType = CallsFeedResource.ATOM, schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@Context Request request) {
        List<CallSummary> open = calls.published(EnumSet.of(PublicPhase.OPEN), 0, CallService.MAX_PUBLIC_PAGE).rows();
        Locale reader = locale.getLocale();
        EntityTag tag = new EntityTag(Integer.toHexString(Objects.hash(open, reader.toLanguageTag())));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).header(HttpHeaders.VARY, VARY).build();
        }
        String site = uri.getBaseUri().resolve("/").toString();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                """);
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(reader.toLanguageTag()).append("\">\n")
                .append("  <title>").append(escape(Texts.of(reader, "feed.title"))).append("</title>\n")
                .append("  <id>").append(escape(site)).append("calls</id>\n")
                .append("  <link rel=\"alternate\" href=\"").append(escape(site)).append("calls.xhtml\"/>\n")
                .append("  <updated>").append(Instant.now()).append("</updated>\n");
        for (CallSummary call : open) {
            String link = site + "call.xhtml?code=" + call.code();
            xml.append("  <entry>\n")
                    .append("    <title>").append(escape(call.code() + ": " + call.title())).append("</title>\n")
                    .append("    <id>").append(escape(link)).append("</id>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(escape(link)).append("\"/>\n")
                    .append("    <published>").append(call.opensAt()).append("</published>\n")
                    .append("    <updated>").append(call.opensAt()).append("</updated>\n")
                    .append("    <summary>").append(escape(Texts.of(reader, "feed.entry",
                            Formats.instant(call.opensAt(), reader, ZoneOffset.UTC),
                            Formats.instant(call.deadline(), reader, ZoneOffset.UTC)))).append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return Response.ok(xml.toString(), ATOM + ";charset=UTF-8").tag(tag).cacheControl(cache)
                .header(HttpHeaders.VARY, VARY).build();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
