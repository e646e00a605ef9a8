package org.scicoop.secretariat.it.support;

import java.nio.file.Path;

/** Where the system under test runs; set by the build (see it-tests/pom.xml). */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    public static String appUrl() {
        return required("it.app.url");
    }

    /** The port offset of the run's WildFly (its ports are WildFly's defaults plus this). */
    public static int wildflyOffset() {
        return Integer.parseInt(required("it.wildfly.offset"));
    }

    /** The run's WildFly's management port, where {@link RunDeployment} deploys the EAR. */
    public static int wildflyManagementPort() {
        return Integer.parseInt(required("it.wildfly.management.port"));
    }

    public static String keycloakUrl() {
        return required("it.keycloak.url");
    }

    public static String realmUrl() {
        return keycloakUrl() + "/realms/secretariat";
    }

    public static int keycloakPort() {
        return Integer.parseInt(required("it.keycloak.port"));
    }

    public static int keycloakManagementPort() {
        return Integer.parseInt(required("it.keycloak.management.port"));
    }

    public static int postgresPort() {
        return Integer.parseInt(required("it.postgres.port"));
    }

    /** The application's database on that PostgreSQL: the embedded one's default, or the cluster's own. */
    public static String postgresDatabase() {
        return System.getProperty("it.postgres.database", "postgres");
    }

    public static int smtpPort() {
        return Integer.parseInt(required("it.smtp.port"));
    }

    /** Where the run's PostgreSQL keeps its data (fresh for each run). */
    public static Path postgresDataDirectory() {
        return buildDirectory().resolve("postgres-data");
    }

    public static Path buildDirectory() {
        return Path.of(required("it.build.directory"));
    }

    public static Path serverDirectory() {
        return Path.of(required("it.server.directory"));
    }

    public static Path realmFile() {
        return Path.of(required("it.realm.file"));
    }

    /** The demo overlay: the demo users, imported beside the realm file (which has none) as bin/run does. */
    public static Path demoUsersFile() {
        return demoFile("secretariat-users-0.json");
    }

    /**
     * A file of the demo overlay ({@code server/src/main/keycloak/demo/}): the demo users, the partner countries'
     * demo provider realms, the secretariat realm's demo identity providers.
     */
    public static Path demoFile(String name) {
        return realmFile().resolveSibling("demo/" + name);
    }

    public static String clientSecret() {
        return System.getenv().getOrDefault("SECRETARIAT_OIDC_CLIENT_SECRET", "demo-only-secretariat-web-secret");
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the system tests with "
                    + "'./mvnw verify' (or bin/test), which sets it");
        }
        return value;
    }
}
