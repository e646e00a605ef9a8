package org.scicoop.secretariat.it.evaluation;

import jakarta.json.JsonObject;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.AheadOfTheRun;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.CAPE_TOWN;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.TSINGHUA;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * What the evaluation's system tests and journeys share: a call closed with submitted proposals (made through the
 * API, its deadline passed), screening, the evaluation started, "suggest", reviews declared and submitted, consensus.
 */
public final class EvaluationApi {

    /** A closed call and its proposals by member: {@code first} (FR, CN, KE), {@code second} (FR, ZA, KE), {@code third} (FR, CN, ZA, KE), {@code rejected} (FR, CN, KE). */
    public record ClosedCall(String code, ProposalsApi.Made first, ProposalsApi.Made second, ProposalsApi.Made third,
                             ProposalsApi.Made rejected) {

        public String path() {
            return "/api/v1/calls/" + code;
        }

        public String evaluation() {
            return path() + "/evaluation";
        }

        public List<ProposalsApi.Made> eligible() {
            return List.of(first, second, third);
        }
    }

    private EvaluationApi() {
    }

    /** The classes that take a closed call each ({@code ProjectsApi.decided()} takes one for the projects' classes). */
    private static final List<String> TAKERS = Stream.of(EvaluationIT.class, OfficerEvaluationJourneyIT.class,
            NationalSignOffJourneyIT.class, ReviewerJourneyIT.class).map(Class::getName).toList();

    /** The calls made ahead of the run's takers, each with its deadline; the oldest is the next to close. */
    private static final Deque<Opened> AHEAD = new ArrayDeque<>();

    private record Opened(ClosedCall call, Instant deadline) {
    }

    /** Opens the closed calls of the run's evaluation classes at the start of the run ({@link AheadOfTheRun}). */
    public static final class Ahead implements AheadOfTheRun.Maker {

        @Override
        public void makeAhead(Set<String> run) {
            openAhead(AheadOfTheRun.inTheRun(run, TAKERS));
        }
    }

    /** Opens {@code calls} calls for takers to come, one after another: their deadlines pass while other classes run. */
    public static void openAhead(int calls) {
        for (int i = 0; i < calls; i++) {
            Opened opened = opened();
            synchronized (AHEAD) {
                AHEAD.add(opened);
            }
        }
    }

    /**
     * A call with four submitted proposals whose deadline has passed and which the timer closed. Each caller gets
     * its own call: one opened ahead of the run's takers, else one opened now (a class run alone waits for its
     * deadline).
     */
    public static ClosedCall closedCall() throws InterruptedException {
        AheadOfTheRun.make();
        Opened next;
        synchronized (AHEAD) {
            next = AHEAD.poll();
        }
        if (next == null) {
            next = opened();
        }
        while (!"CLOSED".equals(Json.text(Http.getWithToken(next.call().path(), demoToken("officer")).body(), "status"))) {
            // at its deadline, or when the deadline fell in another class's database outage (DatabaseRestartIT: the
            // timer cannot run then) at the timer store's next refresh, every 60 s (configure.cli)
            assertThat(Instant.now()).as("the call closes at its deadline").isBefore(next.deadline().plusSeconds(150));
            Thread.sleep(500);
        }
        return next.call();
    }

