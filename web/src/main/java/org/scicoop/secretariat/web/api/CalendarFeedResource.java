package org.scicoop.secretariat.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.project.boundary.CalendarView;
import org.scicoop.secretariat.project.boundary.ProjectCalendar;
import org.scicoop.secretariat.web.i18n.Language;
import org.scicoop.secretariat.web.platform.ICalendar;
import org.scicoop.secretariat.web.platform.Texts;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/**
 * A member's milestones as an iCalendar feed (RFC 5545), read by calendar apps without a login at the secret address
 * the member made on "My projects" → "Calendar" ({@code ProjectCalendar}). One all-day event per milestone on its due
 * date (a calendar day, as the project keeps it), with a stable UID and the milestone's revision as SEQUENCE, so a
 * moved date updates the same event. A wrong or renewed secret is a 404 (a security event whose line names the
 * feed, never the secret: {@code Refusals}).
 */
@Path("calendars/{secret}.ics")
@Public
@Tag(name = "calendar")
public class CalendarFeedResource {

    public static final String CALENDAR = ICalendar.MEDIA_TYPE + ";charset=utf-8";

    @Inject
    ProjectCalendar calendars;

    @GET
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(operationId = "getCalendarFeed", summary = "A member's milestones as an iCalendar feed (RFC 5545), at the "
            + "secret address made on the Calendar page of My projects; no token. A wrong or renewed secret answers 404.")
    @APIResponse(responseCode = "200", description = "An iCalendar object",
            content = @Content(mediaType = ICalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No feed has this address")
    public Response feed(@PathParam("secret") String secret) {
        CalendarView view = calendars.feed(secret);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return Response.ok(write(view, Instant.now()), CALENDAR).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"milestones.ics\"").build();
    }

    /** The feed as an iCalendar object, its texts in the language its owner chose. */
    static String write(CalendarView view, Instant now) {
        Locale reader = Language.byCode(view.language()).orElse(Language.DEFAULT).locale();
        String site = Settings.appUrl();
        String host = URI.create(site).getHost();
        String name = Texts.of(reader, "calendar.feed.name");
        ICalendar calendar = new ICalendar().begin("VCALENDAR")
                .value("VERSION", "2.0")
                .value("PRODID", "-//SciCoop//Secretariat milestones//EN")
                .value("CALSCALE", "GREGORIAN")
                .value("METHOD", "PUBLISH")
                .text("NAME", name)
                .text("X-WR-CALNAME", name)
                .value("REFRESH-INTERVAL;VALUE=DURATION", "PT4H")
                .value("X-PUBLISHED-TTL", "PT4H");
        for (CalendarView.DueDate due : view.dueDates()) {
            String link = site + "/app/projects/project.xhtml?id=" + due.projectId();
            String state = Texts.of(reader, "MilestoneState." + due.state().name());
            String description = Texts.of(reader, "calendar.event.description", state, due.timeZone())
                    + (due.overdue() ? " " + Texts.of(reader, "calendar.event.overdue") : "")
                    + (due.closed() ? " " + Texts.of(reader, "calendar.event.closed") : "")
                    + "\n" + link;
            calendar.begin("VEVENT")
                    .value("UID", "milestone-" + due.milestoneId() + "@" + host)
                    .utc("DTSTAMP", now)
                    .value("SEQUENCE", Long.toString(due.revision()))
                    .date("DTSTART", due.dueDate())
                    .date("DTEND", due.dueDate().plusDays(1))
                    .text("SUMMARY", due.acronym() + ": " + due.title())
                    .text("DESCRIPTION", description)
                    .value("URL", link)
                    .value("STATUS", due.closed() ? "CANCELLED" : "CONFIRMED")
                    .text("CATEGORIES", Texts.of(reader, "MilestoneKind." + due.kind().name()))
                    .value("TRANSP", "TRANSPARENT")
                    .end("VEVENT");
        }
        return calendar.end("VCALENDAR").toString();
    }
}
