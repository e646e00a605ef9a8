package org.scicoop.secretariat.it.fault;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.scicoop.secretariat.it.proposal.ProposalsApi;
import org.scicoop.secretariat.it.support.Axe;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.Database;
import org.scicoop.secretariat.it.support.DatabaseServer;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.NAIROBI;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.SORBONNE;
import static org.scicoop.secretariat.it.proposal.EditorSteps.fileInput;
import static org.scicoop.secretariat.it.proposal.EditorSteps.step;
import static org.scicoop.secretariat.it.proposal.ProposalsApi.TSINGHUA;
import static org.scicoop.secretariat.it.support.Pdfs.pdf;
import static org.scicoop.secretariat.it.support.KeycloakTokens.demoToken;

/**
 * Issue 16, faults: PostgreSQL restarts while members create proposals, save drafts and submit through the API
 * (three clients in a loop). During the outage every request is answered at once with a 503 problem document
 * ({@code databaseUnavailable}, {@code Retry-After}), never a 500 or a hang, and a page is the styled 503 page in the
 * reader's language, and an upload in the proposal editor is told that the service is briefly unavailable; after PostgreSQL is back the service answers again within 10 s with the same WildFly, and
 * every write the API acknowledged (2xx) is in the database, and the coordinator's upload goes through once the
 * proposal is opened again, in the same session. PostgreSQL is left running and the server healthy.
 */
class DatabaseRestartIT extends DeployedApplication {

    /** The longest a request may take during the outage: the pool fails fast (docs/README.md, "Faults"). */
    private static final Duration PROMPT = Duration.ofSeconds(8);
    /** Issue 16: service back within 10 s of the database. */
    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean outage = new AtomicBoolean();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger acknowledgedDuringRun = new AtomicInteger();
    private final AtomicLong slowestDuringOutage = new AtomicLong();
    /** Proposals whose creation was acknowledged: id → acronym. */
    private final Map<Long, String> created = new ConcurrentHashMap<>();
    /** Receipts of acknowledged submissions. */
    private final List<String> receipts = new CopyOnWriteArrayList<>();
    /** The saved draft's titles, in order, each with whether it was acknowledged. */
    private final List<Saved> saves = new CopyOnWriteArrayList<>();

    private record Saved(String title, boolean acknowledged) {
    }

    @Test
    void aDatabaseRestartUnderLoadIsSurvivedWithoutLosingAnAcknowledgedWrite() throws Exception {
        String call = ProposalsApi.openCall();
        long organisation = ProposalsApi.organisationId(SORBONNE.organisation());
        ProposalsApi.Made toSave = ProposalsApi.completeDraft("member", call, SORBONNE, List.of(TSINGHUA, NAIROBI));
        ProposalsApi.Made toSubmit = ProposalsApi.completeDraft("member", call, SORBONNE, List.of(TSINGHUA, NAIROBI));
        ProposalsApi.Made toAttach = ProposalsApi.completeDraft("member", call, SORBONNE, List.of(TSINGHUA, NAIROBI));
        Path description = Files.write(Files.createTempFile("outage-", ".pdf"), pdf("Uploaded during an outage"));

        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> clients = List.of(
                load.submit(() -> loop(() -> create(call, organisation))),
                load.submit(() -> loop(() -> save(toSave))),
                load.submit(() -> loop(() -> submitOrReopen(toSubmit))));
        try (Browser browser = new Browser("fr"); Browser member = new Browser("fr")) {
            browser.open("/privacy.xhtml?lang=fr"); // the browser started before the outage
            // a coordinator in the editor, about to upload the description
            member.logInToDashboard("member");
            member.open("/app/proposals/proposal.xhtml?id=" + toAttach.id());
            step(member, "ATTACHMENTS");
            fileInput(member);
            awaitAcknowledged(6);

            long stopped = System.nanoTime();
            outage.set(true);
            DatabaseServer.stop();
            Duration startup;
            try {
                System.out.printf(Locale.ROOT, "DatabaseRestartIT: PostgreSQL stopped in %d ms%n",
                        (System.nanoTime() - stopped) / 1_000_000);
                awaitUnavailable(6);
                pageDuringOutage(browser);
                uploadDuringOutage(member, description);
            } finally {
                // whatever failed above, the rest of the run has its database
                startup = DatabaseServer.start();
            }
            Duration back = awaitService(toSave.path());
            outage.set(false);
            System.out.printf(Locale.ROOT, "DatabaseRestartIT: PostgreSQL accepted connections %d ms after its "
                            + "start; the API answered 200 again %d ms after that; outage %d ms in all%n",
                    startup.toMillis(), back.toMillis(), (System.nanoTime() - stopped) / 1_000_000);
            assertThat(back).as("service back after the database").isLessThanOrEqualTo(BACK_WITHIN);
            // the coordinator opens the proposal again, still signed in, and the upload goes through
            member.open("/app/proposals/proposal.xhtml?id=" + toAttach.id());
            step(member, "ATTACHMENTS");
            fileInput(member).sendKeys(description.toAbsolutePath().toString());
            member.driver().findElement(By.id("upload-form:upload")).click();
            member.waitForText(By.id("attachments"), text -> text.contains(description.getFileName().toString()));

            // the clients go on as before
            awaitAcknowledged(acknowledgedDuringRun.get() + 6);
        } finally {
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> each : clients) {
            each.get();
        }

        assertThat(unexpected).as(() -> "answers other than 2xx and the 503 problem document; the server logged:\n"
                + failuresLogged()).isEmpty();
        assertThat(Duration.ofNanos(slowestDuringOutage.get())).as("the slowest request during the outage")
                .isLessThanOrEqualTo(PROMPT);
        System.out.printf(Locale.ROOT, "DatabaseRestartIT: %d proposals created, %d drafts saved, %d submissions "
                        + "acknowledged, %d answers 503; slowest request during the outage %d ms%n", created.size(),
                saves.stream().filter(Saved::acknowledged).count(), receipts.size(), unavailable.get(),
                slowestDuringOutage.get() / 1_000_000);

        // every acknowledged write is in the database
        assertThat(created).isNotEmpty();
        created.forEach((id, acronym) -> assertThat(Database.single(
                "select acronym from proposal where id = ?", id)).as("created proposal " + id).isEqualTo(acronym));
        assertThat(receipts).isNotEmpty();
        receipts.forEach(receipt -> assertThat(Database.single(
                "select count(*) from proposal_submission where receipt = ?", receipt)).as(receipt).isEqualTo("1"));
        int lastAcknowledged = -1;
        for (int i = 0; i < saves.size(); i++) {
            if (saves.get(i).acknowledged()) {
                lastAcknowledged = i;
            }
        }
        assertThat(lastAcknowledged).isNotNegative();
        // the title of the last acknowledged save, or of a later one whose answer was a 503 but which was committed
        List<String> possible = saves.subList(lastAcknowledged, saves.size()).stream().map(Saved::title).toList();
        assertThat(Database.single("select title from proposal where id = ?", toSave.id())).isIn(possible);

        // the same WildFly answers the rest of the run
        assertThat(Http.getWithToken(toSave.path(), demoToken("member")).statusCode()).isEqualTo(200);
    }

