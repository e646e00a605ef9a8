package org.scicoop.secretariat.it.evaluation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakTokens;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches what of an evaluation (issue 13, item 10), as a matrix: every evaluation endpoint × every role, on the
 * demo data's call in evaluation and decided call. Officers and administrators read the evaluation (only officers
 * change it: the changes' rows are refused by role before anything is read); reviewers reach only their own reviews;
 * national contacts only their country's sign-off and allocation lines; members nothing. Refused cells answer 401,
 * 403 or 404; the allowed cells answer 200.
 */
class EvaluationAccessMatrixIT extends DeployedApplication {

    /** Who calls: the demo users; contact is South Africa's national contact, contact2 France's. */
    enum Role {
        ANONYMOUS(null), OFFICER("officer"), ADMIN("admin"), REVIEWER("reviewer"), REVIEWER4("reviewer4"),
        CONTACT("contact"), CONTACT2("contact2"), MEMBER("member"), MEMBER3("member3");

        final String username;

        Role(String username) {
            this.username = username;
        }

        String token() {
            return username == null ? null : KeycloakTokens.demoToken(username);
        }
    }

    /**
     * One endpoint and which roles get 200 (everyone else a refusal); {@code change}: a change whose allowed cell
     * (the officer's) is not asked here, as it would change the demo data — EvaluationIT plays it.
     */
    record Endpoint(String name, Function<String, HttpResponse<String>> call, List<Role> allowed, boolean change) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Cell(Endpoint endpoint, Role role) {
        @Override
        public String toString() {
            return endpoint.name() + " as " + role;
        }
    }

    private static final List<Role> READERS = List.of(Role.OFFICER, Role.ADMIN);
    private static final List<Role> NATIONAL = List.of(Role.CONTACT, Role.CONTACT2);
    private static List<Endpoint> endpoints;

    @BeforeAll
    static void endpoints() {
        String evaluating = "/api/v1/calls/" + DemoEvaluation.IN_EVALUATION;
        String decided = "/api/v1/calls/" + DemoEvaluation.DECIDED;
        String officer = Role.OFFICER.token();
        long proposal = Json.number(Http.getWithToken(evaluating + "/evaluation/board", officer).body(),
                "rows[0].proposalId");
        long review = Json.number(Http.getWithToken("/api/v1/reviews?call=" + DemoEvaluation.IN_EVALUATION,
                Role.REVIEWER.token()).body(), "[0].assignmentId");
        endpoints = new ArrayList<>(List.of(
                get("GET evaluation", evaluating + "/evaluation", READERS),
                get("GET board", evaluating + "/evaluation/board", READERS),
                get("GET consensus", evaluating + "/evaluation/proposals/" + proposal + "/consensus", READERS),
                get("GET ranking", decided + "/evaluation/ranking", READERS),
                get("GET allocation", decided + "/evaluation/allocation", READERS),
                new Endpoint("POST what-if", token -> Http.send("POST", evaluating + "/evaluation/allocation/what-if",
                        token, "{\"overrides\": [], \"extraBudgets\": []}"), List.of(Role.OFFICER), false),
                get("GET national sign-off", evaluating + "/national-sign-off", NATIONAL),
                get("GET national allocation", decided + "/national-sign-off/allocation", NATIONAL),
                get("GET reviews", "/api/v1/reviews", List.of(Role.REVIEWER, Role.REVIEWER4)),
                get("GET a review of reviewer", "/api/v1/reviews/" + review, List.of(Role.REVIEWER)),
                get("GET experts", "/api/v1/experts", READERS),
                get("GET my expertise", "/api/v1/experts/me", List.of(Role.REVIEWER, Role.REVIEWER4)),
                refusedChange("POST expert", "POST", "/api/v1/experts", """
                        {"username": "matrix-expert", "name": "Matrix Expert", "email": "m@experts.example",
                         "country": "ZZ", "expertise": []}"""),
                refusedChange("POST expert invitation", "POST", "/api/v1/experts/invitations", """
                        {"name": "Matrix Invitee", "email": "matrix-invitee@experts.example", "country": "ZZ",
                         "expertise": [], "language": "en"}"""),
                page("page experts.xhtml", "/app/evaluation/experts.xhtml", READERS),
                get("GET NRF's national rules", "/api/v1/agencies/" + Database.agencyId("ZA", "NRF") + "/national-rules",
                        List.of(Role.ADMIN, Role.CONTACT)),
                get("GET ANR's national rules", "/api/v1/agencies/" + Database.agencyId("FR", "ANR") + "/national-rules",
                        List.of(Role.ADMIN, Role.CONTACT2)),
                // changes: refused by role before any state is read (officers' cells are exercised in EvaluationIT)
                refusedChange("POST suggestions", "POST", evaluating + "/evaluation/board/suggestions", null),
                refusedChange("POST assignment", "POST", evaluating + "/evaluation/board/assignments",
                        "{\"proposalId\": " + proposal + ", \"reviewer\": \"reviewer4\"}"),
                refusedChange("POST decision", "POST", evaluating + "/evaluation/decision",
                        "{\"overrides\": [], \"extraBudgets\": []}"),
                refusedChange("PUT consensus", "PUT", evaluating + "/evaluation/proposals/" + proposal + "/consensus",
                        "{\"scores\": [4.0, 4.0, 4.0], \"report\": \"Fine.\"}"),
                refusedChange("POST top-up", "POST", evaluating + "/national-sign-off/top-ups",
                        "{\"agencyId\": 1, \"amount\": 10, \"reason\": \"x\"}")));
    }

