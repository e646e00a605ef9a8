package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.project.boundary.ProjectCalendar;
import org.scicoop.secretariat.web.i18n.Language;

import java.time.Instant;

/**
 * The caller's calendar feed address (members): when it was made, and a new one in place of the old (the page
 * {@code /app/projects/calendar.xhtml} does the same). The address holds a secret that is never stored, so only the
 * answer to a renewal carries it; a GET says only whether and when one was made.
 */
@Path("me/calendar")
@Tag(name = "calendar")
@SecurityRequirement(name = "keycloak")
public class CalendarAddressResource {

    /** The feed's address ({@code null} but right after a renewal) and when it was made ({@code null}: none yet). */
    public record CalendarAddress(String address, Instant madeAt) {
    }

    @Inject
    ProjectCalendar calendars;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCalendarAddress", summary = "When the caller's calendar feed address was made (null: "
            + "none yet); the address itself is shown only when it is made")
    @APIResponseSchema(value = CalendarAddress.class, responseCode = "200")
    public CalendarAddress get() {
        return new CalendarAddress(null, calendars.madeAt().orElse(null));
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renewCalendarAddress", summary = "A new calendar feed address for the caller, texts in "
            + "the language of Accept-Language; the old address stops at once. The answer is the only place the "
            + "address is shown.")
    @APIResponseSchema(value = CalendarAddress.class, responseCode = "200")
    public Response renew() {
        String language = Language.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).code();
        String address = calendars.renew(language);
        return Response.ok(new CalendarAddress(address, calendars.madeAt().orElse(null)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
