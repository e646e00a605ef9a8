package org.scicoop.secretariat.it.cluster;

import org.scicoop.secretariat.it.support.TestEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The two-node cluster as {@code bin/run --cluster} starts it (built EAR and servers, {@code --no-build}): a throwaway
 * PostgreSQL, Keycloak with the demo realm, WildFly {@code node1} and {@code node2} on {@code standalone-ha} and
 * HAProxy on the application's address ({@link TestEnvironment#appUrl()}), all on the ports of the {@code cluster}
 * profile (it-tests/pom.xml), so that it runs beside {@code bin/run} and the other system tests' servers.
 */
final class Cluster implements AutoCloseable {

    /** Each server's start: about two minutes on an idle machine of two cores, many more on a loaded one. */
    private static final Duration START = Duration.ofMinutes(15);

    private final Path runDirectory;
    private final Path output;
    private final Process run;

    private Cluster(Path runDirectory, Path output, Process run) {
        this.runDirectory = runDirectory;
        this.output = output;
        this.run = run;
    }

    /** Starts the cluster and returns once the balancer answers (or fails with the run's last lines). */
    static Cluster start() {
        Path root = TestEnvironment.serverDirectory().getParent().getParent().toAbsolutePath().normalize();
        Path runDirectory = TestEnvironment.buildDirectory().resolve("cluster-run");
        Path output = TestEnvironment.buildDirectory().resolve("cluster-run.log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("bin/run").toString(), "--cluster", "--no-build",
                "--fresh").directory(root.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        // the other system tests' settings (their database, their mail server) are not the cluster's
        environment.keySet().removeIf(name -> name.startsWith("SECRETARIAT_"));
        environment.putAll(Map.of(
                "SECRETARIAT_RUN_DIR", runDirectory.toString(),
                "SECRETARIAT_APP_URL", TestEnvironment.appUrl(),
                "SECRETARIAT_PORT_OFFSET", System.getProperty("it.cluster.offset"),
                "SECRETARIAT_KEYCLOAK_PORT", Integer.toString(TestEnvironment.keycloakPort()),
                "SECRETARIAT_KEYCLOAK_MANAGEMENT_PORT", Integer.toString(TestEnvironment.keycloakManagementPort()),
                "SECRETARIAT_OIDC_PROVIDER_URL", TestEnvironment.realmUrl(),
                "SECRETARIAT_OIDC_CLIENT_SECRET", TestEnvironment.clientSecret(),
                "SECRETARIAT_CLUSTER_DB_PORT", Integer.toString(TestEnvironment.postgresPort()),
                "SECRETARIAT_SMTP_PORT", Integer.toString(TestEnvironment.smtpPort()),
                "SECRETARIAT_MAIL_PORT", System.getProperty("it.cluster.mail.port")));
        environment.putAll(Map.of(
                "SECRETARIAT_BALANCER_STATS_PORT", System.getProperty("it.cluster.stats.port"),
                // as in production, and as the other system tests run
                "SECRETARIAT_REQUIRE_2FA", "true",
                "SECRETARIAT_START_TIMEOUT", Long.toString(START.toSeconds())));
        Process run;
        try {
            run = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Cluster cluster = new Cluster(runDirectory, output, run);
        Instant deadline = Instant.now().plus(START).plus(Duration.ofMinutes(2));
        while (!cluster.log().contains("SciCoop Secretariat is running")) {
            if (!run.isAlive() || Instant.now().isAfter(deadline)) {
                String log = cluster.log();
                cluster.close();
                throw new IllegalStateException("bin/run --cluster did not start (" + output + "):\n"
                        + log.substring(Math.max(0, log.length() - 4000)));
            }
            pause(Duration.ofSeconds(1));
        }
        return cluster;
    }

    /**
     * Waits until the nodes see each other in one cluster view (two nodes that started at the same moment on an empty
     * discovery table may each begin alone, and JGroups merges them within a minute).
     */
    void awaitOneClusterOfTwo() {
        Pattern view = Pattern.compile("\\(2\\) \\[node[12][^,\\]]*, node[12]");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!view.matcher(nodeLog("node1") + nodeLog("node2")).find()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("node1 and node2 did not form one cluster in 90 s; see " + runDirectory);
            }
            pause(Duration.ofSeconds(1));
        }
    }

    /** The address of a node itself, past the balancer: {@code node1} or {@code node2}. */
    String nodeUrl(String node) {
        URI balancer = URI.create(TestEnvironment.appUrl());
        return "http://localhost:" + (balancer.getPort() + number(node));
    }

    /** What a node wrote to its console (its log) so far. */
    String nodeLog(String node) {
        return read(runDirectory.resolve(node + ".log"));
    }

    /** Kills a node's JVM at once ({@code kill -9}): no shutdown, no goodbye to the cluster. */
    void kill(String node) {
        String base = "-Djboss.server.base.dir=" + runDirectory.resolve(node);
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .map(line -> (line + " ").contains(base + " ") && line.contains("jboss-modules.jar")).orElse(false))
                .toList();
        if (servers.isEmpty()) {
            throw new IllegalStateException("no running WildFly for " + node);
        }
        servers.forEach(ProcessHandle::destroyForcibly);
        servers.forEach(server -> server.onExit().join());
    }

    /** Stops everything the run started (bin/run's own Ctrl-C handling), then whatever is left of it. */
    @Override
    public void close() {
        List<ProcessHandle> started = run.descendants().toList();
        run.destroy();
        try {
            if (!run.waitFor(2, TimeUnit.MINUTES)) {
                run.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private String log() {
        return read(output);
    }

    private static int number(String node) {
        return Integer.parseInt(node.substring("node".length()));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
