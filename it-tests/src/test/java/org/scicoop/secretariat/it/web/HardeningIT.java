package org.scicoop.secretariat.it.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scicoop.secretariat.it.call.CallDocuments;
import org.scicoop.secretariat.it.support.Browser;
import org.scicoop.secretariat.it.support.Bundles;
import org.scicoop.secretariat.it.support.DeployedApplication;
import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.KeycloakTokens;
import org.scicoop.secretariat.it.support.RawHttp;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The security review's findings (issue 15), closed: body limits, headers, tokens, the security log. */
class HardeningIT extends DeployedApplication {

    private static final long SIXTY_MEGABYTES = 60L * 1024 * 1024;

    @Test
    void aSixtyMegabyteAnonymousPostIsRefusedBeforeItIsRead() throws IOException {
        for (String path : new String[]{"/api/v1/calls", "/index.xhtml"}) {
            Instant start = Instant.now();
            String answer = declareAndSendOnlyTheStart("POST", path, SIXTY_MEGABYTES);

            assertThat(answer).as(path).startsWith("HTTP/1.1 413");
            assertThat(Duration.between(start, Instant.now())).as(path).isLessThan(Duration.ofSeconds(10));
            if (path.startsWith("/api/")) {
                assertThat(answer).contains("application/problem+json").contains("\"status\":413")
                        .contains(Bundles.text("en", "problem.tooLarge"));
            }
        }
        assertThat(serverLog()).contains("event=request.tooLarge actor=anonymous method=POST path=/api/v1/calls"
                + " declared=" + SIXTY_MEGABYTES);
    }

    @Test
    void aSignedInUsersUploadTakesItsOwnLimitOnlyOnTheUploadPaths() throws IOException {
        String officer = KeycloakTokens.demoToken("officer");
        // a JSON body of 3 MB to an operation that is no upload: over the 2 MB of every path but the uploads
        assertThat(declareAndSendOnlyTheStart("POST", "/api/v1/calls", 3L * 1024 * 1024,
                "Authorization: Bearer " + officer)).startsWith("HTTP/1.1 413");
        // 30 MB to the call-document upload: over the upload limit (the largest file and its framing)
        assertThat(declareAndSendOnlyTheStart("POST", "/api/v1/calls/ANY-CODE/documents", 30L * 1024 * 1024,
                "Authorization: Bearer " + officer)).startsWith("HTTP/1.1 413");
    }

    @Test
    void aPageTakesNoBodyWithoutALength() throws IOException {
        // no Content-Length to refuse it by: a page takes no body without one (411), before reading it
        URI app = URI.create(TestEnvironment.appUrl());
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /index.xhtml HTTP/1.1\r\nHost: " + app.getHost() + ":" + app.getPort()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = ("a=" + "x".repeat(64 * 1024 - 2)).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 48; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    chunk = ("x".repeat(64 * 1024)).getBytes(StandardCharsets.US_ASCII);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // refused while sending: what it answered follows
            }
            String answer = new String(socket.getInputStream().readNBytes(200), StandardCharsets.ISO_8859_1);
            assertThat(answer).as("3 MB of form, chunked, to a page").startsWith("HTTP/1.1 411");
        }
    }

    @Test
    void thePagesUploadRefusesAFileOverTheLimitOfTheApisUploadWithTheSameRule() throws IOException {
        String officerToken = KeycloakTokens.demoToken("officer");
        String code = CallDocuments.draft(officerToken, CallDocuments.newCode("IT-LIMIT"));
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
        Path file = Files.write(Files.createTempDirectory(TestEnvironment.buildDirectory(), "limits-")
                .resolve("huge.pdf"), large);

        try (Browser officer = new Browser()) {
            officer.logInToDashboard("officer");
            officer.open("/app/calls/view.xhtml?code=" + code);
            officer.waitFor(By.id("upload-form:document-title")).sendKeys("Too large");
            officer.driver().findElement(By.cssSelector("#upload-form input[type='file']"))
                    .sendKeys(file.toAbsolutePath().toString());
            officer.driver().findElement(By.id("upload-form:upload-document")).click();

            officer.waitForText(By.id("upload-form:document-file-message"),
                    text -> text.equals(Bundles.text("en", "rule.document.tooLarge").replace("{0}", "10")));
            assertThat(officer.driver().findElement(By.id("upload-form:document-title")).getAttribute("value"))
                    .as("nothing typed is lost").isEqualTo("Too large");
        }
    }

    @Test
    void everyResponseHasOnePolicyAllowingNoInlineOrEvaluatedScriptAndPagesAllowTheirNonce() {
        // the protected page is answered by the sign-in (a redirect) before any filter: undertow-handlers.conf's policy
        for (String path : new String[]{"/", "/calls.xhtml", "/api/v1/countries", "/missing.xhtml",
                "/app/dashboard.xhtml"}) {
            HttpResponse<String> response = Http.get(path);
            assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                    .singleElement().satisfies(csp -> assertThat(scripts(csp)).as(path)
                            .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS for an application on plain HTTP (a local address)").isEmpty();
        }
        assertThat(scripts(Http.get("/api/v1/countries").headers().firstValue("Content-Security-Policy").orElseThrow()))
                .isEqualTo("script-src 'self'");
        for (String path : new String[]{"/", "/calls.xhtml", "/missing.xhtml"}) {
            HttpResponse<String> page = Http.get(path);
            String nonce = scripts(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .replaceFirst("^script-src 'self' 'nonce-([^']+)'$", "$1");
            assertThat(page.body()).as("the page's scripts carry the policy's nonce: " + path)
                    .contains("nonce=\"" + nonce + "\"");
        }
    }

    /** The directive of a policy that rules scripts: {@code script-src}, else {@code default-src}. */
    private static String scripts(String policy) {
        List<String> directives = Arrays.stream(policy.split(";")).map(String::trim).toList();
        return directives.stream().filter(directive -> directive.startsWith("script-src ")).findFirst()
                .or(() -> directives.stream().filter(directive -> directive.startsWith("default-src ")).findFirst())
                .orElseThrow(() -> new AssertionError("nothing rules scripts in " + policy));
    }

    @Test
    void theApplicationsTokenCarriesItsRolesAndNoneOfKeycloaksAdministration() {
        // admin also manages users in Keycloak (realm-management roles): none of that reaches the application
        String payload = new String(Base64.getUrlDecoder().decode(KeycloakTokens.accessToken("admin", "demo")
                .split("\\.")[1]), StandardCharsets.UTF_8);

        assertThat(Json.list(payload, "realm_access.roles")).extracting(value -> value.toString().replace("\"", ""))
                .containsExactly("admin");
        assertThat(payload).doesNotContain("realm-management").doesNotContain("manage-users")
                .doesNotContain("resource_access").doesNotContain("offline_access");
    }

    /**
     * Sends a request that declares {@code length} bytes of body but sends only its first 64 KB, then reads what the
     * server says: an answer while most of the body was never sent shows it was refused before being read.
     */
    private static String declareAndSendOnlyTheStart(String method, String path, long length, String... headers)
            throws IOException {
        return RawHttp.declareAndSendOnlyTheStart(method, path, "application/json", length, headers);
    }

    private static String serverLog() throws IOException {
        return Files.readString(TestEnvironment.buildDirectory().resolve("wildfly-base/log/server.log"));
    }
}
