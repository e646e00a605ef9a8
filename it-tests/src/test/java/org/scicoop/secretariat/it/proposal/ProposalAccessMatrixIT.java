package org.scicoop.secretariat.it.proposal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.Pdfs;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.BASE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.CAPE_TOWN;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.TSINGHUA;

/**
 * Who sees what (issue 4, part 4), as a matrix: every proposal endpoint × every role × a proposal of
 * another consortium. Refused cells answer 401, 403 or 404 and their body names nothing of the proposal;
 * the allowed cells work: officers and administrators read everything, the national contact of South
 * Africa reads a submitted proposal with a South African partner, the coordinator changes its own.
 *
 * <p>To add an endpoint or a page, add a row to {@link #ENDPOINTS}: what it is for ({@link Kind}) and
 * how to call it with a token (null: anonymous) on a proposal. Pages and downloads take the same bearer
 * token as the API ({@code Endpoint.page}).
 */
class ProposalAccessMatrixIT extends DeployedApplication {

    /** Who calls; the demo users (member coordinates the proposals below, member3 is in none of them). */
    enum Role {
        ANONYMOUS(null), OFFICER("officer"), ADMIN("admin"), REVIEWER("reviewer"), CONTACT("contact"),
        MEMBER("member"), MEMBER3("member3");

        final String username;

        Role(String username) {
            this.username = username;
        }

        String token() {
            return username == null ? null : KeycloakTokens.demoToken(username);
        }
    }

    /** The proposals asked for, all of them member's consortium's. */
    enum Target {
        /** a draft: no national contact sees it */
        DRAFT(false),
        /** submitted, with partners from France, China and Kenya: not South Africa's contact's business */
        SUBMITTED_WITHOUT_ZA(true),
        /** submitted, with a South African partner: South Africa's contact reads it */
        SUBMITTED_WITH_ZA(true);

        final boolean submitted;

        Target(boolean submitted) {
            this.submitted = submitted;
        }
    }

    /** What an endpoint is for, which decides who may use it. */
    enum Kind {
        /** the list: everyone with a role gets one, with only what they may see */
        LIST,
        /** reading a proposal: its consortium, officers, administrators, national contacts of submitted ones */
        READ,
        /** reading what only exists once submitted (a submitted version) */
        READ_SUBMITTED,
        /** changing the proposal: its coordinator (the rows below give a fresh proposal for the allowed cell) */
        COORDINATOR,
        /** the secretariat's screening: programme officers */
        OFFICER
    }

    /** What the coordinator's own proposal must be for the allowed cell of a {@link Kind#COORDINATOR} row. */
    enum State { DRAFT, SUBMITTED }

