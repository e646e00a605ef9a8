package org.scicoop.secretariat.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The 1,000 signed-in users of issue 16, point 5 (run by {@code benchmarks/load.sh}, which makes the accounts and
 * the data first). Each virtual user signs in as a browser does — the protected page, its redirect to Keycloak's
 * login page, the form posted with the password, the redirect back with the code, which the application exchanges
 * (with PKCE) itself — and then, with 5 s of thought before every request, works as its role does until the run
 * ends:
 * <ul>
 * <li>officers ({@code load-officer-NNNN}): the calls list, the proposals list of the load call, a proposal of it;</li>
 * <li>members ({@code load-member-NNNN}): their home, My proposals, their draft in the editor, a save of the draft
 * (the API's {@code GET} for its ETag, then {@code PUT} with {@code If-Match}, on the browser's session: the
 * Faces editor's AJAX form names its fields by generated ids, six steps deep), the draft's attachment;</li>
 * <li>national contacts ({@code load-contact-NNNN}, country FR, DE or CN): their home, the proposals list (their
 * country's submitted proposals), one of them.</li>
 * </ul>
 * Each request kind has its own name, so that Gatling's report gives p50/p99 per kind. Static resources (CSS,
 * scripts) are not fetched: a browser has them cached after its first page. System properties: {@code app},
 * {@code officers}, {@code members}, {@code contacts} (how many of each), {@code ramp} (seconds over which the
 * users arrive), {@code duration} (seconds each user works after signing in), {@code password}, {@code logins}
 * (a file where the time of each completed sign-in is written, for the logins per second).
 */
public class SignedInUsers extends Simulation {

    static final String APP = System.getProperty("app", "http://localhost:9280");
    static final int OFFICERS = Integer.getInteger("officers", 100);
    static final int MEMBERS = Integer.getInteger("members", 800);
    static final int CONTACTS = Integer.getInteger("contacts", 100);
    static final int RAMP = Integer.getInteger("ramp", 60);
    static final int DURATION = Integer.getInteger("duration", 180);
    static final String PASSWORD = System.getProperty("password", "demo");
    static final Duration THINK = Duration.ofSeconds(5);

    /** Start and end (epoch ms) of every completed sign-in, written to {@code logins} after the run. */
    static final ConcurrentLinkedQueue<long[]> SIGN_INS = new ConcurrentLinkedQueue<>();

    final HttpProtocolBuilder protocol = http.baseUrl(APP)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling/3.13 secretariat-load")
            // each virtual user its own connections, at most 6 to a host, as a browser (not one pool for all)
            .maxConnectionsPerHost(6);

    static Iterator<Map<String, Object>> accounts(String role, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> Map.<String, Object>of("username", "load-%s-%04d".formatted(role, i)))
                .iterator();
    }

    /** A page of the application: 200, and not Keycloak's login form (a lost session shows it). */
    static ChainBuilder page(String name, String path, Function<ChainBuilder, ChainBuilder> more) {
        return more.apply(exec(http(name).get(path)
                .check(status().is(200), substring("kc-form-login").notExists())));
    }

    static final ChainBuilder SIGN_IN = exec(session -> session.set("signInStart", System.currentTimeMillis()))
            .exec(http("sign-in 1: protected page").get("/app/dashboard.xhtml").disableFollowRedirect()
                    .check(status().is(302), header("Location").saveAs("authorize")))
            .exec(http("sign-in 2: Keycloak's login page").get("#{authorize}")
                    .check(status().is(200), css("#kc-form-login", "action").saveAs("loginAction")))
            .exec(http("sign-in 3: post the password").post("#{loginAction}").disableFollowRedirect()
                    .formParam("username", "#{username}").formParam("password", PASSWORD)
                    .formParam("credentialId", "")
                    .check(status().is(302), header("Location").saveAs("callback")))
            // the application exchanges the code (with its PKCE verifier) and redirects to the page first asked for
            .exec(http("sign-in 4: back with the code").get("#{callback}")
                    .check(status().is(200), substring("kc-form-login").notExists()))
            .exec(session -> {
                SIGN_INS.add(new long[] {session.getLong("signInStart"), System.currentTimeMillis()});
                return session;
            });

    static ChainBuilder think(ChainBuilder chain) {
        return chain.pause(THINK);
    }

    static final ChainBuilder OFFICER = think(page("officer: calls list", "/app/calls/index.xhtml", c -> c))
            .exec(think(exec(http("officer: proposals list").get("/app/proposals/list.xhtml?call=LOAD-2026")
                    .check(status().is(200), substring("kc-form-login").notExists(),
                            regex("proposal\\.xhtml\\?id=(\\d+)").findRandom().saveAs("proposal")))))
            .exec(think(page("officer: open a proposal", "/app/proposals/proposal.xhtml?id=#{proposal}", c -> c)));

    static final ChainBuilder MEMBER = think(page("member: home", "/app/dashboard.xhtml", c -> c))
            .exec(think(exec(http("member: my proposals").get("/app/proposals/index.xhtml")
                    .check(status().is(200), substring("kc-form-login").notExists(),
                            regex("proposal\\.xhtml\\?id=(\\d+)").saveAs("proposal")))))
            .exec(think(exec(http("member: open the draft").get("/app/proposals/proposal.xhtml?id=#{proposal}")
                    .check(status().is(200), substring("kc-form-login").notExists()))))
            // the save: the draft as the API gives it (with its ETag), then PUT with If-Match
            .exec(http("member: save draft 1: read").get("/api/v1/proposals/#{proposal}")
                    .header("Accept", "application/json")
                    .check(status().is(200), header("ETag").saveAs("etag"),
                            jsonPath("$.content.partners[0].id").saveAs("partner"),
                            jsonPath("$.content.attachments[0].id").saveAs("attachment")))
            .exec(think(exec(http("member: save draft 2: PUT").put("/api/v1/proposals/#{proposal}")
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .header("If-Match", "#{etag}")
                    .body(StringBody(session -> """
                            {"content": {"acronym": "%s", "title": "Load test draft, saved at %d",
                              "abstractText": "A draft of the load test, saved again and again.", "keywords": "load",
                              "durationMonths": 24,
                              "partners": [{"id": %s, "piName": "Load Member", "piEmail": "%s@load.example",
                                            "requested": 200000, "personMonths": 24}],
                              "milestones": []}}"""
                            .formatted("LOAD-M" + session.getString("username").substring(12),
                                    System.currentTimeMillis(), session.getString("partner"),
                                    session.getString("username"))))
                    .check(status().is(200)))))
            .exec(think(exec(http("member: download the attachment")
                    .get("/app/proposals/files/#{proposal}/#{attachment}/description.pdf")
                    // a second download of the same file asks with If-None-Match, as a browser does: 304
                    .check(status().in(200, 304)))));

    static final ChainBuilder CONTACT = think(page("contact: home", "/app/dashboard.xhtml", c -> c))
            .exec(think(exec(http("contact: proposals list").get("/app/proposals/list.xhtml")
                    .check(status().is(200), substring("kc-form-login").notExists(),
                            regex("proposal\\.xhtml\\?id=(\\d+)").findRandom().saveAs("proposal")))))
            .exec(think(page("contact: open a proposal", "/app/proposals/proposal.xhtml?id=#{proposal}", c -> c)));

    static ScenarioBuilder role(String role, int count, ChainBuilder work) {
        return scenario(role + "s").feed(accounts(role, count))
                // a sign-in step that fails ends the sign-in (the next step needs what it read) and the user
                .exitBlockOnFail().on(SIGN_IN)
                .exitHereIfFailed()
                .pause(THINK)
                .during(Duration.ofSeconds(DURATION)).on(work);
    }

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        if (OFFICERS > 0) {
            populations.add(role("officer", OFFICERS, OFFICER).injectOpen(rampUsers(OFFICERS).during(RAMP)));
        }
        if (MEMBERS > 0) {
            populations.add(role("member", MEMBERS, MEMBER).injectOpen(rampUsers(MEMBERS).during(RAMP)));
        }
        if (CONTACTS > 0) {
            populations.add(role("contact", CONTACTS, CONTACT).injectOpen(rampUsers(CONTACTS).during(RAMP)));
        }
        setUp(populations).protocols(protocol);
    }

    @Override
    public void after() {
        String file = System.getProperty("logins");
        if (file == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        SIGN_INS.forEach(s -> lines.append(s[0]).append(' ').append(s[1]).append('\n'));
        try {
            Files.writeString(Path.of(file), lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
