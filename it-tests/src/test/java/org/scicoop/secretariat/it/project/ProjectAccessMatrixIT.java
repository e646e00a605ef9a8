package org.scicoop.secretariat.it.project;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.Pdfs;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches what of a project (issue 14, item 9), as a matrix: every project endpoint × every role, by id as an
 * attacker would call it, on the project of a decided call's second proposal (coordinated by {@code member}, partners
 * in France, South Africa and Kenya). Readers — the consortium's members, South Africa's national contact, officers,
 * administrators — get 200; the consortium's work answers its members, the secretariat's work officers (both with a
 * stale version here, so the allowed cell answers 412 and nothing changes); everyone else 401 (no token), 403 or 404
 * (another consortium's member and another country's national contact: the project does not exist for them).
 */
class ProjectAccessMatrixIT extends DeployedApplication {

    private static final String PASSWORD = "a-matrix-long-password";
    private static final String STALE = "\"987654\"";

    enum Role {
        ANONYMOUS, NO_ROLE, MEMBER, OTHER_MEMBER, CONTACT, OTHER_CONTACT, REVIEWER, OFFICER, ADMIN
    }

    record Endpoint(String name, Function<String, HttpResponse<?>> call, List<Role> allowed, int allowedStatus) {
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

    private static final List<Role> READERS = List.of(Role.MEMBER, Role.CONTACT, Role.OFFICER, Role.ADMIN);
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static List<Endpoint> endpoints;
    private static String project;

    @BeforeAll
    static void aProjectWithAReport() throws InterruptedException {
        if (endpoints != null) {
            return;
        }
        ProjectsApi.Decided decided = ProjectsApi.decided();
        String officer = KeycloakTokens.demoToken("officer");
        project = ProjectsApi.BASE + "/" + ProjectsApi.projectOf(decided.call().second(), officer);
        TOKENS.put(Role.MEMBER, KeycloakTokens.demoToken("member"));
        TOKENS.put(Role.OTHER_MEMBER, KeycloakTokens.demoToken("member3"));
        TOKENS.put(Role.CONTACT, KeycloakTokens.demoToken("contact"));
        TOKENS.put(Role.REVIEWER, KeycloakTokens.demoToken("reviewer"));
        TOKENS.put(Role.OFFICER, officer);
        TOKENS.put(Role.ADMIN, KeycloakTokens.demoToken("admin"));
        TOKENS.put(Role.NO_ROLE, user("matrix-none", "DE"));
        TOKENS.put(Role.OTHER_CONTACT, user("matrix-contact", "DE", "national-contact"));

        // a submitted report with a file, on the first milestone, so that versions and files have ids
        String member = TOKENS.get(Role.MEMBER);
        long milestone = Json.number(Http.getWithToken(project, member).body(), "milestones[0].id");
        String path = project + "/milestones/" + milestone;
        ProjectsApi.require(Http.send("PUT", path + "/reports/draft", member, "{\"narrative\": \"<p>Done.</p>\"}",
                "If-Match", Http.etag(project, member)), 200, "save a report");
        long attachment = Json.number(ProjectsApi.require(Http.postFile(path + "/reports/draft/attachments", member,
                Map.of(), "r.pdf", Pdfs.pdf("report"), "If-Match", Http.etag(project, member)), 201, "attach").body(), "id");
        ProjectsApi.require(Http.send("POST", path + "/submission", member, null, "If-Match",
                Http.etag(project, member)), 200, "submit");

        List<Role> members = List.of(Role.MEMBER);
        List<Role> officers = List.of(Role.OFFICER);
        endpoints = List.of(
                read("GET project", project),
                read("GET milestones", project + "/milestones"),
                read("GET milestone", path),
                read("GET reports", path + "/reports"),
                read("GET report version", path + "/reports/1"),
                read("page project.xhtml", "/app/projects/project.xhtml?id=" + project.substring(project.lastIndexOf('/') + 1)),
                new Endpoint("page projects/index.xhtml", token -> Http.send("GET", "/app/projects/index.xhtml", token, null),
                        List.of(Role.MEMBER, Role.OTHER_MEMBER, Role.CONTACT, Role.OTHER_CONTACT, Role.OFFICER, Role.ADMIN),
                        200),
                read("GET history", project + "/history"),
                read("page history.xhtml", "/app/projects/history.xhtml?id=" + project.substring(project.lastIndexOf('/') + 1)),
                read("page history.xhtml of no project", "/app/projects/history.xhtml?id=987654321", List.of()),
                read("page project.xhtml of no project", "/app/projects/project.xhtml?id=987654321", List.of()),
                read("page project.xhtml of a bad id", "/app/projects/project.xhtml?id=x", List.of()),
                new Endpoint("GET report file", token -> Http.getBytes(path + "/attachments/" + attachment, token),
                        READERS, 200),
                new Endpoint("GET report file (pages' servlet)", token -> Http.getBytes("/app/projects/files/"
                        + id(project) + "/" + milestone + "/" + attachment, token), READERS, 200),
                read("page report.xhtml (the editor)", "/app/projects/report.xhtml?project=" + id(project)
                        + "&milestone=" + milestone, members),
                read("page calendar.xhtml", "/app/projects/calendar.xhtml", List.of(Role.MEMBER, Role.OTHER_MEMBER)),
                read("GET my calendar address", "/api/v1/me/calendar", List.of(Role.MEMBER, Role.OTHER_MEMBER)),
                change("PUT start date", "PUT", project + "/start-date", "{\"startDate\": \"2030-01-01\"}", officers),
                change("POST closure", "POST", project + "/closure", "{\"state\": \"TERMINATED\", \"reason\": \"x\"}",
                        officers),
                change("POST milestone", "POST", project + "/milestones",
                        "{\"title\": \"Extra\", \"kind\": \"EVENT\", \"dueDate\": \"2030-01-01\"}", officers),
                change("PUT due date", "PUT", path + "/due-date", "{\"dueDate\": \"2030-01-01\", \"reason\": \"x\"}",
                        officers),
                change("POST acceptance", "POST", path + "/acceptance", null, officers),
                change("POST return", "POST", path + "/return", "{\"comments\": \"More.\"}", officers),
                change("PUT late justification", "PUT", path + "/late-justification", "{\"justification\": \"x\"}",
                        members),
                change("PUT report draft", "PUT", path + "/reports/draft", "{\"narrative\": \"<p>x</p>\"}", members),
                new Endpoint("POST report file", token -> Http.postFile(path + "/reports/draft/attachments", token,
                        Map.of(), "x.pdf", Pdfs.pdf("x"), "If-Match", STALE), members, 412),
                change("DELETE report file", "DELETE", path + "/reports/draft/attachments/" + attachment, null,
                        members),
                change("POST submission", "POST", path + "/submission", null, members));
    }

