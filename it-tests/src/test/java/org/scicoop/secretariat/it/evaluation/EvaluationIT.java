package org.scicoop.secretariat.it.evaluation;

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
import org.scicoop.secretariat.it.support.Mailbox;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * The evaluation of a call from its close to its funding decision, through the API as each role uses it: the
 * officer screens and starts the evaluation, "suggest" fills the board from the pool, reviewers declare (one a
 * conflict, which the assigning officer hears of), score and submit; the national contact signs off a partner as
 * not eligible and tops up; the officer sets the consensus, ranks, runs a what-if and decides; coordinators receive
 * the result. One call for the whole class (its deadline has to pass once).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationIT extends DeployedApplication {

    /** Two reviewers per proposal; the third criterion's threshold 2.5. */
    private static final String SETTINGS = """
            {"criteria": [{"code": "EXCELLENCE", "threshold": 3.0}, {"code": "IMPACT", "threshold": 3.0},
                          {"code": "IMPLEMENTATION", "threshold": 2.5}],
             "totalThreshold": 10.0, "reviewersPerProposal": 2, "maxLoad": 10,
             "otherCountryThanCoordinator": true}""";

    private static EvaluationApi.ClosedCall closed;
    private static String call;
    private static ProposalsApi.Made first;
    private static ProposalsApi.Made second;
    private static ProposalsApi.Made third;
    private static ProposalsApi.Made rejected;
    /** Who reviews the first proposal (as "suggest" chose) and whose declaration test 3 plays. */
    private static String firstReviewer;
    private static String otherFirstReviewer;

    @BeforeAll
    static void aClosedCallWithSubmittedProposals() throws InterruptedException {
        closed = EvaluationApi.closedCall();
        call = closed.code();
        first = closed.first();
        second = closed.second();
        third = closed.third();
        rejected = closed.rejected();
    }

    @Test
    @Order(1)
    void theEvaluationStartsOnlyOnceEveryProposalIsScreened() {
        String officer = demoToken("officer");
        HttpResponse<String> early = Http.send("POST", evaluation(), officer, SETTINGS, "If-Match",
                Http.etag(callPath(), officer), "Accept-Language", "en");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(Json.text(early.body(), "code")).isEqualTo("rule.call.unscreenedProposals");
        assertThat(Json.text(early.body(), "detail")).startsWith("4 submitted proposals have not been screened");

        assertThat(Http.send("GET", evaluation(), demoToken("member"), null).statusCode())
                .as("members do not see evaluations").isEqualTo(403);
        HttpResponse<String> started = EvaluationApi.screenAndStart(closed, SETTINGS);
        assertThat(Json.text(started.body(), "callStatus")).isEqualTo("IN_EVALUATION");
        assertThat(Json.number(started.body(), "progress.proposals")).isEqualTo(3);
        assertThat(Json.number(started.body(), "progress.wanted")).isEqualTo(6);
        assertThat(Json.text(Http.getWithToken(first.path(), officer).body(), "status")).isEqualTo("IN_EVALUATION");
        assertThat(Json.text(Http.getWithToken(rejected.path(), officer).body(), "status")).isEqualTo("INELIGIBLE");
    }

    @Test
    @Order(2)
    void suggestFillsTheBoardAvoidingPartnersAndTheCoordinatorsCountry() {
        String board = EvaluationApi.suggest(closed);
        for (JsonObject row : Json.objects(board, "rows")) {
            List<String> reviewers = row.getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                    .map(seat -> seat.getString("reviewer")).toList();
            assertThat(reviewers).as("two reviewers for " + row.getString("acronym")).hasSize(2);
            assertThat(row.getInt("missing")).isZero();
            if (row.getJsonNumber("proposalId").longValueExact() != first.id()) {
                assertThat(reviewers).as("reviewer3 works at a partner (University of Cape Town)")
                        .doesNotContain("reviewer3");
            }
            assertThat(reviewers).as("the coordinator is French; a French reviewer only when nobody else is free")
                    .doesNotContain("reviewer4");
        }
        // by hand: the French reviewer on the first proposal, flagged as the coordinator's country
        HttpResponse<String> assigned = Http.send("POST", evaluation() + "/board/assignments", demoToken("officer"),
                "{\"proposalId\": " + first.id() + ", \"reviewer\": \"reviewer4\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        JsonObject firstRow = EvaluationApi.row(assigned.body(), first.id());
        assertThat(firstRow.getJsonArray("seats").getValuesAs(JsonObject.class))
                .anyMatch(seat -> seat.getString("reviewer").equals("reviewer4") && seat.getBoolean("sameCountry"));
        HttpResponse<String> partner = Http.send("POST", evaluation() + "/board/assignments", demoToken("officer"),
                "{\"proposalId\": " + second.id() + ", \"reviewer\": \"reviewer3\"}");
        assertThat(partner.statusCode()).isEqualTo(422);
        assertThat(Json.text(partner.body(), "code")).isEqualTo("rule.evaluation.partnerOrganisation");
        long added = firstRow.getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                .filter(seat -> seat.getString("reviewer").equals("reviewer4"))
                .findFirst().orElseThrow().getJsonNumber("assignmentId").longValueExact();
        assertThat(Http.send("DELETE", evaluation() + "/board/assignments/" + added, demoToken("officer"), null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void aReviewerReadsTheProposalOnlyAfterDeclaringAndSeesOnlyTheirOwnReviews() {
        List<String> seats = EvaluationApi.reviewers(closed, first);
        firstReviewer = seats.get(0);
        otherFirstReviewer = seats.get(1);
        String reviewer = demoToken(firstReviewer);
        JsonObject review = EvaluationApi.review(firstReviewer, closed, first);
        long id = review.getJsonNumber("assignmentId").longValueExact();
        assertThat(review.getString("declaration")).isEqualTo("PENDING");
        assertThat(Http.getWithToken(first.path(), reviewer).statusCode()).as("before declaring").isEqualTo(404);

        HttpResponse<String> declared = Http.send("POST", "/api/v1/reviews/" + id + "/declaration", reviewer,
                "{\"conflict\": false}", "If-Match", Http.etag("/api/v1/reviews/" + id, reviewer));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        assertThat(Http.getWithToken(first.path(), reviewer).statusCode()).as("after declaring").isEqualTo(200);
        assertThat(Http.getWithToken(rejected.path(), reviewer).statusCode()).as("not assigned").isEqualTo(404);

        long someoneElses = EvaluationApi.review(otherFirstReviewer, closed, first).getJsonNumber("assignmentId").longValueExact();
        assertThat(Http.getWithToken("/api/v1/reviews/" + someoneElses, reviewer).statusCode()).isEqualTo(404);
        assertThat(Http.send("PUT", "/api/v1/reviews/" + someoneElses + "/scores", reviewer, EvaluationApi.scores(4, 4, 4),
                "If-Match", "\"0\"").statusCode()).isEqualTo(404);

        HttpResponse<String> incomplete = Http.send("POST", "/api/v1/reviews/" + id + "/submission", reviewer, """
                {"entries": [{"score": 4.5, "comment": "Strong."}, {"score": 4.0, "comment": null},
                             {"score": null, "comment": "Fine."}]}""",
                "If-Match", declared.headers().firstValue("ETag").orElseThrow(), "Accept-Language", "en");
        assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(422);
        assertThat(Json.text(incomplete.body(), "detail")).isEqualTo("Give a score and a comment for Impact.");
        HttpResponse<String> wrongScore = Http.send("PUT", "/api/v1/reviews/" + id + "/scores", reviewer,
                EvaluationApi.scores(4.3, 4, 4), "If-Match", declared.headers().firstValue("ETag").orElseThrow());
        assertThat(wrongScore.statusCode()).as("half points only").isEqualTo(422);
    }

    @Test
    @Order(4)
    void aDeclaredConflictGoesBackToTheOfficerWhoIsTold() {
        JsonObject seat = EvaluationApi.row(Http.getWithToken(evaluation() + "/board", demoToken("officer")).body(), second.id())
                .getJsonArray("seats").getJsonObject(0);
        String conflicted = seat.getString("reviewer");
        String token = demoToken(conflicted);
        long id = EvaluationApi.review(conflicted, closed, second).getJsonNumber("assignmentId").longValueExact();
        HttpResponse<String> declared = Http.send("POST", "/api/v1/reviews/" + id + "/declaration", token,
                "{\"conflict\": true, \"reason\": \"I co-authored two papers with the coordinator last year.\"}",
                "If-Match", Http.etag("/api/v1/reviews/" + id, token));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        assertThat(Http.getWithToken(second.path(), token).statusCode()).isEqualTo(404);

        MimeMessage told = Mailbox.await("officer@secretariat.example", second.acronym());
        assertThat(Mailbox.text(told)).contains(seat.getString("reviewerName"), "co-authored",
                "/app/evaluation/board.xhtml?call=" + call);
        JsonObject row = EvaluationApi.row(Http.getWithToken(evaluation() + "/board", demoToken("officer")).body(), second.id());
        assertThat(row.getInt("missing")).isEqualTo(1);
        assertThat(row.getJsonArray("seats").getValuesAs(JsonObject.class))
                .anyMatch(s -> s.getString("reviewer").equals(conflicted)
                        && s.getString("declaration").equals("CONFLICT"));
        // "suggest" fills the place again, never with the reviewer who declared the conflict
        HttpResponse<String> refilled = Http.send("POST", evaluation() + "/board/suggestions", demoToken("officer"), null);
        JsonObject again = EvaluationApi.row(refilled.body(), second.id());
        assertThat(again.getInt("missing")).isZero();
        assertThat(again.getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("reviewer").equals(conflicted))).hasSize(1);
    }

    @Test
    @Order(5)
    void reviewersScoreAndSubmitAndTheNationalContactSignsOff() {
        Map<Long, double[]> marks = Map.of(first.id(), new double[]{4.5, 4, 4}, second.id(), new double[]{4, 4, 3.5},
                third.id(), new double[]{3.5, 3.5, 3.5});
        for (String username : List.of("reviewer", "reviewer2", "reviewer3", "reviewer4")) {
            EvaluationApi.submitAll(username, closed, marks);
        }
        HttpResponse<String> progress = Http.getWithToken(evaluation(), demoToken("officer"));
        assertThat(Json.number(progress.body(), "progress.submitted")).isEqualTo(6);
        assertThat(Json.number(progress.body(), "progress.conflicts")).isEqualTo(1);

        // the South African contact: only South African partners; the third proposal's is not eligible
        String contact = demoToken("contact");
        HttpResponse<String> signOff = Http.getWithToken(callPath() + "/national-sign-off", contact);
        assertThat(signOff.statusCode()).as(signOff.body()).isEqualTo(200);
        List<JsonObject> lines = Json.objects(signOff.body(), "lines");
        assertThat(lines).extracting(line -> line.getJsonNumber("proposalId").longValueExact())
                .containsExactlyInAnyOrder(second.id(), third.id());
        long capeTown = lines.stream().filter(line -> line.getJsonNumber("proposalId").longValueExact() == third.id())
                .findFirst().orElseThrow().getJsonNumber("partnerId").longValueExact();
        HttpResponse<String> noReason = Http.send("PUT", callPath() + "/national-sign-off/partners/" + capeTown,
                contact, "{\"eligible\": false}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(Http.send("PUT", callPath() + "/national-sign-off/partners/" + capeTown, contact,
                "{\"eligible\": false, \"reason\": \"The investigator's contract ends before the project.\"}")
                .statusCode()).isEqualTo(200);
        long notOurs = first.partnerIds().get(1);
        assertThat(Http.send("PUT", callPath() + "/national-sign-off/partners/" + notOurs, contact,
                "{\"eligible\": true}").statusCode()).as("a Chinese partner").isEqualTo(404);
        // the top-up's rule: an amount above zero and a reason, each refusal naming its field; nothing recorded
        HttpResponse<String> nothing = Http.send("POST", callPath() + "/national-sign-off/top-ups", contact,
                "{\"agencyId\": " + agencyId(signOff.body()) + ", \"amount\": 0, \"reason\": \"Nothing.\"}");
        assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(422);
        assertThat(Json.text(nothing.body(), "errors[0].field")).isEqualTo("/amount");
        HttpResponse<String> negative = Http.send("POST", callPath() + "/national-sign-off/top-ups", contact,
                "{\"agencyId\": " + agencyId(signOff.body()) + ", \"amount\": -5, \"reason\": \"Less.\"}");
        assertThat(Json.text(negative.body(), "errors[0].field")).as(negative.body()).isEqualTo("/amount");
        for (String missing : List.of("", ", \"reason\": \"  \"")) {
            HttpResponse<String> unexplained = Http.send("POST", callPath() + "/national-sign-off/top-ups", contact,
                    "{\"agencyId\": " + agencyId(signOff.body()) + ", \"amount\": 1000" + missing + "}");
            assertThat(unexplained.statusCode()).as(unexplained.body()).isEqualTo(422);
            assertThat(Json.text(unexplained.body(), "errors[0].field")).isEqualTo("/reason");
            assertThat(Json.text(unexplained.body(), "errors[0].message")).isNotBlank();
        }
        assertThat(Json.list(Http.getWithToken(callPath() + "/national-sign-off", contact).body(),
                "budgets[0].topUps")).isEmpty();
        HttpResponse<String> toppedUp = Http.send("POST", callPath() + "/national-sign-off/top-ups", contact,
                "{\"agencyId\": " + agencyId(signOff.body()) + ", \"amount\": 500000, \"reason\": \"Ministry grant.\"}");
        assertThat(toppedUp.statusCode()).as(toppedUp.body()).isEqualTo(200);
        assertThat(Json.decimal(toppedUp.body(), "budgets[0].topUps[0].amount")).isEqualByComparingTo("500000");
        assertThat(Http.getWithToken(callPath() + "/national-sign-off", demoToken("officer")).statusCode())
                .isEqualTo(403);
    }

    @Test
    @Order(6)
    void theOfficerSetsTheConsensusRanksRunsAWhatIfAndDecides() {
        String officer = demoToken("officer");
        HttpResponse<String> consensusStarted = Http.send("POST", evaluation() + "/consensus-start", officer, null,
                "If-Match", Http.etag(evaluation(), officer));
        assertThat(consensusStarted.statusCode()).as(consensusStarted.body()).isEqualTo(200);
        JsonObject submitted = EvaluationApi.review(firstReviewer, closed, first);
        assertThat(Http.send("POST", "/api/v1/reviews/" + submitted.getJsonNumber("assignmentId") + "/reopening",
                demoToken(firstReviewer), null, "If-Match", "\"" + submitted.getJsonNumber("version") + "\"")
                .statusCode()).as("no reopening during the consensus").isEqualTo(422);

        HttpResponse<String> page = Http.getWithToken(consensusPath(first), officer);
        assertThat(Json.list(page.body(), "reviews")).hasSize(2);
        assertThat(Json.text(page.body(), "reviews[0].comments[0]")).isNotBlank();
        EvaluationApi.setConsensus(closed, first, "[4.5, 4.0, 4.0]");
        EvaluationApi.setConsensus(closed, second, "[4.0, 4.0, 3.5]");
        EvaluationApi.setConsensus(closed, third, "[4.0, 3.5, 3.5]");

        HttpResponse<String> ranking = Http.getWithToken(evaluation() + "/ranking", officer);
        assertThat(ranking.statusCode()).as(ranking.body()).isEqualTo(200);
        assertThat(Json.objects(ranking.body(), "lines")).extracting(line -> line.getJsonNumber("proposalId")
                .longValueExact()).containsExactly(first.id(), second.id(), third.id());
        assertThat(Json.bool(ranking.body(), "lines[2].nationallyEligible")).isFalse();

        HttpResponse<String> allocation = Http.getWithToken(evaluation() + "/allocation", officer);
        assertThat(Json.text(allocation.body(), "lines[0].outcome")).isEqualTo("FUNDED");
        assertThat(Json.text(allocation.body(), "lines[2].outcome")).isEqualTo("NOT_FUNDED");
        assertThat(Json.text(allocation.body(), "lines[2].reason")).isEqualTo("NATIONALLY_INELIGIBLE");

        HttpResponse<String> whatIf = Http.send("POST", evaluation() + "/allocation/what-if", officer,
                "{\"overrides\": [], \"extraBudgets\": [], \"threshold\": 12.0}");
        assertThat(whatIf.statusCode()).as(whatIf.body()).isEqualTo(200);
        assertThat(Json.text(whatIf.body(), "whatIf.lines[1].outcome")).as("11.5 is below 12").isEqualTo("NOT_FUNDED");
        assertThat(Json.text(whatIf.body(), "current.lines[1].outcome")).isEqualTo("FUNDED");
        assertThat(Json.list(whatIf.body(), "changed")).hasSize(1);
        assertThat(Json.text(Http.getWithToken(evaluation() + "/allocation", officer).body(), "lines[1].outcome"))
                .as("nothing saved").isEqualTo("FUNDED");

        HttpResponse<String> decided = Http.send("POST", evaluation() + "/decision", officer, """
                {"overrides": [{"proposalId": %d, "kind": "FUND",
                                "reason": "The partner's employer confirmed an extension of the contract."}],
                 "extraBudgets": []}""".formatted(third.id()), "If-Match", Http.etag(callPath(), officer));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(Json.bool(decided.body(), "decided")).isTrue();
        assertThat(Json.text(decided.body(), "lines[2].reason")).isEqualTo("OVERRIDDEN_FUND");
        assertThat(Json.text(Http.getWithToken(callPath(), officer).body(), "status")).isEqualTo("DECIDED");
        assertThat(Json.text(Http.getWithToken(third.path(), demoToken("member")).body(), "status")).isEqualTo("FUNDED");
        assertThat(Json.list(decided.body(), "lines[0].grants")).hasSize(3);

        MimeMessage letter = Mailbox.await(first.coordinatorEmail(), "Funding decision");
        assertThat(Mailbox.text(letter)).contains("decided to fund", first.acronym());

        HttpResponse<String> national = Http.getWithToken(callPath() + "/national-sign-off/allocation",
                demoToken("contact"));
        assertThat(national.statusCode()).as(national.body()).isEqualTo(200);
        assertThat(Json.objects(national.body(), "lines")).extracting(line -> line.getJsonNumber("proposalId")
                .longValueExact()).containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(Json.objects(national.body(), "uses")).allMatch(use -> !use.containsKey("country")
                || use.isNull("country") || use.getString("country").equals("ZA"));
    }

    // ---------------------------------------------------------------- helpers

    private static String callPath() {
        return "/api/v1/calls/" + call;
    }

    private static String evaluation() {
        return callPath() + "/evaluation";
    }

    private static String consensusPath(ProposalsApi.Made made) {
        return evaluation() + "/proposals/" + made.id() + "/consensus";
    }

    private static long agencyId(String signOff) {
        return Json.number(signOff, "budgets[0].agencyId");
    }

}