    /**
     * One row of the matrix. {@code call} sends the request with a token (null for anonymous) about a
     * proposal; {@code anonymous} is what an anonymous caller gets (401: the API, and pages asked by a client that is not a browser).
     */
    record Endpoint(String name, Kind kind, State state, int anonymous,
                    BiFunction<String, ProposalsApi.Made, HttpResponse<?>> call, boolean namesProposal) {

        static Endpoint api(String name, Kind kind, BiFunction<String, ProposalsApi.Made, HttpResponse<?>> call) {
            return new Endpoint(name, kind, State.DRAFT, 401, call, true);
        }

        static Endpoint api(String name, State state, BiFunction<String, ProposalsApi.Made, HttpResponse<?>> call) {
            return new Endpoint(name, Kind.COORDINATOR, state, 401, call, true);
        }

        /** An endpoint about the proposal whose allowed answer is a JSON list that need not name it. */
        static Endpoint list(String name, BiFunction<String, ProposalsApi.Made, HttpResponse<?>> call) {
            return new Endpoint(name, Kind.READ, State.DRAFT, 401, call, false);
        }

        /**
         * A page or download. Asked without a token by a client that is not a browser (no {@code text/html}
         * in {@code Accept}), WildFly's OIDC client answers 401 as for the API; browsers are sent to the
         * login instead (the journeys go through it).
         */
        static Endpoint page(String name, Kind kind, BiFunction<String, ProposalsApi.Made, HttpResponse<?>> call) {
            return new Endpoint(name, kind, State.DRAFT, 401, call, true);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            Endpoint.api("GET /proposals", Kind.LIST, (token, p) -> send("GET", BASE + "?size=200", token, null)),
            Endpoint.api("GET /proposals/{id}", Kind.READ, (token, p) -> send("GET", p.path(), token, null)),
            Endpoint.api("PUT /proposals/{id}", State.DRAFT, (token, p) -> send("PUT", p.path(), token,
                    ProposalsApi.content(p.acronym(), p.title() + " (revised)", p.partnerIds().get(0),
                            p.coordinatorEmail(), SORBONNE, List.of(TSINGHUA, NAIROBI)), "If-Match", p.etag())),
            Endpoint.api("PUT /proposals/{id}/partners/{partnerId}", State.DRAFT, (token, p) -> send("PUT",
                    p.path() + "/partners/" + p.partnerIds().get(1), token, """
                            {"organisationId": %d, "piName": "Li Wei", "piEmail": "li.wei@partners.example",
                             "requested": 900000, "personMonths": 20}"""
                            .formatted(ProposalsApi.organisationId(TSINGHUA.organisation())), "If-Match", p.etag())),
            Endpoint.api("POST /proposals/{id}/attachments", State.DRAFT, (token, p) ->
                    ProposalsApi.upload(token, p.id(), "LETTER", "letter.pdf", Pdfs.pdf("letter"), "If-Match", p.etag())),
            Endpoint.api("GET /proposals/{id}/attachments/{attachmentId}", Kind.READ, (token, p) ->
                    Http.getBytes(p.path() + "/attachments/" + p.attachmentId(), token)),
            Endpoint.api("DELETE /proposals/{id}/attachments/{attachmentId}", State.DRAFT, (token, p) ->
                    send("DELETE", p.path() + "/attachments/" + p.attachmentId(), token, null, "If-Match", p.etag())),
            Endpoint.api("POST /proposals/{id}/submit", State.DRAFT, (token, p) ->
                    send("POST", p.path() + "/submit", token, null, "If-Match", p.etag())),
            Endpoint.api("POST /proposals/{id}/reopen", State.SUBMITTED, (token, p) ->
                    send("POST", p.path() + "/reopen", token, null, "If-Match", p.etag())),
            Endpoint.api("POST /proposals/{id}/withdraw", State.DRAFT, (token, p) ->
                    send("POST", p.path() + "/withdraw", token, null, "If-Match", p.etag())),
            Endpoint.api("POST /proposals/{id}/partners/{partnerId}/invite", State.DRAFT, (token, p) ->
                    send("POST", p.path() + "/partners/" + p.partnerIds().get(1) + "/invite", token, null,
                            "If-Match", p.etag())),
            Endpoint.list("GET /proposals/{id}/account-links", (token, p) ->
                    send("GET", p.path() + "/account-links", token, null)),
            Endpoint.api("GET /proposals/{id}/submissions/{number}", Kind.READ_SUBMITTED, (token, p) ->
                    send("GET", p.path() + "/submissions/1", token, null)),
            Endpoint.api("POST /proposals/{id}/screening", Kind.OFFICER, (token, p) ->
                    send("POST", p.path() + "/screening", token, "{\"eligible\": true}", "If-Match", p.etag())),
            // The pages and downloads, with the same token (WildFly accepts a bearer token on pages too).
            Endpoint.page("page proposal.xhtml?id={id}", Kind.READ, (token, p) ->
                    send("GET", "/app/proposals/proposal.xhtml?id=" + p.id(), token, null)),
            Endpoint.page("download files/{id}/{attachmentId}/{name}", Kind.READ, (token, p) ->
                    Http.getBytes("/app/proposals/files/" + p.id() + "/" + p.attachmentId() + "/description.pdf",
                            token)),
            Endpoint.page("download receipt/{id}/1.pdf", Kind.READ_SUBMITTED, (token, p) ->
                    Http.getBytes("/app/proposals/receipt/" + p.id() + "/1.pdf", token)),
            Endpoint.list("GET /proposals/{id}/history", (token, p) -> send("GET", p.path() + "/history", token, null)),
            Endpoint.page("page history.xhtml?id={id}", Kind.READ, (token, p) ->
                    send("GET", "/app/proposals/history.xhtml?id=" + p.id(), token, null)));

    private static final Map<Target, ProposalsApi.Made> TARGETS = new EnumMap<>(Target.class);
    private static String call;

    @BeforeAll
    static void proposalsOfMembersConsortium() {
        call = ProposalsApi.openCall();
        TARGETS.put(Target.DRAFT, ProposalsApi.completeDraft("member", call, SORBONNE, List.of(TSINGHUA, NAIROBI)));
        TARGETS.put(Target.SUBMITTED_WITHOUT_ZA, ProposalsApi.submitted("member",
                ProposalsApi.completeDraft("member", call, SORBONNE, List.of(TSINGHUA, NAIROBI))));
        TARGETS.put(Target.SUBMITTED_WITH_ZA, ProposalsApi.submitted("member",
                ProposalsApi.completeDraft("member", call, SORBONNE, List.of(CAPE_TOWN, NAIROBI))));
    }

    record Cell(Endpoint endpoint, Role role, Target target) {
        @Override
        public String toString() {
            return endpoint + " as " + role + " on " + target;
        }
    }

    static Stream<Cell> refusedCells() {
        return cells().filter(cell -> !isAllowed(cell));
    }

    static Stream<Cell> allowedCells() {
        return cells().filter(ProposalAccessMatrixIT::isAllowed);
    }

    private static Stream<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Role role : Role.values()) {
                for (Target target : Target.values()) {
                    cells.add(new Cell(endpoint, role, target));
                }
            }
        }
        return cells.stream();
    }

    /** The rules of issue 4: who may do what with member's consortium's proposals. */
    private static boolean isAllowed(Cell cell) {
        boolean reader = reads(cell);
        return switch (cell.endpoint().kind()) {
            case LIST, READ -> reader;
            case READ_SUBMITTED -> reader && cell.target().submitted;
            case COORDINATOR -> cell.role() == Role.MEMBER;
            case OFFICER -> false; // before the deadline nobody screens; the officer's screening: ProposalsApiIT
        };
    }

    /** Whether the caller may read the proposal at all. */
    private static boolean reads(Cell cell) {
        return switch (cell.role()) {
            case OFFICER, ADMIN, MEMBER -> true;
            case CONTACT -> cell.target() == Target.SUBMITTED_WITH_ZA;
            case ANONYMOUS, REVIEWER, MEMBER3 -> false;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCells")
    void refusedAndRevealingNothing(Cell cell) {
        ProposalsApi.Made proposal = TARGETS.get(cell.target());

        HttpResponse<?> response = cell.endpoint().call().apply(cell.role().token(), proposal);

        assertThat(response.statusCode()).as(text(response)).isEqualTo(refusal(cell));
        if (!reads(cell)) {
            // a reader refused a change may be told why in the proposal's words; anyone else learns nothing
            assertThat(text(response)).doesNotContain(proposal.acronym()).doesNotContain(proposal.title())
                    .doesNotContain(proposal.coordinatorEmail());
        }
        assertUnchanged(proposal);
    }

    /**
     * How a refused cell answers: anonymous callers are asked to log in; a role that may never do this is
     * refused (403); a caller who may not see the proposal is told it does not exist (404, as for a missing
     * one); a list simply leaves the proposal out (200).
     */
    private static final java.util.Set<String> REVIEWERS_READ = java.util.Set.of("GET /proposals/{id}",
            "download files/{id}/{attachmentId}/{name}",
            "GET /proposals/{id}/attachments/{attachmentId}");

    private static int refusal(Cell cell) {
        Kind kind = cell.endpoint().kind();
        return switch (cell.role()) {
            case ANONYMOUS -> cell.endpoint().anonymous();
            // a reviewer reads the proposals assigned to them (issue 13): for any other, these are "no such proposal"
            case REVIEWER -> REVIEWERS_READ.contains(cell.endpoint().name()) ? 404 : 403;
            case MEMBER3 -> kind == Kind.LIST ? 200 : kind == Kind.OFFICER ? 403 : 404;
            case CONTACT, ADMIN, MEMBER -> switch (kind) {
                case LIST -> 200;
                case READ, READ_SUBMITTED -> 404; // a draft for the contact; no submission yet for the others
                case COORDINATOR, OFFICER -> 403;
            };
            case OFFICER -> switch (kind) {
                case LIST -> 200;
                case READ, READ_SUBMITTED -> 404;
                case COORDINATOR -> 403;
                case OFFICER -> 422; // a rule, not access: screening waits for the deadline (ProposalsApiIT)
            };
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedCells")
    void allowed(Cell cell) {
        if (cell.endpoint().kind() == Kind.COORDINATOR) {
            // the coordinator's changes each get a proposal of their own, in the state they need
            ProposalsApi.Made own = ProposalsApi.completeDraft("member", call, SORBONNE, List.of(TSINGHUA, NAIROBI));
            if (cell.endpoint().state() == State.SUBMITTED) {
                own = ProposalsApi.submitted("member", own);
            }
            HttpResponse<?> response = cell.endpoint().call().apply(cell.role().token(), own);
            assertThat(response.statusCode()).as(text(response)).isIn(200, 201);
            return;
        }
        ProposalsApi.Made proposal = TARGETS.get(cell.target());

        HttpResponse<?> response = cell.endpoint().call().apply(cell.role().token(), proposal);

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        if (response.body() instanceof byte[] bytes) {
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        } else if (cell.endpoint().namesProposal()) {
            assertThat(text(response)).contains(proposal.acronym());
        } else {
            assertThat(text(response)).startsWith("[");
        }
    }

    /** A refused change changed nothing: the proposal is at the version it was. */
    private static void assertUnchanged(ProposalsApi.Made proposal) {
        HttpResponse<String> now = Http.getWithToken(proposal.path(), KeycloakTokens.demoToken("member"));
        assertThat(now.headers().firstValue("ETag")).contains(proposal.etag());
    }

    private static String text(HttpResponse<?> response) {
        return response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                : String.valueOf(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String token, String json,
                                             String... headers) {
        return Http.send(method, path, token, json, headers);
    }
}