    /** A call open for 60 s more (time enough for a loaded machine) with four proposals submitted to it. */
    private static Opened opened() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String code = ProposalsApi.openCall(deadline);
        ClosedCall call = new ClosedCall(code,
                ProposalsApi.submitted("member", ProposalsApi.completeDraft("member", code, SORBONNE, List.of(TSINGHUA, NAIROBI))),
                ProposalsApi.submitted("member", ProposalsApi.completeDraft("member", code, SORBONNE, List.of(CAPE_TOWN, NAIROBI))),
                ProposalsApi.submitted("member", ProposalsApi.completeDraft("member", code, SORBONNE,
                        List.of(TSINGHUA, CAPE_TOWN, NAIROBI))),
                ProposalsApi.submitted("member", ProposalsApi.completeDraft("member", code, SORBONNE, List.of(TSINGHUA, NAIROBI))));
        return new Opened(call, deadline);
    }

    /**
     * The four demo reviewers of the realm in the reviewer pool, as the demo data's {@code R__demo_4_evaluation.sql}
     * adds them (same rows, each only once), for runs where that script is not there yet.
     */
    public static void demoExperts() {
        Database.update("""
                insert into expert (username, display_name, email, organisation_id, country_code, added_by, added_at)
                    select v.username, v.display_name, v.username || '@secretariat.example', o.id, v.country, 'admin',
                           current_timestamp
                    from (
                        select 'reviewer' as username, 'Anna Schmidt' as display_name, 'DE' as country, 'Technische Universität München' as organisation union all
                        select 'reviewer2', 'Priya Sharma', 'IN', 'Indian Institute of Science' union all
                        select 'reviewer3', 'Sipho Dlamini', 'ZA', 'University of Cape Town' union all
                        select 'reviewer4', 'Lucie Bernard', 'FR', 'Centre national de la recherche scientifique') v
                    left join organisation o on o.name = v.organisation
                    where not exists (select 1 from expert x where x.username = v.username)""");
    }

    /**
     * Takes out of the pool the experts the invitation tests added (their addresses end in {@code @experts.example};
     * their accounts cannot sign in), so that "suggest" in the tests after them seats only the demo reviewers, who
     * can.
     */
    public static void forgetInvitedExperts() {
        Database.update("delete from expert_theme where expert_id in (select id from expert where email like ?)",
                "%@experts.example");
        Database.update("delete from expert where email like ?", "%@experts.example");
    }

    /** The officer screens a proposal ({@code {"eligible": true}} or not with reasons). */
    public static void screen(ProposalsApi.Made made, String screening) {
        String officer = demoToken("officer");
        require(Http.send("POST", made.path() + "/screening", officer, screening, "If-Match",
                Http.etag(made.path(), officer)), 200, "screen " + made.acronym());
    }

    /** Screens the first three eligible, the fourth not, and starts the evaluation with {@code settings} (JSON). */
    public static HttpResponse<String> screenAndStart(ClosedCall call, String settings) {
        call.eligible().forEach(made -> screen(made, "{\"eligible\": true}"));
        screen(call.rejected(), "{\"eligible\": false, \"reasons\": \"No letter of commitment.\"}");
        String officer = demoToken("officer");
        return require(Http.send("POST", call.evaluation(), officer, settings, "If-Match",
                Http.etag(call.path(), officer)), 200, "start the evaluation of " + call.code());
    }

    /** "Suggest" on the board; answers the board. */
    public static String suggest(ClosedCall call) {
        return require(Http.send("POST", call.evaluation() + "/board/suggestions", demoToken("officer"), null), 200,
                "suggest reviewers").body();
    }

    /** The board's row of a proposal. */
    public static JsonObject row(String board, long proposalId) {
        return Json.objects(board, "rows").stream()
                .filter(row -> row.getJsonNumber("proposalId").longValueExact() == proposalId)
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + proposalId + " in " + board));
    }

    /** Who reviews {@code made}, as the board shows it. */
    public static List<String> reviewers(ClosedCall call, ProposalsApi.Made made) {
        return row(Http.getWithToken(call.evaluation() + "/board", demoToken("officer")).body(), made.id())
                .getJsonArray("seats").getValuesAs(JsonObject.class).stream().map(s -> s.getString("reviewer")).toList();
    }

    /** {@code username}'s review of {@code made}. */
    public static JsonObject review(String username, ClosedCall call, ProposalsApi.Made made) {
        return Json.objects(Http.getWithToken("/api/v1/reviews?call=" + call.code() + "&size=50", demoToken(username))
                        .body(), "")
                .stream().filter(r -> r.getJsonNumber("proposalId").longValueExact() == made.id())
                .findFirst().orElseThrow(() -> new AssertionError(username + " does not review " + made.acronym()));
    }

    /** A scores body: one entry per criterion, each with a comment. */
    public static String scores(double... marks) {
        List<String> entries = new ArrayList<>();
        for (double score : marks) {
            entries.add("{\"score\": " + score + ", \"comment\": \"Scored " + score + " after reading it twice.\"}");
        }
        return "{\"entries\": [" + String.join(", ", entries) + "]}";
    }

    /** {@code username} declares no conflict (if not declared yet) and submits {@code marks} on every review of theirs in the call but conflicts. */
    public static void submitAll(String username, ClosedCall call, Map<Long, double[]> marks) {
        String token = demoToken(username);
        for (JsonObject review : Json.objects(Http.getWithToken("/api/v1/reviews?call=" + call.code() + "&size=50",
                token).body(), "")) {
            if (review.getString("declaration").equals("CONFLICT")) {
                continue;
            }
            String path = "/api/v1/reviews/" + review.getJsonNumber("assignmentId").longValueExact();
            String etag = Http.etag(path, token);
            if (review.getString("declaration").equals("PENDING")) {
                etag = require(Http.send("POST", path + "/declaration", token, "{\"conflict\": false}", "If-Match", etag),
                        200, "declare no conflict").headers().firstValue("ETag").orElseThrow();
            }
            double[] mark = marks.get(review.getJsonNumber("proposalId").longValueExact());
            require(Http.send("POST", path + "/submission", token, scores(mark), "If-Match", etag), 200,
                    "submit a review of " + username);
        }
    }

    /** The officer sets a proposal's consensus ({@code scores} a JSON array). */
    public static void setConsensus(ClosedCall call, ProposalsApi.Made made, String scores) {
        String officer = demoToken("officer");
        String path = call.evaluation() + "/proposals/" + made.id() + "/consensus";
        require(Http.send("PUT", path, officer, """
                {"scores": %s, "report": "The panel agreed on the strengths of %s."}""".formatted(scores,
                made.acronym()), "If-Match", Http.etag(path, officer)), 200, "set the consensus of " + made.acronym());
    }

    static HttpResponse<String> require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError("could not " + what + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
