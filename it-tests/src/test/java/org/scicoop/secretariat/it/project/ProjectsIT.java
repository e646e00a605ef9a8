package org.scicoop.secretariat.it.project;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.Mailbox;
import org.scicoop.secretariat.it.support.Pdfs;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Projects and milestones (issue 14) through the API as each role uses it: deciding a call makes the funded
 * proposals' projects with their grants and milestones; the officer sets the start back and a milestone shows as
 * overdue (the consortium says why); a member submits a report with a PDF and a DOI (kept as https://doi.org/…), the
 * officer returns it with a comment (the consortium is e-mailed), the member revises and resubmits, the officer
 * accepts (e-mailed again); every version stays readable with its files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectsIT extends DeployedApplication {

    private static ProjectsApi.Decided decided;
    private static ProposalsApi.Made first;
    private static String project;

    @BeforeAll
    static void aDecidedCall() throws InterruptedException {
        decided = ProjectsApi.decided();
        first = decided.call().first();
        project = decided.project();
    }

    @Test
    @Order(1)
    void decidingACallMakesTheFundedProposalsProjects() {
        HttpResponse<String> read = Http.getWithToken(project, demoToken("officer"));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).isPresent();
        String body = read.body();
        assertThat(Json.text(body, "state")).isEqualTo("ACTIVE");
        assertThat(Json.text(body, "callCode")).isEqualTo(decided.call().code());
        assertThat(Json.number(body, "proposalId")).isEqualTo(first.id());
        LocalDate start = LocalDate.parse(Json.text(body, "startDate"));
        assertThat(start.getDayOfMonth()).as("the first day of a month").isEqualTo(1);
        assertThat(start).isAfter(LocalDate.now(ZoneOffset.UTC).minusDays(2))
                .isBefore(LocalDate.now(ZoneOffset.UTC).plusMonths(1).plusDays(2));
        assertThat(LocalDate.parse(Json.text(body, "endDate"))).isEqualTo(start.plusMonths(24).minusDays(1));

        List<JsonObject> partners = Json.objects(body, "partners");
        assertThat(partners).hasSize(3);
        assertThat(Json.text(body, "partners[0].organisation")).isEqualTo("Sorbonne Université");
        assertThat(Json.decimal(body, "partners[0].grants[0].amount")).isEqualByComparingTo("250000");
        assertThat(Json.text(body, "partners[0].grants[0].currency")).isEqualTo("EUR");
        assertThat(partners).allMatch(p -> !p.getJsonArray("grants").isEmpty());

        List<JsonObject> milestones = Json.objects(body, "milestones");
        assertThat(milestones).extracting(m -> m.getString("title")).containsExactly("Work package 1 report",
                "Work package 2 report", "Work package 3 report");
        assertThat(milestones).extracting(m -> m.getString("state")).containsOnly("PLANNED");
        assertThat(milestones).extracting(m -> LocalDate.parse(m.getString("dueDate")))
                .containsExactly(start.plusMonths(6), start.plusMonths(12), start.plusMonths(18));

        // the coordinator finds it among their projects; another consortium's member does not, nor by its id
        assertThat(Json.objects(Http.getWithToken(ProjectsApi.BASE + "?size=200", demoToken("member")).body(), "")
                .stream().map(p -> p.getJsonNumber("id").longValueExact())).contains(decided.firstProject());
        assertThat(Json.objects(Http.getWithToken(ProjectsApi.BASE + "?size=200", demoToken("member3")).body(), "")
                .stream().map(p -> p.getJsonNumber("id").longValueExact())).doesNotContain(decided.firstProject());
        assertThat(Http.getWithToken(project, demoToken("member3")).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void anOverdueMilestoneShowsAndTheConsortiumSaysWhy() {
        String officer = demoToken("officer");
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusMonths(7);
        HttpResponse<String> moved = Http.send("PUT", project + "/start-date", officer,
                "{\"startDate\": \"" + start + "\", \"timeZone\": \"Africa/Nairobi\"}", "If-Match",
                Http.etag(project, officer));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(Json.text(moved.body(), "timeZone")).isEqualTo("Africa/Nairobi");
        JsonObject late = ProjectsApi.milestone(moved.body(), 0);
        assertThat(late.getString("dueDate")).isEqualTo(start.plusMonths(6).toString());
        assertThat(late.getBoolean("overdue")).isTrue();
        assertThat(ProjectsApi.milestone(moved.body(), 1).getBoolean("overdue")).isFalse();

        List<Long> overdue = Json.objects(Http.getWithToken(ProjectsApi.BASE + "?overdue=true&size=200&call="
                + decided.call().code(), officer).body(), "").stream().map(p -> p.getJsonNumber("id").longValueExact())
                .toList();
        assertThat(overdue).containsExactly(decided.firstProject());
        assertThat(Json.number(Http.getWithToken(ProjectsApi.BASE + "?overdue=true&call=" + decided.call().code(),
                officer).body(), "[0].overdue")).isEqualTo(1);
        HttpResponse<String> badFilter = Http.getWithToken(ProjectsApi.BASE + "?overdue=yes", officer);
        assertThat(badFilter.statusCode()).isEqualTo(400);

        String member = demoToken("member");
        String path = project + "/milestones/" + late.getJsonNumber("id") + "/late-justification";
        HttpResponse<String> justified = Http.send("PUT", path, member,
                "{\"justification\": \"The field season started late after the floods.\"}", "If-Match",
                Http.etag(project, member));
        assertThat(justified.statusCode()).as(justified.body()).isEqualTo(200);
        assertThat(ProjectsApi.milestone(justified.body(), 0).getString("lateJustification"))
                .isEqualTo("The field season started late after the floods.");
        HttpResponse<String> byOfficer = Http.send("PUT", path, officer, "{\"justification\": \"x\"}", "If-Match",
                Http.etag(project, officer));
        assertThat(byOfficer.statusCode()).as("the consortium's word, not the officer's").isEqualTo(403);
    }

    @Test
    @Order(3)
    void aReportIsSubmittedReturnedRevisedAndAccepted() throws Exception {
        String member = demoToken("member");
        String officer = demoToken("officer");
        long milestoneId = ProjectsApi.milestone(Http.getWithToken(project, member).body(), 0).getJsonNumber("id")
                .longValueExact();
        String milestone = project + "/milestones/" + milestoneId;

        HttpResponse<String> badDoi = Http.send("PUT", milestone + "/reports/draft", member, """
                {"narrative": "<p>x</p>", "outputs": [{"kind": "DOI", "link": "11.1000/nope"}]}""", "If-Match",
                Http.etag(project, member));
        assertThat(badDoi.statusCode()).isEqualTo(422);
        assertThat(Json.text(badDoi.body(), "code")).isEqualTo("rule.project.doiSyntax");

        HttpResponse<String> saved = Http.send("PUT", milestone + "/reports/draft", member, """
                {"narrative": "<p onclick=\\"steal()\\">Survey <strong>done</strong>.</p><script>alert(1)</script><a href=\\"javascript:alert(2)\\">x</a>",
                 "outputs": [{"kind": "DOI", "link": "doi:10.5281/zenodo.4242", "title": "Survey protocol"},
                             {"kind": "DATA_SET", "link": "https://zenodo.org/records/4243"}]}""", "If-Match",
                Http.etag(project, member));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject draft = ProjectsApi.milestone(saved.body(), 0).getJsonArray("reports").getJsonObject(0);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("narrative")).isEqualTo("<p>Survey <strong>done</strong>.</p>"
                + "<a rel=\"nofollow noopener noreferrer\">x</a>");
        assertThat(draft.getJsonArray("outputs").getJsonObject(0).getString("link"))
                .isEqualTo("https://doi.org/10.5281/zenodo.4242");

        byte[] pdf = Pdfs.pdf("Survey protocol, version 1");
        HttpResponse<String> attached = Http.postFile(milestone + "/reports/draft/attachments", member, Map.of(),
                "protocol.pdf", pdf, "If-Match", Http.etag(project, member));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        long attachmentId = Json.number(attached.body(), "id");
        HttpResponse<String> notPdf = Http.postFile(milestone + "/reports/draft/attachments", member, Map.of(),
                "fake.pdf", "not a PDF".getBytes(), "If-Match", Http.etag(project, member));
        assertThat(notPdf.statusCode()).isEqualTo(422);
        assertThat(Http.getWithToken(project, demoToken("contact2")).body()).as("drafts stay with the consortium")
                .doesNotContain("Survey protocol");

        assertThat(Http.send("POST", milestone + "/submission", member, null).statusCode()).as("If-Match required")
                .isEqualTo(428);
        assertThat(Http.send("POST", milestone + "/submission", member, null, "If-Match", "\"0\"").statusCode())
                .as("a stale version").isEqualTo(412);
        // the officer's account chose Chinese in Keycloak: the officer reads of the report in Chinese, whatever the
        // member's language; the next token's claims carry it to the officer's record
        KeycloakAdmin.setLocale("officer", "zh-Hans");
        try {
            assertThat(Http.getWithToken(ProjectsApi.BASE, KeycloakTokens.accessToken("officer", "demo"))
                    .statusCode()).isEqualTo(200);
            HttpResponse<String> submitted = Http.send("POST", milestone + "/submission", member, null, "If-Match",
                    Http.etag(project, member), "Accept-Language", "fr");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            assertThat(ProjectsApi.milestone(submitted.body(), 0).getString("state")).isEqualTo("SUBMITTED");
            MimeMessage toOfficer = Mailbox.await("officer@secretariat.example",
                    "\u9879\u76ee " + first.acronym() + " \u7684\u62a5\u544a\u5df2\u63d0\u4ea4");
            assertThat(Mailbox.text(toOfficer)).contains("Work package 1 report");
        } finally {
            KeycloakAdmin.setLocale("officer", null);
            Http.getWithToken(ProjectsApi.BASE, KeycloakTokens.accessToken("officer", "demo"));
        }

        HttpResponse<String> noComment = Http.send("POST", milestone + "/return", officer, "{\"comments\": \" \"}",
                "If-Match", Http.etag(project, officer));
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("comments");
        HttpResponse<String> returned = Http.send("POST", milestone + "/return", officer,
                "{\"comments\": \"Please add the sampling map.\"}", "If-Match", Http.etag(project, officer));
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(ProjectsApi.milestone(returned.body(), 0).getString("state")).isEqualTo("REVISION_REQUESTED");
        MimeMessage toMember = Mailbox.await(first.coordinatorEmail(), "returned for revision");
        assertThat(Mailbox.text(toMember)).contains("Please add the sampling map.", first.acronym());

        HttpResponse<String> revised = Http.send("PUT", milestone + "/reports/draft", member, """
                {"narrative": "<p>Survey done, with the sampling map.</p>",
                 "outputs": [{"kind": "DOI", "link": "https://dx.doi.org/10.5281/zenodo.4242"}]}""", "If-Match",
                Http.etag(project, member));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(Http.send("POST", milestone + "/submission", member, null, "If-Match", Http.etag(project, member))
                .statusCode()).isEqualTo(200);
        HttpResponse<String> accepted = Http.send("POST", milestone + "/acceptance", officer, null, "If-Match",
                Http.etag(project, officer));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonObject done = ProjectsApi.milestone(accepted.body(), 0);
        assertThat(done.getString("state")).isEqualTo("ACCEPTED");
        assertThat(done.getBoolean("overdue")).as("accepted is no longer overdue").isFalse();
        assertThat(Mailbox.text(Mailbox.await(first.coordinatorEmail(), "Report accepted")))
                .contains("Work package 1 report");

        // every version kept and readable, the first with its comments and its file
        HttpResponse<String> versions = Http.getWithToken(milestone + "/reports", demoToken("contact2"));
        assertThat(versions.statusCode()).isEqualTo(200);
        assertThat(Json.objects(versions.body(), "")).extracting(r -> r.getInt("number"), r -> r.getString("status"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "RETURNED"),
                        org.assertj.core.groups.Tuple.tuple(2, "ACCEPTED"));
        String firstVersion = Http.getWithToken(milestone + "/reports/1", officer).body();
        assertThat(Json.text(firstVersion, "comments")).isEqualTo("Please add the sampling map.");
        assertThat(Json.text(firstVersion, "narrative")).isEqualTo("<p>Survey <strong>done</strong>.</p>"
                + "<a rel=\"nofollow noopener noreferrer\">x</a>");
        assertThat(Json.text(Http.getWithToken(milestone + "/reports/2", officer).body(), "outputs[0].link"))
                .isEqualTo("https://doi.org/10.5281/zenodo.4242");
        HttpResponse<byte[]> file = Http.getBytes(milestone + "/attachments/" + attachmentId, member);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(Http.getBytes(milestone + "/attachments/" + attachmentId, demoToken("member3")).statusCode())
                .isEqualTo(404);

        HttpResponse<String> afterwards = Http.send("PUT", project + "/start-date", officer,
                "{\"startDate\": \"" + LocalDate.now(ZoneOffset.UTC) + "\"}", "If-Match", Http.etag(project, officer));
        assertThat(afterwards.statusCode()).as("the start is fixed once a report was submitted").isEqualTo(422);
    }
}