    static Stream<Cell> cells() {
        endpoints();
        return endpoints.stream().flatMap(endpoint -> Stream.of(Role.values())
                .filter(role -> !(endpoint.change() && role == Role.OFFICER))
                .map(role -> new Cell(endpoint, role)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void onlyTheRolesTheEvaluationNamesGetIn(Cell cell) {
        HttpResponse<String> answer = cell.endpoint().call().apply(cell.role().token());
        if (cell.endpoint().allowed().contains(cell.role())) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        } else if (cell.role() == Role.ANONYMOUS) {
            assertThat(answer.statusCode()).isEqualTo(401);
        } else {
            assertThat(answer.statusCode()).as(answer.body()).isIn(403, 404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nationalContacts")
    void aNationalContactSeesOnlyTheirCountrysLines(Role contact, String country) {
        String signOff = Http.getWithToken("/api/v1/calls/" + DemoEvaluation.IN_EVALUATION + "/national-sign-off",
                contact.token()).body();
        assertThat(Json.text(signOff, "country")).isEqualTo(country);
        String allocation = Http.getWithToken("/api/v1/calls/" + DemoEvaluation.DECIDED
                + "/national-sign-off/allocation", contact.token()).body();
        assertThat(Json.objects(allocation, "uses")).allMatch(use -> !use.containsKey("country")
                || use.isNull("country") || use.getString("country").equals(country));
        List<Long> ours = Json.objects(Http.getWithToken("/api/v1/calls/" + DemoEvaluation.DECIDED
                + "/national-sign-off", contact.token()).body(), "lines").stream()
                .map(line -> line.getJsonNumber("proposalId").longValueExact()).toList();
        assertThat(Json.objects(allocation, "lines")).as("only proposals with a partner of " + country)
                .allMatch(line -> ours.contains(line.getJsonNumber("proposalId").longValueExact()));
        assertThat(Json.objects(allocation, "lines")).hasSizeLessThan(Json.objects(Http.getWithToken(
                "/api/v1/calls/" + DemoEvaluation.DECIDED + "/evaluation/allocation", Role.OFFICER.token()).body(),
                "lines").size());
    }

    static Stream<Arguments> nationalContacts() {
        return Stream.of(Arguments.of(Role.CONTACT, "ZA"), Arguments.of(Role.CONTACT2, "FR"));
    }

    private static Endpoint get(String name, String path, List<Role> allowed) {
        return new Endpoint(name, token -> token == null ? Http.get(path) : Http.getWithToken(path, token), allowed,
                false);
    }

    /** A page, asked as an API client would (no login redirect: anonymous callers get 401). */
    private static Endpoint page(String name, String path, List<Role> allowed) {
        return new Endpoint(name, token -> Http.send("GET", path, token, null), allowed, false);
    }

    private static Endpoint refusedChange(String name, String method, String path, String body) {
        // a stale version: a change that takes If-Match reaches the role check, and could never happen anyway
        return new Endpoint(name, token -> Http.send(method, path, token, body, "If-Match", "\"987654\""), List.of(),
                true);
    }
}
