package org.scicoop.secretariat.it.project;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.support.Axe;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Members' calendar feeds (issue 14, item 5): the feed at a member's secret address opens in a standard iCalendar
 * parser (ical4j) without a login, with one all-day event per milestone of their projects — another consortium's
 * never —, a moved due date updates the same event, renewing the address stops the old one (404, and the log names no
 * secret), and only members make addresses.
 */
class CalendarFeedIT extends DeployedApplication {

    private static final String ADDRESS = "/api/v1/me/calendar";

    @Test
    void aMembersFeedHoldsEachMilestoneOfTheirProjectsAndFollowsAMovedDate() throws Exception {
        ProjectsApi.Decided decided = ProjectsApi.decided();
        String officer = demoToken("officer");
        String project = ProjectsApi.BASE + "/" + ProjectsApi.projectOf(decided.call().second(), officer);
        LocalDate due = LocalDate.parse(Json.text(Http.getWithToken(project, officer).body(), "startDate"))
                .plusDays(40);
        String title = "Calendar check; a, b \\ 日历 —" + " long".repeat(12);
        long milestoneId = Json.number(ProjectsApi.require(Http.send("POST", project + "/milestones", officer,
                Json.object(Map.of("title", title, "kind", "EVENT", "dueDate", due.toString())).toString(),
                "If-Match", Http.etag(project, officer)), 201, "add a milestone").body(), "id");
        String added = Http.getWithToken(project, officer).body();
        String acronym = Json.text(added, "acronym");

        HttpResponse<String> feed = Http.get(feedPath("member"));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar")
                .containsIgnoringCase("charset=utf-8");
        assertFolded(feed.body());
        Calendar calendar = parse(feed.body());
        VEvent event = event(calendar, milestoneId).orElseThrow();
        assertThat(event.getDateTimeStart().getValue()).isEqualTo(day(due));
        assertThat(event.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(event.getDateTimeEnd().getValue()).isEqualTo(day(due.plusDays(1)));
        assertThat(event.getSummary().getValue()).isEqualTo(acronym + ": " + title);
        assertThat(event.getDescription().getValue()).contains("Planned", Json.text(added, "timeZone"),
                "/app/projects/project.xhtml?id=" + Json.number(added, "id"));
        assertThat(event.getDateTimeStamp().getValue()).endsWith("Z");
        int sequence = Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());

        // exactly the milestones of the projects "My projects" lists for the member
        String mine = Http.getWithToken(ProjectsApi.BASE + "?size=200", demoToken("member")).body();
        int milestones = Json.objects(mine, "").stream().mapToInt(p -> p.getInt("milestones")).sum();
        assertThat(calendar.getComponents("VEVENT")).hasSize(milestones);
        assertThat(uids(calendar)).containsAll(milestoneUids(project, officer));

        // a moved due date: the same event, a later day, a higher sequence
        ProjectsApi.require(Http.send("PUT", project + "/milestones/" + milestoneId + "/due-date", officer,
                "{\"dueDate\": \"" + due.plusDays(7) + "\", \"reason\": \"Field season.\"}", "If-Match",
                Http.etag(project, officer)), 200, "move the due date");
        VEvent moved = event(parse(Http.get(feedPath("member")).body()), milestoneId).orElseThrow();
        assertThat(moved.getUid()).isEqualTo(event.getUid());
        assertThat(moved.getDateTimeStart().getValue()).isEqualTo(day(due.plusDays(7)));
        assertThat(Integer.parseInt(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue()))
                .isGreaterThan(sequence);
    }

    @Test
    void anotherConsortiumsMemberSeesNoneOfTheseMilestones() throws Exception {
        ProjectsApi.Decided decided = ProjectsApi.decided();
        String officer = demoToken("officer");
        Calendar other = parse(Http.get(feedPath("member3")).body());
        Set<String> uids = uids(other);
        assertThat(uids).doesNotContainAnyElementsOf(milestoneUids(decided.project(), officer));
        assertThat(uids).doesNotContainAnyElementsOf(milestoneUids(ProjectsApi.BASE + "/"
                + ProjectsApi.projectOf(decided.call().second(), officer), officer));
        String theirs = Http.getWithToken(ProjectsApi.BASE + "?size=200", demoToken("member3")).body();
        assertThat(other.getComponents("VEVENT"))
                .hasSize(Json.objects(theirs, "").stream().mapToInt(p -> p.getInt("milestones")).sum());
    }

