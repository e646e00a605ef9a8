package org.scicoop.secretariat.it.project;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.Axe;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.TSINGHUA;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * History readers (issue 14, item 7): changes made through the API read back as who (by name), when and what — a
 * proposal edited and submitted; a project's due date moved with a reason, a report saved, submitted and returned —
 * from the API (newest first, paged; report drafts only for those who read drafts; reviewers refused) and on the two
 * history pages in English and French (axe, 390 px).
 */
class HistoryIT extends DeployedApplication {

    @Test
    void aProposalsHistoryTellsWhoChangedWhatAndWhen() throws InterruptedException {
        Instant before = Instant.now().minusSeconds(5);
        ProposalsApi.Made draft = ProposalsApi.completeDraft("member", ProposalsApi.openCall(), SORBONNE,
                List.of(TSINGHUA, NAIROBI));
        String member = demoToken("member");
        require(Http.send("PUT", draft.path() + "/partners/" + draft.partnerIds().get(1), member, """
                {"organisationId": %d, "piName": "Li Wei", "piEmail": "li.wei@partners.example",
                 "requested": 900000, "personMonths": 20}""".formatted(ProposalsApi.organisationId(TSINGHUA.organisation())),
                "If-Match", Http.etag(draft.path(), member)), 200);
        require(Http.send("POST", draft.path() + "/submit", member, null, "If-Match", Http.etag(draft.path(), member)),
                200);

        HttpResponse<String> read = require(Http.getWithToken(draft.path() + "/history", member), 200);
        List<JsonObject> history = Json.objects(read.body(), "");
        assertThat(read.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(history.size()));
        JsonObject submitted = history.get(0);
        assertThat(submitted.getString("username")).isEqualTo("member");
        assertThat(submitted.getString("name")).isEqualTo("Camille Martin");
        assertThat(Instant.parse(submitted.getString("at"))).isBetween(before, Instant.now().plusSeconds(5));
        assertThat(line(submitted, "status")).containsEntry("before", "DRAFT").containsEntry("after", "SUBMITTED");
        Map<String, Object> requested = line(history.get(1), "partner.requested");
        assertThat(requested).containsEntry("subject", "Tsinghua University");
        assertThat(requested.get("before").toString()).startsWith("1000000");
        assertThat(requested.get("after").toString()).startsWith("900000");
        assertThat(history).anySatisfy(change -> assertThat(line(change, "attachment"))
                .containsEntry("after", "description.pdf"));
        assertThat(history).extracting(change -> change.getJsonNumber("revision").longValueExact())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));

        HttpResponse<String> paged = require(Http.getWithToken(draft.path() + "/history?size=1&page=1", member), 200);
        assertThat(Json.objects(paged.body(), "")).hasSize(1);
        assertThat(Json.number(paged.body(), "[0].revision")).isEqualTo(history.get(1).getJsonNumber("revision")
                .longValueExact());
        assertThat(String.join(", ", paged.headers().allValues("Link"))).contains("rel=\"prev\"", "rel=\"first\"");
        assertThat(Http.getWithToken(draft.path() + "/history", demoToken("officer")).statusCode()).isEqualTo(200);
        assertThat(Http.getWithToken(draft.path() + "/history", demoToken("reviewer")).statusCode()).isEqualTo(403);
        // France's national contact never reads a draft: the history starts at the submission
        List<JsonObject> contacts = Json.objects(require(Http.getWithToken(draft.path() + "/history",
                demoToken("contact2")), 200).body(), "");
        assertThat(contacts).extracting(change -> change.getJsonNumber("revision").longValueExact())
                .containsExactly(submitted.getJsonNumber("revision").longValueExact());
        assertThat(Http.getWithToken(draft.path() + "/history", demoToken("member3")).statusCode()).isEqualTo(404);

        String page = "/app/proposals/history.xhtml?id=" + draft.id();
        checkPage("member", page, "en", List.of("Camille Martin", "Requested amount", "Tsinghua University",
                "Submitted", "Partner added: University of Nairobi", "Attachment added: description.pdf"));
        checkPage("officer", page, "fr", List.of("Camille Martin", "Montant demandé", "Soumise",
                "Pièce jointe — ajout : description.pdf"));
    }

    @Test
    void aProjectsHistoryTellsDueDatesAndReportsAndDraftsOnlyToThoseWhoReadThem() throws InterruptedException {
        ProjectsApi.Decided decided = ProjectsApi.decided();
        String officer = demoToken("officer");
        String member = demoToken("member");
        // the second proposal's project (partners in France, South Africa, Kenya), on a milestone of this test's own,
        // due last, so that the other tests' milestones stay as they expect them
        long projectId = ProjectsApi.projectOf(decided.call().second(), officer);
        String project = ProjectsApi.BASE + "/" + projectId;
        String title = ProposalsApi.unique("History check ");
        LocalDate due = LocalDate.parse(Json.text(Http.getWithToken(project, officer).body(), "endDate"));
        require(Http.send("POST", project + "/milestones", officer, """
                {"title": "%s", "kind": "EVENT", "dueDate": "%s"}""".formatted(title, due), "If-Match",
                Http.etag(project, officer)), 201);
        JsonObject milestone = Json.objects(Http.getWithToken(project, officer).body(), "milestones").stream()
                .filter(m -> title.equals(m.getString("title"))).findFirst().orElseThrow();
        String path = project + "/milestones/" + milestone.getJsonNumber("id").longValueExact();
        LocalDate moved = due.plusDays(30);
        require(Http.send("PUT", path + "/due-date", officer, """
                {"dueDate": "%s", "reason": "The field season starts late"}""".formatted(moved), "If-Match",
                Http.etag(project, officer)), 200);
        require(Http.send("PUT", path + "/reports/draft", member, "{\"narrative\": \"<p>First findings.</p>\"}",
                "If-Match", Http.etag(project, member)), 200);
        require(Http.send("POST", path + "/submission", member, null, "If-Match", Http.etag(project, member)), 200);
        require(Http.send("POST", path + "/return", officer, "{\"comments\": \"Add the data sets.\"}", "If-Match",
                Http.etag(project, officer)), 200);

        List<JsonObject> history = Json.objects(require(Http.getWithToken(project + "/history", member), 200).body(), "");
        JsonObject returned = history.get(0);
        assertThat(returned.getString("name")).isEqualTo("Wei Li");
        assertThat(line(returned, "report.status")).containsEntry("before", "SUBMITTED")
                .containsEntry("after", "RETURNED").containsEntry("subject", title);
        assertThat(line(returned, "report.comments")).containsEntry("after", "Add the data sets.");
        assertThat(line(history.get(1), "report.status")).containsEntry("after", "SUBMITTED");
        assertThat(history.get(1).getString("name")).isEqualTo("Camille Martin");
        assertThat(line(history.get(2), "report.narrative")).containsEntry("after", "First findings.");
        Map<String, Object> move = line(history.get(3), "milestone.dueDate");
        assertThat(move).containsEntry("before", due.toString()).containsEntry("after", moved.toString())
                .containsEntry("note", "The field season starts late");

        // South Africa's national contact reads the project, not its drafts: the submission, never the saved narrative
        List<JsonObject> contacts = Json.objects(require(Http.getWithToken(project + "/history",
                demoToken("contact")), 200).body(), "");
        assertThat(contacts).anySatisfy(change -> assertThat(line(change, "report.status"))
                .containsEntry("after", "SUBMITTED"));
        assertThat(contacts.toString()).doesNotContain("First findings").doesNotContain("\"report\"");
        assertThat(Http.getWithToken(project + "/history", demoToken("member3")).statusCode()).isEqualTo(404);

        String page = "/app/projects/history.xhtml?id=" + projectId;
        checkPage("member", page, "en", List.of("Wei Li", "Due date moved", "The field season starts late",
                "Returned for revision", "Add the data sets.", "Narrative: changed"));
        checkPage("member", page, "fr", List.of("Wei Li", "Échéance déplacée", "Renvoyé pour révision",
                "Commentaires du chargé de programme"));
    }

    /** The history page of {@code path} as {@code username} reads it in {@code language}: words, axe, 390 px. */
    private void checkPage(String username, String path, String language, List<String> words) {
        try (Browser browser = new Browser(language)) {
            browser.logInToDashboard(username);
            browser.open(path);
            String text = browser.waitFor(By.id("history-form:history")).getText();
            assertThat(text).as(language).contains(words);
            assertThat(text).as("narratives are text, never markup").doesNotContain("<p>");
            assertThat(Axe.violations(browser)).as(language + " " + path).isEmpty();
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            long sideways = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
            assertThat(sideways).as(language + " " + path + " at 390 px").isZero();
            browser.screenshot("history-" + path.replaceAll("\\W+", "-") + language);
        }
    }

    /** The line of {@code field} in a revision, as a map of its members (values as text). */
    private static Map<String, Object> line(JsonObject change, String field) {
        return change.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> field.equals(f.getString("field", null))).findFirst()
                .<Map<String, Object>>map(f -> {
                    Map<String, Object> values = new java.util.HashMap<>();
                    f.forEach((name, value) -> values.put(name, value.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                            ? f.getString(name) : value.toString()));
                    return values;
                })
                .orElseThrow(() -> new AssertionError("no " + field + " in " + change));
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status) {
        return ProjectsApi.require(response, status, "answer " + status);
    }
}
