package org.scicoop.secretariat.it.project;

import jakarta.json.JsonObject;
import org.scicoop.secretariat.it.evaluation.EvaluationApi;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.AheadOfTheRun;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * What the projects' system tests share: a call decided through the API (EvaluationApi's closed call, screened,
 * reviewed, consensus set, decided without overrides), made once per test run. Its proposals are coordinated by
 * {@code member}; {@code first} has partners in France, China and Kenya (France's contact is {@code contact2}, South
 * Africa's {@code contact} has no partner in it).
 */
public final class ProjectsApi {

    public static final String BASE = "/api/v1/projects";

    /** The decided call and its first proposal's project (id, path). */
    public record Decided(EvaluationApi.ClosedCall call, long firstProject) {

        public String project() {
            return BASE + "/" + firstProject;
        }
    }

    private static Decided decided;

    /**
     * The classes that take the decided call: this package's, and two journeys by name (package-private in theirs).
     * A taker missing here makes the run slower (it takes a call made ahead for another class), never wrong.
     */
    private static final List<String> TAKERS = Stream.concat(Stream.of(ProjectsIT.class, RemindersIT.class,
                    ProjectAccessMatrixIT.class, MemberProjectsJourneyIT.class, CalendarFeedIT.class, OpenDataIT.class,
                    OfficerProjectsJourneyIT.class, HistoryIT.class).map(Class::getName),
            Stream.of("org.scicoop.secretariat.it.journey.EveryPageJourneyIT",
                    "org.scicoop.secretariat.it.journey.MemberReportJourneyIT")).toList();

    /** Opens the call to decide at the start of the run if one of its takers runs ({@link AheadOfTheRun}). */
    public static final class Ahead implements AheadOfTheRun.Maker {

        @Override
        public void makeAhead(Set<String> run) {
            if (AheadOfTheRun.inTheRun(run, TAKERS) > 0) {
                EvaluationApi.openAhead(1);
            }
        }
    }

    private ProjectsApi() {
    }

    /** The call decided for the projects' tests (once per run: it takes a deadline and a whole evaluation). */
    public static synchronized Decided decided() throws InterruptedException {
        if (decided == null) {
            decided = decide();
        }
        return decided;
    }

    private static Decided decide() throws InterruptedException {
        EvaluationApi.demoExperts();
        EvaluationApi.ClosedCall call = EvaluationApi.closedCall();
        EvaluationApi.screenAndStart(call, """
                {"criteria": [{"code": "EXCELLENCE", "threshold": 3.0}, {"code": "IMPACT", "threshold": 3.0},
                              {"code": "IMPLEMENTATION", "threshold": 2.5}],
                 "totalThreshold": 10.0, "reviewersPerProposal": 1, "maxLoad": 20,
                 "otherCountryThanCoordinator": false}""");
        EvaluationApi.suggest(call);
        Map<Long, double[]> marks = Map.of(call.first().id(), new double[]{4.5, 4, 4},
                call.second().id(), new double[]{4, 4, 3.5}, call.third().id(), new double[]{3.5, 3.5, 3.5});
        for (String reviewer : List.of("reviewer", "reviewer2", "reviewer3", "reviewer4")) {
            EvaluationApi.submitAll(reviewer, call, marks);
        }
        String officer = demoToken("officer");
        require(Http.send("POST", call.evaluation() + "/consensus-start", officer, null, "If-Match",
                Http.etag(call.evaluation(), officer)), 200, "start the consensus");
        EvaluationApi.setConsensus(call, call.first(), "[4.5, 4.0, 4.0]");
        EvaluationApi.setConsensus(call, call.second(), "[4.0, 4.0, 3.5]");
        EvaluationApi.setConsensus(call, call.third(), "[3.5, 3.5, 3.5]");
        HttpResponse<String> decision = require(Http.send("POST", call.evaluation() + "/decision", officer,
                "{\"overrides\": [], \"extraBudgets\": []}", "If-Match", Http.etag(call.path(), officer)), 200,
                "decide");
        assertThat(Json.text(decision.body(), "lines[0].outcome")).isEqualTo("FUNDED");
        assertThat(Json.number(decision.body(), "lines[0].proposalId")).isEqualTo(call.first().id());
        return new Decided(call, projectOf(call.first(), officer));
    }

    /** The project made of {@code proposal}, found in the officer's list of the call's projects. */
    public static long projectOf(ProposalsApi.Made proposal, String officer) {
        String list = require(Http.getWithToken(BASE + "?call=" + proposal.callCode() + "&size=50", officer), 200,
                "list the call's projects").body();
        return Json.objects(list, "").stream().filter(p -> p.getString("acronym").equals(proposal.acronym()))
                .map(p -> p.getJsonNumber("id").longValueExact()).findFirst()
                .orElseThrow(() -> new AssertionError("no project for " + proposal.acronym() + " in " + list));
    }

    /** The project's milestone at {@code index}. */
    public static JsonObject milestone(String project, int index) {
        return Json.objects(project, "milestones").get(index);
    }

    /** The officer adds a milestone due {@code days} after the project's start; answers its id. */
    public static long addMilestone(String project, String officer, String title, String kind, int days) {
        LocalDate due = LocalDate.parse(Json.text(Http.getWithToken(project, officer).body(), "startDate"))
                .plusDays(days);
        return Json.number(require(Http.send("POST", project + "/milestones", officer,
                Json.object(Map.of("title", title, "kind", kind, "dueDate", due.toString())).toString(),
                "If-Match", Http.etag(project, officer)), 201, "add a milestone").body(), "id");
    }

    static HttpResponse<String> require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError("could not " + what + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