    @Test
    void renewingStopsTheOldAddressAndAWrongOneIsA404WithoutItsSecretInTheLog() throws IOException {
        String old = feedPath("member2");
        assertThat(Http.get(old).statusCode()).isEqualTo(200);
        String renewed = feedPath("member2");
        assertThat(renewed).isNotEqualTo(old);
        HttpResponse<String> gone = Http.get(old);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Http.get(renewed).statusCode()).isEqualTo(200);
        assertThat(Http.get("/api/v1/calendars/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(Json.text(Http.getWithToken(ADDRESS, demoToken("member2")).body(), "madeAt")).isNotBlank();
        assertThat(Http.getWithToken(ADDRESS, demoToken("member2")).body()).doesNotContain("/calendars/");

        String log = Files.readString(TestEnvironment.buildDirectory().resolve("wildfly-base/log/server.log"));
        assertThat(log).contains("event=access.refused actor=anonymous status=404 action=\"GET /api/v1/calendars/{secret}\"")
                .contains("event=calendar.renewed actor=member2")
                .doesNotContain(secretOf(old)).doesNotContain("A".repeat(43));
    }

    /** Only members make an address: the page and the API, by role. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"member, 200", "officer, 403", "admin, 403", "contact, 403", "reviewer, 403", ", 401"})
    void onlyMembersHaveACalendarAddress(String user, int status) {
        String token = user == null ? null : demoToken(user);
        assertThat(Http.send("GET", "/app/projects/calendar.xhtml", token, null).statusCode()).isEqualTo(status);
        assertThat(Http.send("GET", ADDRESS, token, null).statusCode()).isEqualTo(status);
        HttpResponse<String> renewal = Http.send("POST", ADDRESS, token, null);
        assertThat(renewal.statusCode()).isEqualTo(status);
        if (status != 200) {
            assertThat(renewal.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
    }

    @Test
    void aMemberMakesAndRenewsTheirAddressOnThePage() throws Exception {
        for (String language : new String[]{"en", "zh"}) {
            try (Browser member = new Browser(language)) {
                member.logInToDashboard("member");
                member.driver().findElement(By.id("menu-my-projects")).click();
                member.waitFor(By.id("projects-calendar-link")).click();
                member.waitFor(By.id("calendar-actions"));
                List<String> buttons = List.of("calendar-form:calendar-create", "calendar-form:calendar-renew");
                boolean first = !member.driver().findElements(By.id(buttons.get(0))).isEmpty();
                member.driver().findElement(By.id(first ? buttons.get(0) : buttons.get(1))).click();
                if (!first) {
                    member.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
                }
                String address = member.waitFor(By.id("calendar-address")).getAttribute("value");
                assertThat(address).startsWith(TestEnvironment.appUrl() + "/api/v1/calendars/").endsWith(".ics");
                assertThat(Http.get(address).statusCode()).isEqualTo(200);
                assertThat(Axe.violations(member)).as(language + " calendar").isEmpty();
                assertThat(MemberProjectsJourneyIT.sideways(member)).as(language + " calendar at 390 px").isZero();
                member.screenshot("calendar-" + language);

                member.open("/app/projects/calendar.xhtml");
                assertThat(member.waitFor(By.id("calendar-made")).getText()).isNotBlank();
                assertThat(member.driver().findElements(By.id("calendar-address"))).isEmpty();
                member.driver().findElement(By.id("calendar-form:calendar-renew")).click();
                member.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
                String renewed = member.waitFor(By.id("calendar-address")).getAttribute("value");
                assertThat(renewed).isNotEqualTo(address);
                assertThat(Http.get(address).statusCode()).isEqualTo(404);
                assertThat(Http.get(renewed).statusCode()).isEqualTo(200);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A new feed address of {@code user} (the old one stops), as a path on the application. */
    private static String feedPath(String user) {
        HttpResponse<String> made = Http.send("POST", ADDRESS, demoToken(user), null, "Accept-Language", "en");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        String address = Json.text(made.body(), "address");
        assertThat(address).startsWith(TestEnvironment.appUrl());
        return address.substring(TestEnvironment.appUrl().length());
    }

    private static String secretOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1, path.length() - ".ics".length());
    }

    private static void assertFolded(String body) {
        assertThat(body).endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    private static Calendar parse(String body) throws Exception {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Optional<VEvent> event(Calendar calendar, long milestoneId) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith("milestone-" + milestoneId + "@"))
                .findFirst();
    }

    private static Set<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getUid().orElseThrow().getValue().replaceAll("@.*", "")).collect(Collectors.toSet());
    }

    private static Set<String> milestoneUids(String project, String token) {
        return Json.objects(Http.getWithToken(project, token).body(), "milestones").stream()
                .map(m -> "milestone-" + m.getJsonNumber("id").longValueExact()).collect(Collectors.toSet());
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.BASIC_ISO_DATE);
    }
}