    /** The failures (500) the server logged, each with the start of its stack trace: what to fix when one shows. */
    private static String failuresLogged() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(
                    TestEnvironment.buildDirectory().resolve("wildfly-base/log/server.log"));
            StringBuilder failures = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("[org.scicoop.secretariat.web.platform.Refusals]")
                        && lines.get(i).contains(" Failed ")) {
                    failures.append(lines.get(i)).append('\n');
                    // the stack trace: the lines up to the next entry, whose line starts with the date
                    for (int j = i + 1; j < lines.size() && j <= i + 80 && !Character.isDigit(
                            lines.get(j).isEmpty() ? 'x' : lines.get(j).charAt(0)); j++) {
                        failures.append(lines.get(j)).append('\n');
                    }
                }
            }
            return failures.toString();
        } catch (java.io.IOException e) {
            return "(server.log unreadable: " + e + ")";
        }
    }

    /** A request a client makes again and again: what it answered is recorded by the client itself. */
    private interface Step {
        void run() throws Exception;
    }

    private void loop(Step step) {
        while (running.get()) {
            try {
                step.run();
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception | AssertionError e) {
                unexpected.add(e.toString());
            }
        }
    }

    /** A member creates a proposal; an acknowledged one must be there afterwards. */
    private void create(String call, long organisation) {
        String acronym = ProposalsApi.unique("F");
        HttpResponse<String> answer = send("POST", ProposalsApi.BASE, """
                {"callCode": "%s", "acronym": "%s", "organisationId": %d}""".formatted(call, acronym, organisation),
                null);
        if (answer.statusCode() == 201) {
            created.put(json(answer.body()).getJsonNumber("id").longValueExact(), acronym);
        }
    }

    /** The coordinator saves the draft with a new title: what they read, put back changed (round trip). */
    private void save(ProposalsApi.Made draft) {
        HttpResponse<String> read = send("GET", draft.path(), null, null);
        if (read.statusCode() != 200) {
            return;
        }
        JsonObject content = json(read.body()).getJsonObject("content");
        String title = "Saved during the fault test " + System.nanoTime();
        String body = Json.createObjectBuilder().add("content", Json.createObjectBuilder(content).add("title", title))
                .build().toString();
        HttpResponse<String> saved = send("PUT", draft.path(), body, read.headers().firstValue("ETag").orElseThrow());
        saves.add(new Saved(title, saved.statusCode() == 200));
    }

    /** The coordinator submits the proposal, reopens it, submits it again…: each receipt must be kept. */
    private void submitOrReopen(ProposalsApi.Made proposal) {
        HttpResponse<String> read = send("GET", proposal.path(), null, null);
        if (read.statusCode() != 200) {
            return;
        }
        String status = json(read.body()).getString("status");
        String etag = read.headers().firstValue("ETag").orElseThrow();
        if ("SUBMITTED".equals(status)) {
            send("POST", proposal.path() + "/reopen", null, etag);
            return;
        }
        HttpResponse<String> submitted = send("POST", proposal.path() + "/submit", null, etag);
        if (submitted.statusCode() == 200) {
            receipts.add(json(submitted.body()).getString("receipt"));
        }
    }

    /** One request of the member's; anything but a 2xx or the outage's problem document is recorded as unexpected. */
    private HttpResponse<String> send(String method, String path, String json, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestEnvironment.appUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json").header("Accept-Language", "fr")
                .header("Authorization", "Bearer " + demoToken("member"));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        boolean duringOutage = outage.get();
        long started = System.nanoTime();
        HttpResponse<String> answer = Http.send(client, request.build());
        long took = System.nanoTime() - started;
        if (duringOutage) {
            slowestDuringOutage.accumulateAndGet(took, Math::max);
        }
        int status = answer.statusCode();
        if (status / 100 == 2) {
            acknowledgedDuringRun.incrementAndGet();
        } else if (status == 503) {
            unavailable.incrementAndGet();
            checkUnavailable(answer, method + " " + path);
        } else {
            unexpected.add(method + " " + path + ": " + status + " " + answer.body());
        }
        return answer;
    }

    private void checkUnavailable(HttpResponse<String> answer, String what) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")
                || !answer.headers().firstValue("Retry-After").orElse("").equals("5")) {
            unexpected.add(what + ": 503 as " + type + " without Retry-After 5: " + answer.body());
            return;
        }
        JsonObject problem = json(answer.body());
        if (!"databaseUnavailable".equals(problem.getString("code", null))
                || !Bundles.text("fr", "problem.databaseUnavailable").equals(problem.getString("detail", null))
                || problem.getInt("status", 0) != 503 || !"Service Unavailable".equals(problem.getString("title", null))) {
            unexpected.add(what + ": 503 with " + answer.body());
        }
    }

    /** A page during the outage: the styled 503 page in the reader's language, accessible, no sideways scroll. */
    private void pageDuringOutage(Browser browser) {
        HttpResponse<String> page = Http.get("/calls.xhtml?lang=fr");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains("5");
        assertThat(page.body()).contains(Bundles.text("fr", "error.unavailable.title"))
                .doesNotContain("SQLException").doesNotContain("JDBC").doesNotContain("\tat ");

        browser.open("/calls.xhtml?lang=fr");
        assertThat(browser.waitFor(By.id("error-title")).getText())
                .isEqualTo(Bundles.text("fr", "error.unavailable.title"));
        assertThat(browser.driver().findElement(By.id("error-unavailable")).getText())
                .contains(Bundles.text("fr", "error.unavailable.text"));
        assertThat(browser.isStyled()).as("the 503 page has the application's look").isTrue();
        assertThat(Axe.violations(browser)).isEmpty();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) sideways).intValue()).as("sideways scroll at 390 px").isLessThanOrEqualTo(0);
        browser.screenshot("database-unavailable-fr");
    }

    /**
     * A coordinator's upload in the editor during the outage is told, in their language, that the service is briefly
     * unavailable, never that the file was refused: beside the file when the editor could render its answer
     * ({@code Messages.invalidAt}), else the styled 503 page (the editor's answer reads the database too).
     */
    private void uploadDuringOutage(Browser member, Path description) {
        fileInput(member).sendKeys(description.toAbsolutePath().toString());
        member.driver().findElement(By.id("upload-form:upload")).click();
        String besideTheFile = Bundles.text("fr", "page.databaseUnavailable");
        String page = Bundles.text("fr", "error.unavailable.title");
        member.waitForText(By.tagName("body"), text -> text.contains(besideTheFile) || text.contains(page));
        assertThat(member.driver().findElement(By.tagName("body")).getText())
                .doesNotContain(Bundles.text("fr", "proposal.attachment.invalid"))
                .doesNotContain(description.getFileName().toString());
        member.screenshot("database-unavailable-upload-fr");
    }

    private void awaitAcknowledged(int count) throws InterruptedException {
        await(acknowledgedDuringRun, count, Duration.ofSeconds(60), "acknowledged requests");
    }

    private void awaitUnavailable(int count) throws InterruptedException {
        await(unavailable, count, Duration.ofSeconds(20), "503 answers during the outage");
    }

    /** Until the clients have counted {@code count} answers of a kind, at most {@code within}. */
    private void await(AtomicInteger answers, int count, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (answers.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(answers.get()).as(what + "; unexpected: " + unexpected).isGreaterThanOrEqualTo(count);
    }

    /** How long after now the API answers a read with 200 again, asked every 100 ms. */
    private Duration awaitService(String path) throws InterruptedException {
        long from = System.nanoTime();
        long deadline = from + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpRequest read = HttpRequest.newBuilder(URI.create(TestEnvironment.appUrl() + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + demoToken("member")).build();
            if (Http.send(client, read).statusCode() == 200) {
                return Duration.ofNanos(System.nanoTime() - from);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not answer 200 within 30 s of the database's return");
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
