package org.scicoop.secretariat.it.evaluation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.proposal.ProposalsApi;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches what of an evaluation (issue 13, item 10), as a matrix: every evaluation endpoint, page and export ×
 * every role, on the demo data's call in evaluation and decided call. Officers and administrators read the evaluation
 * (only officers change it: the changes' rows are refused by role before anything is read); reviewers reach only
 * their own reviews; national contacts only their country's sign-off and allocation lines; members and a user with
 * no role nothing. Refused cells answer 401, 403 or 404; the allowed cells answer 200 (a page with what it names).
 * Pages and exports are asked as an attacker would, by code and id: another call's proposal, a call not in
 * evaluation, another reviewer's assignment. Pages take the same bearer token as the API; a client that is not a
 * browser is answered 401 without one (a browser is sent to the login).
 */
class EvaluationAccessMatrixIT extends DeployedApplication {

    /**
     * Who calls: the demo users; contact is South Africa's national contact, contact2 France's; reviewer has
     * declared and submitted on the call in evaluation, reviewer4 has declared on some proposals and not yet on others
     * (DELTAWATCH); NO_ROLE a user of the realm with no role of the secretariat (made for this test).
     */
    enum Role {
        ANONYMOUS(null), NO_ROLE(null), OFFICER("officer"), ADMIN("admin"), REVIEWER("reviewer"),
        REVIEWER4("reviewer4"), CONTACT("contact"), CONTACT2("contact2"), MEMBER("member"), MEMBER3("member3");

        final String username;

        Role(String username) {
            this.username = username;
        }

        String token() {
            if (this == NO_ROLE) {
                return NoRole.token();
            }
            return username == null ? null : KeycloakTokens.demoToken(username);
        }
    }

    /** A user with no role, made once; its token obtained again before Keycloak's five minutes run out. */
    private static final class NoRole {
        private static final String PASSWORD = "no-role's-long-password";
        private static String username;
        private static String token;
        private static Instant obtained;

        static synchronized String token() {
            if (username == null) {
                username = ProposalsApi.unique("norole");
                KeycloakAdmin.createUser(username, username + "@nowhere.example", PASSWORD, "BR");
            }
            if (token == null || obtained.isBefore(Instant.now().minus(Duration.ofMinutes(4)))) {
                token = KeycloakTokens.accessToken(username, PASSWORD);
                obtained = Instant.now();
            }
            return token;
        }
    }

    /**
     * One endpoint and which roles get 200 (everyone else a refusal); {@code change}: a change whose allowed cell
     * (the officer's) is not asked here, as it would change the demo data — EvaluationIT plays it.
     */
    record Endpoint(String name, Function<String, HttpResponse<?>> call, List<Role> allowed, boolean change,
                    String shows) {
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
    /** An open call of the demo data: no evaluation yet. */
    private static final String OPEN_CALL = "STI-2026-CLIM-01";
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
                        token, "{\"overrides\": [], \"extraBudgets\": []}"), List.of(Role.OFFICER), false, null),
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
                page("page experts.xhtml", "/app/evaluation/experts.xhtml", READERS, null),
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
        endpoints.addAll(pages(proposal, review));
    }

    /**
     * The pages and exports: each page of a call with the call it names (or the reviewer's own assignment), and as
     * an attacker would ask them: another call's proposal, a call not in evaluation or not there, another reviewer's
     * assignment.
     */
    private static List<Endpoint> pages(long proposal, long review) {
        String evaluating = DemoEvaluation.IN_EVALUATION;
        String decided = DemoEvaluation.DECIDED;
        long otherCallsProposal = Long.parseLong(Database.single("select p.id from proposal p join funding_call c"
                + " on c.id = p.call_id where c.code = ? and p.acronym = 'POLLINATE'", decided));
        long pending = Long.parseLong(Database.single("select a.id from review_assignment a join proposal p"
                + " on p.id = a.proposal_id where p.acronym = 'DELTAWATCH' and a.reviewer = 'reviewer4'"));
        String e = "/app/evaluation/";
        List<Endpoint> pages = new ArrayList<>();
        for (String page : List.of("index", "board", "consensus", "ranking", "allocation")) {
            pages.add(page("page " + page + ".xhtml of the call in evaluation",
                    e + page + ".xhtml?call=" + evaluating, READERS, page.equals("consensus") ? null : evaluating));
            pages.add(page("page " + page + ".xhtml of an open call", e + page + ".xhtml?call=" + OPEN_CALL,
                    page.equals("index") ? READERS : List.of(), OPEN_CALL));
            pages.add(page("page " + page + ".xhtml of no call", e + page + ".xhtml?call=NO-SUCH-CALL", List.of(),
                    null));
        }
        pages.addAll(List.of(
                page("page ranking.xhtml of the decided call", e + "ranking.xhtml?call=" + decided, READERS, decided),
                page("page allocation.xhtml of the decided call", e + "allocation.xhtml?call=" + decided, READERS,
                        decided),
                page("page consensus.xhtml of a proposal of the call", e + "consensus.xhtml?call=" + evaluating
                        + "&proposal=" + proposal, READERS, Database.single("select acronym from proposal where id = ?",
                        proposal)),
                page("page consensus.xhtml of another call's proposal", e + "consensus.xhtml?call=" + evaluating
                        + "&proposal=" + otherCallsProposal, List.of(), null),
                page("page reviews/index.xhtml", "/app/reviews/index.xhtml", List.of(Role.REVIEWER, Role.REVIEWER4),
                        null),
                page("page review.xhtml of reviewer's assignment", "/app/reviews/review.xhtml?id=" + review,
                        List.of(Role.REVIEWER), null),
                page("page review.xhtml of reviewer4's undeclared assignment", "/app/reviews/review.xhtml?id="
                        + pending, List.of(Role.REVIEWER4), "DELTAWATCH"),
                page("page review.xhtml of no assignment", "/app/reviews/review.xhtml?id=987654321", List.of(), null),
                page("page review.xhtml of a bad id", "/app/reviews/review.xhtml?id=x", List.of(), null),
                page("page national/index.xhtml", "/app/national/index.xhtml", NATIONAL, null),
                page("page national/rules.xhtml", "/app/national/rules.xhtml",
                        List.of(Role.ADMIN, Role.CONTACT, Role.CONTACT2), null),
                page("page sign-off.xhtml of the call in evaluation", "/app/national/sign-off.xhtml?call="
                        + evaluating, NATIONAL, evaluating),
                page("page sign-off.xhtml of the decided call", "/app/national/sign-off.xhtml?call=" + decided,
                        NATIONAL, decided),
                page("page sign-off.xhtml of an open call", "/app/national/sign-off.xhtml?call=" + OPEN_CALL,
                        List.of(), null),
                page("page sign-off.xhtml of no call", "/app/national/sign-off.xhtml?call=NO-SUCH-CALL", List.of(),
                        null)));
        for (String export : List.of("ranking", "allocation")) {
            for (String format : List.of("csv", "xlsx", "pdf")) {
                pages.add(download("export " + export + " of the decided call as " + format,
                        e + export + "/export?call=" + decided + "&format=" + format, READERS));
            }
            pages.add(download("export " + export + " of the call in evaluation", e + export + "/export?call="
                    + evaluating, READERS));
            pages.add(download("export " + export + " of an open call", e + export + "/export?call=" + OPEN_CALL,
                    List.of()));
            pages.add(download("export " + export + " of no call", e + export + "/export?call=NO-SUCH-CALL",
                    List.of()));
        }
        return pages;
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
        HttpResponse<?> answer = cell.endpoint().call().apply(cell.role().token());
        if (cell.endpoint().allowed().contains(cell.role())) {
            assertThat(answer.statusCode()).as(text(answer)).isEqualTo(200);
            if (cell.endpoint().shows() != null) {
                assertThat(text(answer)).contains(cell.endpoint().shows());
            }
        } else if (cell.role() == Role.ANONYMOUS) {
            assertThat(answer.statusCode()).isEqualTo(401);
        } else {
            assertThat(answer.statusCode()).as(text(answer)).isIn(403, 404);
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

    /**
     * Before the declaration a reviewer's page names the proposal (acronym, title, the partners' organisations) and
     * shows nothing of its content; after it, the proposal's preview.
     */
    @Test
    void aReviewerReadsTheProposalOnlyAfterDeclaringNoConflict() {
        String pending = Database.single("select a.id from review_assignment a join proposal p on p.id = a.proposal_id"
                + " where p.acronym = 'DELTAWATCH' and a.reviewer = 'reviewer4'");
        String deltaAbstract = Database.single("select abstract_text from proposal where acronym = 'DELTAWATCH'");
        String before = Http.send("GET", "/app/reviews/review.xhtml?id=" + pending, Role.REVIEWER4.token(), null)
                .body();
        assertThat(before).contains("DELTAWATCH").doesNotContain(deltaAbstract.substring(0, 40));
        String declared = Database.single("select a.id from review_assignment a join proposal p on p.id = a.proposal_id"
                + " where p.acronym = 'AQUIFER' and a.reviewer = 'reviewer4'");
        String aquiferAbstract = Database.single("select abstract_text from proposal where acronym = 'AQUIFER'");
        assertThat(Http.send("GET", "/app/reviews/review.xhtml?id=" + declared, Role.REVIEWER4.token(), null).body())
                .contains(aquiferAbstract.substring(0, 40));
    }

    /** Each national contact's sign-off page lists exactly the partners the API gives them: their country's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("nationalContacts")
    void aNationalContactsSignOffPageListsOnlyTheirCountrysPartners(Role contact, String country) {
        String call = DemoEvaluation.IN_EVALUATION;
        List<Long> ours = Json.objects(Http.getWithToken("/api/v1/calls/" + call + "/national-sign-off",
                contact.token()).body(), "lines").stream()
                .map(line -> line.getJsonNumber("partnerId").longValueExact()).toList();
        String page = Http.send("GET", "/app/national/sign-off.xhtml?call=" + call, contact.token(), null).body();
        List<Long> shown = Pattern.compile("data-partner=\"(\\d+)\"").matcher(page).results()
                .map(match -> Long.parseLong(match.group(1))).toList();
        assertThat(shown).as(country).containsExactlyInAnyOrderElementsOf(ours);
    }

    private static Endpoint get(String name, String path, List<Role> allowed) {
        return new Endpoint(name, token -> token == null ? Http.get(path) : Http.getWithToken(path, token), allowed,
                false, null);
    }

    /** A page, asked with the bearer token; an allowed answer shows {@code shows} (null: anything). */
    private static Endpoint page(String name, String path, List<Role> allowed, String shows) {
        return new Endpoint(name, token -> Http.send("GET", path, token, null), allowed, false, shows);
    }

    private static Endpoint download(String name, String path, List<Role> allowed) {
        return new Endpoint(name, token -> Http.getBytes(path, token), allowed, false, null);
    }

    private static String text(HttpResponse<?> response) {
        return response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : String.valueOf(response.body());
    }

    private static Endpoint refusedChange(String name, String method, String path, String body) {
        // a stale version: a change that takes If-Match reaches the role check, and could never happen anyway
        return new Endpoint(name, token -> Http.send(method, path, token, body, "If-Match", "\"987654\""), List.of(),
                true, null);
    }
}
