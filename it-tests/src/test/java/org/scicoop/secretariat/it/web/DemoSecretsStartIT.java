package org.scicoop.secretariat.it.web;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.it.support.Infrastructure;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start with the demo secrets (issue 15, "Done when"): a WildFly of its own — the built server, a fresh
 * base directory with its own H2 database, the run's port offset + 50 — starts with {@code SECRETARIAT_APP_URL} a
 * public HTTPS address and both client secrets the public {@code demo-only-…} ones, and the EAR in its deployments
 * directory. The deployment fails ({@code platform.control.DemoSecrets}), the application answers no page, and the
 * server log holds the one line that names the variables. The run's own WildFly is not touched; the second one is
 * stopped in every outcome.
 */
class DemoSecretsStartIT {

    private static final String PUBLIC_URL = "https://secretariat.example.org";
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    // the line's two halves, around its "…": the log's encoding is the platform's, read here byte for character
    private static final String REFUSAL = "Refusing to start: SECRETARIAT_OIDC_CLIENT_SECRET,"
            + " SECRETARIAT_INVITATIONS_CLIENT_SECRET still hold the public demo secret (demo-only-";
    private static final String REASON = ") while SECRETARIAT_APP_URL (" + PUBLIC_URL + ") is not a local address.";

    @Test
    void aStartWithTheDemoSecretsOnAPublicAddressIsRefusedWithOneClearLine() throws Exception {
        Path base = Infrastructure.freshWildFlyBase("wildfly-demo-secrets");
        Path deployments = base.resolve("deployments");
        Files.copy(TestEnvironment.buildDirectory().resolve("secretariat.ear"), deployments.resolve("secretariat.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        int offset = TestEnvironment.wildflyOffset() + 50;
        URI app = URI.create("http://localhost:" + (8080 + offset));
        Path home = TestEnvironment.serverDirectory().resolve("wildfly");
        ProcessBuilder command = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-secretariat.xml", // H2 in the base directory: the run's PostgreSQL is not touched
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                "-Djava.io.tmpdir=" + base.resolve("tmp"))
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        Map<String, String> environment = command.environment();
        List.of("SECRETARIAT_DB_URL", "SECRETARIAT_DB_USER", "SECRETARIAT_DB_PASSWORD", "SECRETARIAT_DEMO_DATA",
                "JAVA_OPTS").forEach(environment::remove);
        environment.put("JBOSS_HOME", home.toString());
        environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        environment.put("SECRETARIAT_APP_URL", PUBLIC_URL);
        environment.put("SECRETARIAT_OIDC_CLIENT_SECRET", "demo-only-secretariat-web-secret");
        environment.put("SECRETARIAT_INVITATIONS_CLIENT_SECRET", "demo-only-secretariat-invitations-secret");
        Files.createDirectories(base.resolve("tmp"));

        Process wildfly = command.start();
        try {
            Instant started = Instant.now();
            Path failed = deployments.resolve("secretariat.ear.failed");
            Path log = base.resolve("log/server.log");
            while (!Files.exists(failed) && !Files.exists(deployments.resolve("secretariat.ear.deployed"))) {
                assertThat(wildfly.isAlive()).as("WildFly is running; see %s", base.resolve("console.log")).isTrue();
                assertThat(Duration.between(started, Instant.now())).as("the deployment's outcome within %s", PATIENCE)
                        .isLessThan(PATIENCE);
                Thread.sleep(500);
            }
            // the boot ends after the deployment's outcome: "started (with errors)", WFLYSRV0026
            while (!Files.readString(log, StandardCharsets.ISO_8859_1).matches("(?s).*WFLYSRV002[56].*")) {
                assertThat(Duration.between(started, Instant.now())).as("the boot's end within %s", PATIENCE)
                        .isLessThan(PATIENCE);
                Thread.sleep(500);
            }
            System.out.printf("DemoSecretsStartIT: the deployment failed and the server started after %d s%n",
                    Duration.between(started, Instant.now()).toSeconds());

            assertThat(failed).as("the deployment failed").exists();
            assertThat(deployments.resolve("secretariat.ear.deployed")).doesNotExist();
            List<String> refusals = Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                    .filter(line -> line.contains("[org.scicoop.secretariat.platform.control.DemoSecrets]"))
                    .toList();
            assertThat(refusals).as("the log's lines of DemoSecrets").hasSize(1);
            assertThat(refusals.get(0)).contains(" SEVERE ").contains(REFUSAL).contains(REASON)
                    .contains("docs/keycloak-realm.md, \"Production\"");
            assertThat(Files.readString(failed, StandardCharsets.ISO_8859_1)).as("the deployment's failure says why")
                    .contains(REFUSAL);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (String path : List.of("/", "/calls.xhtml", "/api/v1/calls", "/app/dashboard.xhtml")) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app.resolve(path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as("%s answers no page of the application", path).isEqualTo(404);
                assertThat(answer.body()).as(path).doesNotContain("SciCoop");
            }
        } finally {
            stop(wildfly);
        }
    }

    /** Stops the WildFly (its Java process and the script that started it), forcibly if it lingers. */
    private static void stop(Process wildfly) throws InterruptedException {
        List<ProcessHandle> all = new java.util.ArrayList<>(wildfly.descendants().toList());
        all.add(wildfly.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException lingering) {
                process.destroyForcibly();
            }
        }
        assertThat(all).as("every process of the second WildFly ended").noneMatch(ProcessHandle::isAlive);
    }
}
