package org.scicoop.secretariat.it.cluster;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakAdmin;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.Pdfs;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster of issue 16 as {@code bin/run --cluster} starts it: two WildFly nodes on one database behind HAProxy.
 * What one node changes the other sees at once (Hibernate's second-level and query caches are invalidated across the
 * cluster; a file one node stored, the other reads); a call closes at its deadline once, although both nodes hold its timer; and a member whose node dies
 * mid-edit goes on on the other node, signed in, with the form they had not saved yet.
 * <p>
 * Runs in the {@code cluster} profile only ({@code ./mvnw verify -Pcluster}, docs/README.md "Cluster"): it starts
 * servers of its own rather than Arquillian's one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String NODE_COOKIE = "SECRETARIAT_NODE";
    /**
     * Past the database timer store's refresh interval (60 s, configure.cli), so that the node that did not create
     * the call's timer has loaded it too, and both would run it.
     */
    private static final Duration DEADLINE_AFTER_START = Duration.ofSeconds(80);

    private static Cluster cluster;
    private static String callCode;
    private static Instant callDeadline;

    @BeforeAll
    static void startTheClusterAndOpenACallThatClosesSoon() {
        cluster = Cluster.start();
        cluster.awaitOneClusterOfTwo();
        String officer = KeycloakTokens.accessToken("officer", "demo");
        callCode = "IT-CLUSTER-" + System.currentTimeMillis() % 100000;
        callDeadline = Instant.now().plus(DEADLINE_AFTER_START);
        String json = """
                {"code": "%s", "title": "Closing once in a cluster", "summary": "s", "themes": ["HEALTH"],
                 "opensAt": "%s", "deadline": "%s", "commonFundEur": 1000, "minPartners": 3, "minCountries": 2,
                 "developingPartnerRequired": true, "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": []}""".formatted(callCode, Instant.now().minus(Duration.ofDays(1)), callDeadline);
        HttpResponse<String> created = Http.send("POST", cluster.nodeUrl("node1") + "/api/v1/calls", officer, json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> opened = Http.send("POST", cluster.nodeUrl("node1") + "/api/v1/calls/" + callCode + "/open",
                officer, null, "If-Match", created.headers().firstValue("ETag").orElseThrow());
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    }

    @AfterAll
    static void stopTheCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void anAdministratorsChangeOfReferenceDataOnOneNodeIsSeenOnTheOtherAtOnce() {
        // the other node has the countries in its query cache before the change
        assertThat(incomeGroupOfTuvalu("node2")).isNotEqualTo("HIGH");
        int year = Year.now().getValue();
        try (Browser admin = new Browser()) {
            onNode(admin, "node1");
            admin.logInToDashboard("admin");
            admin.driver().findElement(By.id("menu-countries")).click();
            admin.waitFor(By.id("country-form:filter-text")).sendKeys("Tuvalu");
            admin.waitForText(By.id("country-form:countries"), text -> text.contains("Tuvalu") && !text.contains("Kenya"));
            admin.driver().findElement(By.id("country-form:countries:0:edit")).click();
            admin.waitFor(By.id("country-editor"));
            admin.choose("country-form:group", Bundles.text("en", "incomeGroup.HIGH"));
            admin.waitFor(By.id("country-form:year_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE,
                    Integer.toString(year), Keys.TAB);
            admin.awaitAjax();
            admin.driver().findElement(By.id("country-form:save")).click();
            admin.waitForText(By.id("country-form:messages"), text -> text.contains("Tuvalu"));
            assertThat(admin.driver().manage().getCookieNamed(NODE_COOKIE).getValue()).isEqualTo("node1");
        }
        assertThat(incomeGroupOfTuvalu("node2")).as("the other node, at once").isEqualTo("HIGH");
        assertThat(incomeGroupOfTuvalu("node1")).isEqualTo("HIGH");
    }

    @Test
    @Order(1)
    void aFileUploadedOnOneNodeIsReadOnTheOther() {
        String officer = KeycloakTokens.accessToken("officer", "demo");
        String call = cluster.nodeUrl("node1") + "/api/v1/calls/" + callCode;
        byte[] guide = Pdfs.ofSize(600 * 1024 + 5);

        HttpResponse<String> added = Http.postFile(call + "/documents", officer,
                Map.of("title", "Guide", "kind", "GUIDE"), "guide.pdf", guide, "If-Match", Http.etag(call, officer));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String sha256 = Json.text(added.body(), "documents[0].sha256");
        assertThat(Database.single("select bytes is null from stored_file where sha256 = ?", sha256))
                .as("its bytes in the directory the nodes share (bin/run --cluster), not the database").isEqualTo("t");
        HttpResponse<byte[]> read = Http.getBytes(cluster.nodeUrl("node2") + "/api/v1/calls/" + callCode
                + "/documents/" + Json.text(added.body(), "documents[0].id"), officer);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).as("read back on the other node").isEqualTo(guide);
    }

    @Test
    @Order(2)
    void aCallClosesAtItsDeadlineOnceThoughBothNodesHoldItsTimer() {
        Instant giveUp = callDeadline.plus(Duration.ofSeconds(30));
        String status = null;
        while (!"CLOSED".equals(status) && Instant.now().isBefore(giveUp)) {
            Cluster.pause(Duration.ofMillis(500));
            status = Database.single("select status from funding_call where code = ?", callCode);
        }
        assertThat(status).as("closed by its timer").isEqualTo("CLOSED");
        Cluster.pause(Duration.ofSeconds(5)); // a second firing, if there were one, would come now
        assertThat(Database.single("""
                select count(*) from funding_call_aud a where a.code = ? and a.status = 'CLOSED'""", callCode))
                .as("closed exactly once").isEqualTo("1");
        Pattern closing = Pattern.compile("Closed call " + Pattern.quote(callCode) + " at its deadline");
        long closings = List.of("node1", "node2").stream()
                .mapToLong(node -> closing.matcher(cluster.nodeLog(node)).results().count()).sum();
        assertThat(closings).as("one node closed it, one time").isEqualTo(1);
    }

    @Test
    @Order(3)
    void aSignOutInKeycloakThatReachesOneNodeEndsTheSessionOnTheOther() {
        String username = "cluster-signed-out-" + System.nanoTime();
        String password = "a cluster test passphrase";
        String user = KeycloakAdmin.createUser(username, username + "@it.example", password, "KE", "consortium-member");
        // Keycloak's logout token goes to node1 itself, past the balancer; the user's session is served by node2
        JsonObject client = Json.objects(KeycloakAdmin.get("/clients?clientId=secretariat-web"), "").get(0);
        String logoutUrl = client.getJsonObject("attributes").getString("backchannel.logout.url");
        setBackChannelLogoutUrl(client, cluster.nodeUrl("node1") + "/logout/backchannel");
        try (Browser browser = new Browser()) {
            onNode(browser, "node2");
            browser.open("/app/dashboard.xhtml");
            browser.logInAs(username, password);
            browser.waitFor(By.id("page-title"));
            assertThat(browser.driver().manage().getCookieNamed(NODE_COOKIE).getValue()).isEqualTo("node2");

            assertThat(KeycloakAdmin.signOut(user)).isEqualTo(204);

            assertThat(browser.reopenUntilKeycloakLogin("/app/dashboard.xhtml"))
                    .as("node2's next page after a sign-out that node1 heard of is the login page").isTrue();
        } finally {
            setBackChannelLogoutUrl(client, logoutUrl);
        }
        assertThat(cluster.nodeLog("node1")).contains("logout.backchannel");
        assertThat(cluster.nodeLog("node2")).contains("session.ended").contains(username);
    }

    /**
     * Each request's session goes to the other node as one entry: a single view that cannot be written (a lambda, an
     * entity) stops every later copy of that session, and the node logs why. So an officer and an administrator open
     * every kind of page a session keeps a view of — lists, histories, the evaluation's pages on a decided call,
     * projects, reference data — while both nodes are up, and neither node may have failed to write one.
     */
    @Test
    @Order(4)
    void everyKindOfPageLeavesASessionThatIsCopiedToTheOtherNode() {
        String decided = "STI-2024-BIOD-01";
        String proposal = Database.single("select min(p.id) from proposal p join funding_call c on c.id = p.call_id"
                + " where c.code = ? and exists (select 1 from consensus x where x.proposal_id = p.id)", decided);
        String project = Database.single("select min(id) from project");
        openEach("officer", List.of("/app/calls/index.xhtml", "/app/calls/view.xhtml?code=" + decided,
                "/app/proposals/list.xhtml?call=" + decided, "/app/proposals/proposal.xhtml?id=" + proposal,
                "/app/proposals/history.xhtml?id=" + proposal, "/app/evaluation/index.xhtml?call=" + decided,
                "/app/evaluation/board.xhtml?call=" + decided, "/app/evaluation/ranking.xhtml?call=" + decided,
                "/app/evaluation/consensus.xhtml?call=" + decided + "&proposal=" + proposal,
                "/app/evaluation/allocation.xhtml?call=" + decided, "/app/evaluation/experts.xhtml",
                "/app/projects/portfolio.xhtml", "/app/projects/project.xhtml?id=" + project,
                "/app/projects/history.xhtml?id=" + project));
        openEach("admin", List.of("/app/admin/people.xhtml", "/app/admin/organisations.xhtml",
                "/app/admin/countries.xhtml", "/app/admin/themes.xhtml", "/app/admin/agencies.xhtml",
                "/app/admin/exchange-rates.xhtml", "/app/national/rules.xhtml"));

        for (String node : List.of("node1", "node2")) {
            assertThat(cluster.nodeLog(node)).as(node + " wrote every session it was given")
                    .doesNotContain("MarshallingException").doesNotContain("NotSerializableException");
        }
    }

    private static void openEach(String username, List<String> pages) {
        try (Browser browser = new Browser()) {
            browser.logInToDashboard(username);
            for (String page : pages) {
                browser.open(page).waitFor(By.id("main"));
                assertThat(browser.driver().findElements(By.id("error-title"))).as(username + " opens " + page)
                        .isEmpty();
            }
        }
    }

    @Test
    @Order(5)
    void aMemberWhoseNodeDiesGoesOnOnTheOtherSignedInWithTheUnsavedForm() {
        String acronym = "NODE" + System.currentTimeMillis() % 100000;
        HttpResponse<String> created = Http.send("POST", "/api/v1/proposals", KeycloakTokens.demoToken("member3"), """
                {"callCode": "STI-2026-CLIM-01", "acronym": "%s", "organisationId": %s}""".formatted(acronym,
                Database.single("select id from organisation where name = ?", "Universidade de São Paulo")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));

        try (Browser member = new Browser()) {
            member.logInToDashboard("member3");
            // a list first: its lazy table's model goes into the session with the rest, and the session is copied to
            // the other node as one (a model that could not be written kept the whole session from being copied)
            member.open("/app/proposals/index.xhtml");
            member.waitFor(By.id("proposals-form:filter-text")).sendKeys(acronym);
            member.waitForText(By.id("proposals-form:proposals"), text -> text.contains(acronym)
                    && !text.contains("AMAZONIA-H"));
            member.open("/app/proposals/proposal.xhtml?id=" + id);
            typeTitle(member, "Soil carbon in the Cerrado");
            member.driver().findElement(By.id("proposal-form:save")).click();
            member.waitForText(By.id("proposal-form:messages"), text -> text.contains("was saved"));
            assertThat(title(id)).isEqualTo("Soil carbon in the Cerrado");

            String served = member.driver().manage().getCookieNamed(NODE_COOKIE).getValue();
            String unsaved = "Soil carbon and water in the Cerrado";
            typeTitle(member, unsaved);
            cluster.kill(served);

            member.driver().findElement(By.id("proposal-form:save")).click();
            member.waitForText(By.id("proposal-form:messages"), text -> text.contains("was saved"));
            assertThat(member.driver().manage().getCookieNamed(NODE_COOKIE).getValue())
                    .as("the balancer sent the save to the other node").isNotEqualTo(served);
            assertThat(title(id)).as("the form typed before the node died, saved on the other").isEqualTo(unsaved);

            member.driver().navigate().refresh();
            assertThat(member.waitFor(By.id("proposal-form:title")).getAttribute("value")).isEqualTo(unsaved);
            assertThat(member.isOnKeycloakLogin()).as("still signed in").isFalse();
        }
    }

    private static void setBackChannelLogoutUrl(JsonObject client, String url) {
        JsonObject changed = jakarta.json.Json.createObjectBuilder(client).add("attributes",
                jakarta.json.Json.createObjectBuilder(client.getJsonObject("attributes"))
                        .add("backchannel.logout.url", url)).build();
        assertThat(KeycloakAdmin.put("/clients/" + client.getString("id"), changed.toString())).isEqualTo(204);
    }

    /** Sends this browser's requests to {@code node} through the balancer (its sticky cookie). */
    private static void onNode(Browser browser, String node) {
        browser.open("/");
        browser.driver().manage().addCookie(new Cookie(NODE_COOKIE, node, "/"));
    }

    /** Tuvalu's income group as a node answers the open-data list of countries (a cached query): two pages. */
    private static String incomeGroupOfTuvalu(String node) {
        return Stream.of(0, 1).flatMap(page -> {
                    HttpResponse<String> countries = Http.get(cluster.nodeUrl(node) + "/api/v1/countries?page=" + page,
                            "Accept", "application/json");
                    assertThat(countries.statusCode()).as(countries.body()).isEqualTo(200);
                    return Json.objects(countries.body(), "").stream();
                })
                .filter(country -> "TV".equals(country.getString("code")))
                .map(country -> country.isNull("incomeGroup") ? "" : country.getString("incomeGroup"))
                .findFirst().orElseThrow(() -> new AssertionError(node + " does not list Tuvalu"));
    }

    private static void typeTitle(Browser member, String title) {
        member.waitFor(By.id("proposal-form:title")).sendKeys(Keys.chord(Keys.CONTROL, "a"), title, Keys.TAB);
        member.awaitAjax();
    }

    private static String title(long proposal) {
        return Database.single("select title from proposal where id = ?", proposal);
    }
}