    private static String id(String projectPath) {
        return projectPath.substring(projectPath.lastIndexOf('/') + 1);
    }

    private static String user(String prefix, String country, String... roles) {
        String username = ProposalsApi.unique(prefix);
        KeycloakAdmin.createUser(username, username + "@matrix.example", PASSWORD, country, roles);
        return KeycloakTokens.accessToken(username, PASSWORD);
    }

    private static Endpoint read(String name, String path) {
        return read(name, path, READERS);
    }

    private static Endpoint read(String name, String path, List<Role> allowed) {
        return new Endpoint(name, token -> Http.send("GET", path, token, null), allowed, 200);
    }

    private static Endpoint change(String name, String method, String path, String body, List<Role> allowed) {
        return new Endpoint(name, token -> Http.send(method, path, token, body, "If-Match", STALE), allowed, 412);
    }

    static Stream<Cell> cells() throws InterruptedException {
        aProjectWithAReport();
        return endpoints.stream().flatMap(endpoint -> Stream.of(Role.values()).map(role -> new Cell(endpoint, role)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void onlyThoseTheProjectNamesGetIn(Cell cell) {
        HttpResponse<?> answer = cell.endpoint().call().apply(TOKENS.get(cell.role()));
        if (cell.endpoint().allowed().contains(cell.role())) {
            assertThat(answer.statusCode()).as(String.valueOf(answer.body())).isEqualTo(cell.endpoint().allowedStatus());
        } else if (cell.role() == Role.ANONYMOUS) {
            assertThat(answer.statusCode()).isEqualTo(401);
        } else if (cell.endpoint().allowedStatus() == 200 && !cell.endpoint().allowed().contains(Role.OTHER_MEMBER)
                && (cell.role() == Role.OTHER_MEMBER || cell.role() == Role.OTHER_CONTACT)) {
            // the project's own pages and data (an endpoint open to every member, as the calendar's, is no project's)
            assertThat(answer.statusCode()).as("not there for them").isEqualTo(404);
        } else {
            assertThat(answer.statusCode()).as(String.valueOf(answer.body())).isIn(403, 404);
        }
    }

    @Test
    void listsShowOnlyWhatTheirReaderMaySee() throws InterruptedException {
        aProjectWithAReport();
        long id = Long.parseLong(project.substring(project.lastIndexOf('/') + 1));
        for (Role role : Role.values()) {
            if (role == Role.ANONYMOUS) {
                assertThat(Http.send("GET", ProjectsApi.BASE, null, null).statusCode()).isEqualTo(401);
                continue;
            }
            HttpResponse<String> all = Http.getWithToken(ProjectsApi.BASE + "?size=200", TOKENS.get(role));
            if (role == Role.NO_ROLE || role == Role.REVIEWER) {
                assertThat(all.statusCode()).as(role.name()).isEqualTo(403);
                continue;
            }
            assertThat(all.statusCode()).isEqualTo(200);
            List<Long> ids = Json.objects(all.body(), "").stream().map(p -> p.getJsonNumber("id").longValueExact())
                    .toList();
            if (READERS.contains(role)) {
                assertThat(ids).as(role.name()).contains(id);
            } else {
                assertThat(ids).as(role.name()).doesNotContain(id);
            }
        }
    }

    /**
     * The portfolio page (with its charts) and its export: officers and administrators see every project, national
     * contacts only those with a partner of their country (South Africa's sees this project, Germany's not), members
     * are sent to their own list (and refused the export), everyone else refused.
     */
    @Test
    void thePortfolioItsChartsAndItsExportShowOnlyWhatTheirReaderMaySee() throws InterruptedException {
        aProjectWithAReport();
        String acronym = Json.text(Http.getWithToken(project, TOKENS.get(Role.OFFICER)).body(), "acronym");
        String call = Json.text(Http.getWithToken(project, TOKENS.get(Role.OFFICER)).body(), "callCode");
        String page = "/app/projects/portfolio.xhtml?call=" + call;
        String export = "/app/projects/export?format=csv&call=" + call;
        for (Role role : Role.values()) {
            HttpResponse<String> shown = Http.send("GET", page, TOKENS.get(role), null);
            HttpResponse<String> file = Http.send("GET", export, TOKENS.get(role), null);
            switch (role) {
                case ANONYMOUS -> {
                    assertThat(shown.statusCode()).isEqualTo(401);
                    assertThat(file.statusCode()).isEqualTo(401);
                }
                case OFFICER, ADMIN, CONTACT -> {
                    assertThat(shown.statusCode()).as(role.name()).isEqualTo(200);
                    assertThat(shown.body()).as(role.name()).contains(acronym).contains("chart-states-table");
                    assertThat(file.statusCode()).as(role.name()).isEqualTo(200);
                    assertThat(file.body()).as(role.name()).contains(acronym);
                }
                case OTHER_CONTACT -> {
                    assertThat(shown.statusCode()).isEqualTo(200);
                    assertThat(shown.body()).as("another country's contact").doesNotContain(acronym);
                    assertThat(file.statusCode()).isEqualTo(200);
                    assertThat(file.body()).doesNotContain(acronym);
                }
                case MEMBER, OTHER_MEMBER -> {
                    assertThat(shown.statusCode()).as(role.name() + ": to their own list").isEqualTo(302);
                    assertThat(shown.headers().firstValue("Location")).hasValueSatisfying(
                            location -> assertThat(location).endsWith("/app/projects/index.xhtml"));
                    assertThat(file.statusCode()).as(role.name()).isEqualTo(403);
                }
                default -> {
                    assertThat(shown.statusCode()).as(role.name()).isEqualTo(403);
                    assertThat(file.statusCode()).as(role.name()).isEqualTo(403);
                }
            }
        }
    }
}
