package org.scicoop.secretariat.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts what the application needs before the first test class (and so before Arquillian boots
 * WildFly): a real PostgreSQL, an SMTP server (GreenMail) for Keycloak's and the application's
 * e-mails, Keycloak with a freshly imported realm and the demo overlay (its users, the partner countries' provider
 * realms and the secretariat realm's identity providers), and WildFly's own base directory. Registered for every test class by JUnit's extension auto-detection; started once,
 * stopped when the whole run ends.
 * <p>
 * Keycloak's start (most of it the realm import) runs beside WildFly's boot and the first deployment, as bin/run
 * starts them: a deployed class waits for Keycloak after the deployment ({@link #awaitKeycloak},
 * from {@link DeployedApplication} and {@link RestartableApplication}), any other class here, before it starts.
 */
public class Infrastructure implements BeforeAllCallback {

    private static final Object LOCK = new Object();
    private static volatile GreenMail mail;

    /** The SMTP server every e-mail of the run goes to. */
    public static GreenMail mail() {
        if (mail == null) {
            throw new IllegalStateException("the infrastructure has not been started");
        }
        return mail;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (LOCK) {
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
        }
        Class<?> testClass = context.getRequiredTestClass();
        if (!DeployedApplication.class.isAssignableFrom(testClass)
                && !RestartableApplication.class.isAssignableFrom(testClass)) {
            awaitKeycloak();
        }
    }

    /** Waits until Keycloak answers with the realm (at most three minutes); at once when it has. */
    public static void awaitKeycloak() {
        Running.awaitAnswer();
    }

    /**
     * A fresh base directory {@code name} in the build directory for a WildFly of the built server: the built
     * configurations and an empty {@code deployments}; its data, logs and temporary files are its own.
     */
    public static Path freshWildFlyBase(String name) throws IOException {
        Path base = TestEnvironment.buildDirectory().resolve(name);
        Running.deleteRecursively(base);
        Path configuration = TestEnvironment.serverDirectory().resolve("wildfly/standalone/configuration");
        Files.createDirectories(base.resolve("deployments"));
        Running.copyRecursively(configuration, base.resolve("configuration"));
        return base;
    }

    static final class Running implements ExtensionContext.Store.CloseableResource {

        /** Keycloak's process, started; {@code answered} once it has answered. */
        private record Starting(Process process, Path log) {
        }

        private static volatile boolean answered;

        private static volatile Starting keycloak;

        private final EmbeddedPostgres postgres;
        private final GreenMail smtp;
        private final Process keycloakProcess;

        private Running(EmbeddedPostgres postgres, GreenMail smtp, Process keycloak) {
            this.postgres = postgres;
            this.smtp = smtp;
            this.keycloakProcess = keycloak;
        }

        static synchronized void awaitAnswer() {
            if (keycloak == null) {
                throw new IllegalStateException("the infrastructure has not been started");
            }
            if (!answered) {
                try {
                    awaitKeycloak(keycloak.process(), keycloak.log());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                answered = true;
            }
        }

        static Running start() {
            try {
                prepareWildFlyBase();
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setPort(TestEnvironment.postgresPort())
                        .setDataDirectory(TestEnvironment.postgresDataDirectory())
                        .setCleanDataDirectory(true)
                        .start();
                GreenMail smtp = new GreenMail(new ServerSetup(TestEnvironment.smtpPort(), "127.0.0.1", "smtp"));
                smtp.start();
                mail = smtp;
                Process keycloak = startKeycloak();
                return new Running(postgres, smtp, keycloak);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            keycloakProcess.descendants().forEach(ProcessHandle::destroy);
            keycloakProcess.destroy();
            smtp.stop();
            postgres.close();
        }

        /** WildFly runs from the built server with a base directory of its own, fresh for each run. */
        private static void prepareWildFlyBase() throws IOException {
            freshWildFlyBase("wildfly-base");
        }

        private static Process startKeycloak() throws IOException {
            Path home = TestEnvironment.buildDirectory().resolve("keycloak");
            deleteRecursively(home);
            Path built = TestEnvironment.serverDirectory().resolve("keycloak").toRealPath();
            run(List.of("cp", "-al", built.toString(), home.toString()));
            Files.createDirectories(home.resolve("data/import"));
            Files.writeString(home.resolve("data/import/secretariat-realm.json"), withDemoIdentityProviders());
            for (String demo : List.of("secretariat-users-0.json", "federation-ke-realm.json", "agency-br-realm.json")) {
                Files.copy(TestEnvironment.demoFile(demo), home.resolve("data/import/" + demo),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Path log = TestEnvironment.buildDirectory().resolve("keycloak.log");
            Process process = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                    "--http-enabled=true", "--hostname-strict=false",
                    "--http-port=" + TestEnvironment.keycloakPort(),
                    "--http-management-port=" + TestEnvironment.keycloakManagementPort(),
                    "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }));
            keycloak = new Starting(process, log);
            return process;
        }

        /**
         * The realm file with the demo overlay's identity providers and their mappers added, as bin/run imports it
         * (Keycloak imports one file per realm, so the overlay's top-level members are merged into a copy).
         */
        private static String withDemoIdentityProviders() throws IOException {
            JsonObjectBuilder realm = jakarta.json.Json.createObjectBuilder(
                    Json.parse(Files.readString(TestEnvironment.realmFile())).asJsonObject());
            Json.parse(Files.readString(TestEnvironment.demoFile("secretariat-identity-providers.json")))
                    .asJsonObject().forEach(realm::add);
            return realm.build().toString();
        }

        private static void awaitKeycloak(Process process, Path log) throws IOException {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest ready = HttpRequest.newBuilder(
                    URI.create(TestEnvironment.realmUrl() + "/.well-known/openid-configuration")).build();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak stopped during start; see " + log + ":\n"
                            + Files.readString(log));
                }
                try {
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // the port is not open yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep();
            }
            throw new IllegalStateException("Keycloak did not become ready within 3 minutes; see " + log);
        }

        private static void sleep() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static void run(List<String> command) throws IOException {
            try {
                Process process = new ProcessBuilder(command).inheritIO().start();
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("failed: " + command);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static void copyRecursively(Path from, Path to) throws IOException {
            try (Stream<Path> paths = Files.walk(from)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }

        private static void deleteRecursively(Path path) throws IOException {
            if (!Files.exists(path)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
