import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load of benchmarks/surge.sh (issue 4, part 9): N consortia submit in the last minute before a
 * call's deadline, each uploading its own PDF (5 MB unless --mb says otherwise) and submitting at once. Run as a single-file Java 17
 * program ({@code java benchmarks/SurgeLoad.java --app … --keycloak … --n 200 …}); no dependencies.
 *
 * <p>Before the timed window: N member accounts are created through Keycloak's Admin REST API (as the
 * master realm's bootstrap administrator), each logs in once (authorization code with PKCE, as the
 * application's client: a password hash per login, which is why it happens before), the officer opens
 * a call whose deadline lies a few minutes ahead, and each member drafts a proposal complete but for its
 * description. In the window: every consortium uploads a distinct PDF and submits, concurrently, on a
 * pool of {@code --concurrency} threads (default N). With {@code --warm-up K}, K more consortia draft, upload and submit
 * to a second call (deadline a day ahead), four at a time, before the window, so that the window's uploads are not the
 * first the server's JVM sees (whether its compiler keeps the upload path compiled until then is another matter:
 * docs/benchmarks.md "Deadline surge"). Afterwards: throughput, latencies, failures; each
 * consortium's outcome as the client saw it goes to {@code --out} (CSV), for surge.sh to compare with
 * the database (and counts the receipt e-mails that bin/run's mail catcher kept).
 */
public class SurgeLoad {

    /** The members' password: the realm's policy asks for 12 characters at least. */
    static final String PASSWORD = "surge-deadline-2026";

    static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern REFRESH_TOKEN = Pattern.compile("\"refresh_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    // the first partner's own "id" (its "declarations" array, before it, may hold brackets)
    static final Pattern COORDINATING_PARTNER = Pattern.compile("\"partners\":\\[\\{.*?\"id\":(\\d+)");
    static final Pattern RECEIPT = Pattern.compile("\"receipt\":\"([^\"]+)\"");
    static final Pattern ONLY_THE_PDF_MISSING = Pattern.compile(
            "\"findings\":\\[\\{[^{}\\]]*\"rule\":\"descriptionMissing\"[^{}\\]]*}]");
    /** The size of each consortium's PDF: {@code --mb}, 5 MB by default. */
    static int PDF_BYTES = 5 * 1024 * 1024;

    final Map<String, String> options;
    final String app;
    final String keycloak;
    final String realm;
    final int n;
    final int window;
    final int warmUp;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();

    SurgeLoad(Map<String, String> options) {
        this.options = options;
        this.app = options.get("app");
        this.keycloak = options.get("keycloak");
        this.realm = keycloak + "/realms/secretariat";
        this.n = Integer.parseInt(options.getOrDefault("n", "200"));
        this.window = Integer.parseInt(options.getOrDefault("window", "60"));
        this.warmUp = Integer.parseInt(options.getOrDefault("warm-up", "0"));
        PDF_BYTES = Integer.parseInt(options.getOrDefault("mb", "5")) * 1024 * 1024;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : List.of("app", "keycloak", "agencies", "out")) {
            if (!options.containsKey(required)) {
                System.err.println("missing --" + required);
                System.exit(2);
            }
        }
        try {
            new SurgeLoad(options).run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);   // the pools' threads would keep the program, and surge.sh, waiting
        }
    }

    /** One member and their consortium's proposal, and what happened to it in the window. */
    static final class Consortium {
        final int number;
        final String username;
        String accessToken;
        String refreshToken;
        Instant tokenAt;
        long proposalId;
        String etag;
        byte[] multipart;
        String boundary;
        // what the client saw
        int uploadStatus;
        int submitStatus;
        String receipt;
        String error;
        long startNanos;
        long uploadNanos;
        long submitNanos;
        long endNanos;

        Consortium(int number, String prefix) {
            this.number = number;
            this.username = prefix + String.format("%04d", number);
        }

        boolean succeeded() {
            return submitStatus == 200 && receipt != null;
        }
    }

    void run() throws Exception {
        String prefix = options.getOrDefault("prefix", "surge");
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", String.valueOf(n)));
        List<Consortium> consortia = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            consortia.add(new Consortium(i, prefix));
        }
        List<Consortium> warming = new ArrayList<>();
        for (int i = n + 1; i <= n + warmUp; i++) {
            warming.add(new Consortium(i, prefix));
        }
        List<Consortium> everyone = new ArrayList<>(consortia);
        everyone.addAll(warming);

        // --- before the window ----------------------------------------------------------------
        long t0 = System.nanoTime();
        createAccounts(everyone);
        log("created %d member accounts in Keycloak in %.1f s", everyone.size(), seconds(System.nanoTime() - t0));

        t0 = System.nanoTime();
        ExecutorService logins = Executors.newFixedThreadPool(4);
        parallel(logins, everyone, c -> login(c, c.username, PASSWORD));
        logins.shutdown();
        log("obtained %d tokens (one login each) in %.1f s", everyone.size(), seconds(System.nanoTime() - t0));

        String officer = tokens("officer", "demo")[0];
        // The drafts take about 0.3 s each here; the window opens when they are ready, and the deadline is
        // set so that it does not wait long for it.
        // The drafts take about 0.3 s each here, a warm-up's upload and submission up to a few seconds.
        Instant deadline = Instant.now().plusSeconds(window + 45 + Math.round((n + warmUp) * 0.35) + warmUp)
                .truncatedTo(ChronoUnit.SECONDS);
        String call = openCall(officer, "SURGE-", deadline);
        log("opened the call %s, deadline %s", call, deadline);

        t0 = System.nanoTime();
        ExecutorService drafting = Executors.newFixedThreadPool(6);
        parallel(drafting, consortia, c -> draft(c, call));
        drafting.shutdown();
        log("drafted %d proposals (complete but for the PDF) in %.1f s", n, seconds(System.nanoTime() - t0));
        if (warmUp > 0) {
            warmUp(officer, warming);
        }

        Set<String> digests = ConcurrentHashMap.newKeySet();
        for (Consortium c : consortia) {
            byte[] pdf = pdf(c.number, c.username);
            digests.add(sha256(pdf));
            prepareUpload(c, "surge", pdf);
        }
        log("made %d distinct PDFs of %d bytes", digests.size(), PDF_BYTES);

        Instant windowOpens = deadline.minusSeconds(window);
        if (Instant.now().isAfter(windowOpens)) {
            log("WARNING: the preparation ended %d s into the last minute: the window is shorter",
                    Duration.between(windowOpens, Instant.now()).toSeconds());
        }
        // Tokens live 5 minutes: those obtained long ago are refreshed now, still before the window (no password hash).
        // half a minute before the window, not at once: with N = 1,000 the preparation ends minutes before it
        while (Instant.now().isBefore(windowOpens.minusSeconds(30))) {
            Thread.sleep(1000);
        }
        ExecutorService refreshing = Executors.newFixedThreadPool(4);
        parallel(refreshing, consortia, c -> {
            if (c.tokenAt.isBefore(windowOpens.plusSeconds(window).minusSeconds(280))) {
                refresh(c);
            }
        });
        refreshing.shutdown();
        while (Instant.now().isBefore(windowOpens)) {
            Thread.sleep(Math.min(1000, Math.max(1, Duration.between(Instant.now(), windowOpens).toMillis())));
        }

        // --- the window: everyone at once -------------------------------------------------------
        log("the last minute: %d consortia upload and submit, %d at a time", n, concurrency);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Consortium c : consortia) {
            running.add(pool.submit(() -> {
                gate.await();
                submit(c);
                return null;
            }));
        }
        long burst = System.nanoTime();
        gate.countDown();
        for (Future<?> task : running) {
            task.get();
        }
        long burstEnd = System.nanoTime();
        pool.shutdown();
        Instant finished = Instant.now();

        // --- results ----------------------------------------------------------------------------
        long ok = consortia.stream().filter(Consortium::succeeded).count();
        Map<String, Long> failures = consortia.stream().filter(c -> !c.succeeded())
                .collect(Collectors.groupingBy(c -> c.error, LinkedHashMap::new, Collectors.counting()));
        double elapsed = seconds(burstEnd - burst);
        System.out.println();
        System.out.printf(Locale.ROOT, "Surge: %d consortia, each a %d MB PDF then submit, %d concurrent, %d cores%n",
                n, PDF_BYTES / 1024 / 1024, concurrency, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  all answered in  %.1f s of the %d s window (the last answer %s)%n", elapsed,
                window, finished.isBefore(deadline) ? Duration.between(finished, deadline).toMillis() / 1000.0
                        + " s before the deadline" : Duration.between(deadline, finished).toMillis() / 1000.0
                        + " s after the deadline");
        System.out.printf(Locale.ROOT, "  throughput       %.2f submissions/s   %.1f MB/s uploaded%n",
                ok / elapsed, ok * (PDF_BYTES / 1048576.0) / elapsed);
        printLatency("upload (" + PDF_BYTES / 1048576 + " MB)", consortia.stream().filter(c -> c.uploadNanos > 0).mapToLong(c -> c.uploadNanos));
        printLatency("submit", consortia.stream().filter(c -> c.submitNanos > 0).mapToLong(c -> c.submitNanos));
        printLatency("upload + submit", consortia.stream().filter(Consortium::succeeded)
                .mapToLong(c -> c.endNanos - c.startNanos));
        System.out.printf(Locale.ROOT, "  succeeded        %d of %d%n", ok, n);
        System.out.printf(Locale.ROOT, "  failed           %d%s%n", n - ok, failures.isEmpty() ? "" : "  " + failures);

        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(options.get("out"))))) {
            out.println("proposal_id,client_ok,receipt,upload_status,submit_status");
            for (Consortium c : consortia) {
                out.printf("%d,%s,%s,%d,%d%n", c.proposalId, c.succeeded(), c.receipt == null ? "" : c.receipt,
                        c.uploadStatus, c.submitStatus);
            }
        }
        System.out.println("CALL " + call);
        System.out.flush();
        System.exit(0);
    }

    // ---------------------------------------------------------------- the window

    /** The warm-up: its consortia draft, upload and submit to a call of their own, four at a time. */
    void warmUp(String officer, List<Consortium> warming) throws Exception {
        long t0 = System.nanoTime();
        String call = openCall(officer, "WARM-", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        parallel(pool, warming, c -> {
            draft(c, call);
            prepareUpload(c, "warm", pdf(c.number, c.username));
            submit(c);
        });
        pool.shutdown();
        long ok = warming.stream().filter(Consortium::succeeded).count();
        log("warm-up: %d of %d consortia drafted, uploaded and submitted to %s in %.1f s", ok, warming.size(), call,
                seconds(System.nanoTime() - t0));
        if (ok < warming.size()) {
            throw new IllegalStateException("the warm-up failed: " + warming.stream().filter(c -> !c.succeeded())
                    .map(c -> c.error).toList());
        }
    }

    void submit(Consortium c) {
        c.startNanos = System.nanoTime();
        try {
            HttpResponse<String> uploaded = send(HttpRequest.newBuilder(URI.create(app + "/api/v1/proposals/"
                            + c.proposalId + "/attachments"))
                    .header("Authorization", "Bearer " + c.accessToken)
                    .header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + c.boundary)
                    .header("If-Match", c.etag)
                    .timeout(Duration.ofSeconds(180))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(c.multipart)));
            c.uploadNanos = System.nanoTime() - c.startNanos;
            c.uploadStatus = uploaded.statusCode();
            if (c.uploadStatus != 201) {
                c.error = "upload " + c.uploadStatus + problemCode(uploaded.body());
                return;
            }
            String etag = uploaded.headers().firstValue("ETag").orElseThrow();
            long submitStart = System.nanoTime();
            HttpResponse<String> submitted = send(HttpRequest.newBuilder(URI.create(app + "/api/v1/proposals/"
                            + c.proposalId + "/submit"))
                    .header("Authorization", "Bearer " + c.accessToken)
                    .header("Accept", "application/json")
                    .header("If-Match", etag)
                    .timeout(Duration.ofSeconds(180))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            c.endNanos = System.nanoTime();
            c.submitNanos = c.endNanos - submitStart;
            c.submitStatus = submitted.statusCode();
            Matcher receipt = RECEIPT.matcher(submitted.body());
            if (c.submitStatus == 200 && receipt.find()) {
                c.receipt = receipt.group(1);
            } else {
                c.error = "submit " + c.submitStatus + problemCode(submitted.body());
            }
        } catch (Exception e) {
            c.error = e.getClass().getSimpleName();
        } finally {
            c.multipart = null;
        }
    }

    // ---------------------------------------------------------------- preparation

    void createAccounts(List<Consortium> consortia) throws Exception {
        String[] admin = {adminToken()};
        Instant[] adminAt = {Instant.now()};
        String role = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/secretariat/roles/consortium-member"))
                .header("Authorization", "Bearer " + admin[0]).GET()).body();
        for (Consortium c : consortia) {
            if (adminAt[0].isBefore(Instant.now().minusSeconds(40))) {
                admin[0] = adminToken();
                adminAt[0] = Instant.now();
            }
            String user = """
                    {"username": "%s", "email": "%s@surge.example", "firstName": "Surge", "lastName": "Member %d",
                     "enabled": true, "emailVerified": true,
                     "attributes": {"country": ["FR"], "organisation": ["Sorbonne Université"]},
                     "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                    .formatted(c.username, c.username, c.number, PASSWORD);
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/secretariat/users"))
                    .header("Authorization", "Bearer " + admin[0]).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(user)));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("could not create " + c.username + ": " + created.statusCode() + " "
                        + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> granted = send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + admin[0]).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + role + "]")));
            if (granted.statusCode() != 204) {
                throw new IllegalStateException("could not grant the role to " + c.username + ": " + granted.body());
            }
        }
    }

    String adminToken() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", options.getOrDefault("kc-admin", "admin"),
                        "password", options.getOrDefault("kc-admin-password", "admin"))))));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("no admin token: " + response.body());
        }
        return token.group(1);
    }

    void login(Consortium c, String username, String password) throws Exception {
        String[] tokens = tokens(username, password);
        c.accessToken = tokens[0];
        c.refreshToken = tokens[1];
        c.tokenAt = Instant.now();
    }

    /** Access and refresh token through the login form: authorization code with PKCE, as a browser-based client. */
    String[] tokens(String username, String password) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = app + "/app/";
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/auth?"
                + form(Map.of("client_id", "secretariat-web", "response_type", "code", "scope", "openid",
                "redirect_uri", redirect, "state", "surge", "code_challenge", challenge,
                "code_challenge_method", "S256")))).GET());
        keep(cookies, page);
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form for " + username + ": " + page.statusCode());
        }
        HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", "")))));
        String location = loggedIn.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("login refused for " + username));
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (!code.find()) {
            throw new IllegalStateException("no code for " + username + " in " + location);
        }
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", redirect,
                        "client_id", "secretariat-web", "client_secret", clientSecret(), "code_verifier", verifier)))));
        Matcher access = ACCESS_TOKEN.matcher(tokens.body());
        Matcher refresh = REFRESH_TOKEN.matcher(tokens.body());
        if (!access.find() || !refresh.find()) {
            throw new IllegalStateException("token exchange failed for " + username + ": " + tokens.body());
        }
        return new String[]{access.group(1), refresh.group(1)};
    }

    void refresh(Consortium c) throws Exception {
        HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "refresh_token",
                        "refresh_token", c.refreshToken, "client_id", "secretariat-web",
                        "client_secret", clientSecret())))));
        Matcher access = ACCESS_TOKEN.matcher(tokens.body());
        if (!access.find()) {
            throw new IllegalStateException("refresh failed for " + c.username + ": " + tokens.body());
        }
        c.accessToken = access.group(1);
        c.tokenAt = Instant.now();
    }

    String openCall(String officer, String prefix, Instant deadline) throws Exception {
        String code = prefix + (System.currentTimeMillis() / 1000 % 100000);
        Map<String, String> agencies = new HashMap<>();
        for (String pair : options.get("agencies").split(",")) {
            String[] kv = pair.split("=");
            agencies.put(kv[0], kv[1]);
        }
        String json = """
                {"code": "%s", "title": "Deadline surge", "summary": "Many consortia submit in the last minute.",
                 "themes": ["WATER"], "opensAt": "%s", "deadline": "%s", "commonFundEur": 5000000,
                 "minPartners": 3, "minCountries": 2, "developingPartnerRequired": true,
                 "coordinatorCountryFunds": true, "maxDurationMonths": 36,
                 "commitments": [{"agencyId": %s, "amount": 100000000, "maxRequestPerPartner": 300000},
                                 {"agencyId": %s, "amount": 800000000, "maxRequestPerPartner": 1500000}]}"""
                .formatted(code, Instant.now().minus(1, ChronoUnit.DAYS), deadline, agencies.get("FR"),
                        agencies.get("CN"));
        HttpResponse<String> created = send(api("POST", "/api/v1/calls", officer, json));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not create the call: " + created.body());
        }
        HttpResponse<String> opened = send(api("POST", "/api/v1/calls/" + code + "/open", officer, null)
                .header("If-Match", created.headers().firstValue("ETag").orElseThrow()));
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("could not open the call: " + opened.body());
        }
        return code;
    }

    void draft(Consortium c, String call) throws Exception {
        HttpResponse<String> created = send(api("POST", "/api/v1/proposals", c.accessToken, """
                {"callCode": "%s", "acronym": "SRG%04d",
                 "newOrganisation": {"name": "Sorbonne Université", "countryCode": "FR", "type": "UNIVERSITY"}}"""
                .formatted(call, c.number)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not create the proposal of " + c.username + ": " + created.body());
        }
        c.proposalId = Long.parseLong(created.headers().firstValue("Location").orElseThrow()
                .replaceFirst(".*/", ""));
        Matcher coordinating = COORDINATING_PARTNER.matcher(created.body());
        if (!coordinating.find()) {
            throw new IllegalStateException("no partner in " + created.body());
        }
        String content = """
                {"content": {"acronym": "SRG%04d", "title": "Surge proposal %d", "abstractText": "Submitted at the last minute.",
                             "keywords": "deadline, surge", "durationMonths": 24,
                 "partners": [
                   {"id": %s, "piName": "Surge Member %d", "piEmail": "%s@surge.example", "requested": 200000, "personMonths": 24},
                   {"newOrganisation": {"name": "Tsinghua University", "countryCode": "CN", "type": "UNIVERSITY"},
                    "piName": "Li Surge", "piEmail": "li%d@surge.example", "requested": 1000000, "personMonths": 24},
                   {"newOrganisation": {"name": "University of Nairobi", "countryCode": "KE", "type": "UNIVERSITY"},
                    "piName": "Wanjiru Surge", "piEmail": "wanjiru%d@surge.example", "requested": 80000, "personMonths": 24}],
                 "milestones": [{"title": "Kick-off report", "dueMonth": 6, "kind": "DELIVERABLE", "responsible": 0}]}}"""
                .formatted(c.number, c.number, coordinating.group(1), c.number, c.username, c.number, c.number);
        HttpResponse<String> saved = send(api("PUT", "/api/v1/proposals/" + c.proposalId, c.accessToken, content)
                .header("If-Match", created.headers().firstValue("ETag").orElseThrow()));
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("could not save the proposal of " + c.username + ": " + saved.body());
        }
        if (!ONLY_THE_PDF_MISSING.matcher(saved.body()).find()) {
            throw new IllegalStateException("the proposal of " + c.username + " lacks more than its PDF: " + saved.body());
        }
        c.etag = saved.headers().firstValue("ETag").orElseThrow();
    }

    // ---------------------------------------------------------------- PDFs and multipart

    /**
     * A valid one-page PDF of {@link #PDF_BYTES}, distinct for each consortium: a page that draws a line of text, and
     * a stream of random bytes (as the compressed images and fonts of a real PDF are: the database
     * cannot compress them further). The service parses the file with PDFBox and counts its pages.
     */
    static byte[] pdf(int number, String username) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(PDF_BYTES + 1024);
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        offsets.add(out.size());
        write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets.add(out.size());
        write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets.add(out.size());
        write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n");
        offsets.add(out.size());
        byte[] text = ("BT /F1 18 Tf 72 720 Td (Full description of proposal " + number + ", " + username
                + ") Tj ET\n").getBytes(StandardCharsets.US_ASCII);
        write(out, "4 0 obj\n<< /Length " + text.length + " >>\nstream\n");
        out.writeBytes(text);
        write(out, "\nendstream\nendobj\n");
        offsets.add(out.size());
        write(out, "5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
        offsets.add(out.size());
        byte[] payload = new byte[PDF_BYTES - out.size() - 400];
        new Random(number * 7919L + 17).nextBytes(payload);
        write(out, "6 0 obj\n<< /Length " + payload.length + " >>\nstream\n");
        out.writeBytes(payload);
        write(out, "\nendstream\nendobj\n");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 7\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /** The consortium's upload: its PDF in a multipart body under a boundary of its own. */
    static void prepareUpload(Consortium c, String prefix, byte[] pdf) {
        c.boundary = "----" + prefix + c.number + "x" + Long.toHexString(new SecureRandom().nextLong());
        c.multipart = multipart(c.boundary, "description-" + c.username + ".pdf", pdf);
    }

    static byte[] multipart(String boundary, String fileName, byte[] pdf) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(pdf.length + 512);
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nDESCRIPTION\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.writeBytes(pdf);
        write(body, "\r\n--" + boundary + "--\r\n");
        return body.toByteArray();
    }

    // ---------------------------------------------------------------- plumbing

    HttpRequest.Builder api(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return request;
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String clientSecret() {
        return options.getOrDefault("client-secret", "demo-only-secretariat-web-secret");
    }

    interface Step {
        void run(Consortium c) throws Exception;
    }

    static void parallel(ExecutorService pool, List<Consortium> consortia, Step step) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (Consortium c : consortia) {
            futures.add(pool.submit(() -> {
                step.run(c);
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
    }

    static void printLatency(String label, java.util.stream.LongStream nanos) {
        long[] sorted = nanos.sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf(Locale.ROOT, "  %-16s (none)%n", label);
            return;
        }
        System.out.printf(Locale.ROOT, "  %-16s p50 %7.0f ms   p99 %7.0f ms   max %7.0f ms%n", label,
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static void keep(Map<String, String> cookies, HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The problem's code, when the answer is a problem document with one (" rule.proposal.deadlinePassed"). */
    static String problemCode(String body) {
        Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(body == null ? "" : body);
        return code.find() ? " " + code.group(1) : "";
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void log(String format, Object... values) {
        System.out.printf(Locale.ROOT, "[%s] " + format + "%n",
                java.util.stream.Stream.concat(java.util.stream.Stream.of(Instant.now().truncatedTo(ChronoUnit.SECONDS)),
                        Arrays.stream(values)).toArray());
    }
}
