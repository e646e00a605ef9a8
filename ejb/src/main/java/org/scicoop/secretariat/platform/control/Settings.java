package org.scicoop.secretariat.platform.control;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Settings read from the environment (or a system property of the same name in lower case with dots,
 * e.g. {@code secretariat.demo.data}), with defaults that are safe for production.
 */
public final class Settings {

    private Settings() {
    }

    /** Whether the demo reference data is loaded: only the local run and the tests set this. */
    public static boolean demoData() {
        return Boolean.parseBoolean(value("SECRETARIAT_DEMO_DATA", "false"));
    }

    /**
     * Whether programme officers and administrators need a second factor (default {@code true}): the realm asks for
     * it at import (the same variable), and the application gives no session to one who signed in without it
     * (web.security.SecondFactorGuard). Only the local demo ({@code bin/run}) turns it off.
     */
    public static boolean requireSecondFactor() {
        return Boolean.parseBoolean(value("SECRETARIAT_REQUIRE_2FA", "true"));
    }

    /**
     * The directory that keeps the bytes of new uploaded files ({@link FileDirectory}), shared by every node of a
     * cluster; unset (the default), they go into the database. Files stored before keep their place either way.
     */
    public static Optional<Path> filesDirectory() {
        return Optional.ofNullable(value("SECRETARIAT_FILES_DIR", null)).filter(path -> !path.isBlank()).map(Path::of);
    }

    /** The largest call document accepted, in bytes (default 10 MB). */
    public static long maxDocumentBytes() {
        return Long.parseLong(value("SECRETARIAT_DOCUMENT_MAX_BYTES", String.valueOf(10L * 1024 * 1024)));
    }

    /** The largest proposal attachment accepted, in bytes (default 20 MB). */
    public static long maxProposalAttachmentBytes() {
        return Long.parseLong(value("SECRETARIAT_PROPOSAL_ATTACHMENT_MAX_BYTES", String.valueOf(20L * 1024 * 1024)));
    }

    /**
     * The largest request body taken on any path but an upload's, in bytes (default 2 MB): every anonymous request,
     * the API's JSON (which takes 1 MB itself) and the pages' forms (web.security.RequestBodyLimits).
     */
    public static long maxBodyBytes() {
        return Long.parseLong(value("SECRETARIAT_MAX_BODY_BYTES", String.valueOf(2L * 1024 * 1024)));
    }

    /**
     * The largest body of a signed-in user's upload (the API's and the pages'), in bytes: the larger file limit and
     * 5 MB for the multipart framing and the form's other fields. Undertow's {@code max-post-size} (100 MB,
     * server/src/main/wildfly/configure.cli) must stay above it, and the pages' {@code multipart-config} (25 MB) too.
     */
    public static long maxUploadRequestBytes() {
        return Math.max(maxDocumentBytes(), maxProposalAttachmentBytes()) + 5L * 1024 * 1024;
    }

    /** How many partners one coordinator may invite in an hour (default 30). */
    public static int invitationsPerHour() {
        return Integer.parseInt(value("SECRETARIAT_INVITATIONS_PER_HOUR", "30"));
    }

    /** The application's public address, without a trailing slash (Keycloak's links lead back to it). */
    public static String appUrl() {
        return stripTrailingSlash(value("SECRETARIAT_APP_URL", "http://localhost:8080"));
    }

    /** The Keycloak realm the application trusts (its issuer URL). */
    public static String oidcProviderUrl() {
        return stripTrailingSlash(value("SECRETARIAT_OIDC_PROVIDER_URL", "http://localhost:8180/realms/secretariat"));
    }

    /**
     * Keycloak's base address for server-to-server calls (admin REST API, token endpoint); by default the
     * part of the provider URL before {@code /realms/}. Set it when the server reaches Keycloak by another name.
     */
    public static String keycloakUrl() {
        return stripTrailingSlash(value("SECRETARIAT_KEYCLOAK_URL", realmUrlParts()[0]));
    }

    /**
     * The admin console of the application's realm as a browser reaches it (the provider URL's host: the realm's
     * own administrators sign in to the console of their realm), with a trailing slash; a user's page is
     * {@code #/{realm}/users/{id}/settings} after it.
     */
    public static String keycloakConsoleUrl() {
        String[] parts = realmUrlParts();
        return parts[0] + "/admin/" + parts[1] + "/console/";
    }

    /** The name of the realm, the last part of the provider URL. */
    public static String keycloakRealm() {
        return realmUrlParts()[1];
    }

    /**
     * The secret of the {@code secretariat-web} client (DEMO default, for the local run only; the web application's
     * {@code oidc.json} reads the same variable with the same default, and {@link DemoSecrets} refuses it on a public
     * address).
     */
    public static String oidcClientSecret() {
        return value("SECRETARIAT_OIDC_CLIENT_SECRET", "demo-only-secretariat-web-secret");
    }

    /** The secret of the {@code secretariat-invitations} client (DEMO default, for the local run only). */
    public static String invitationsClientSecret() {
        return value("SECRETARIAT_INVITATIONS_CLIENT_SECRET", "demo-only-secretariat-invitations-secret");
    }

    /**
     * Where people send data-protection requests, as the privacy notice names it: an e-mail address (shown as a
     * link) or any other text. The default is the demo's; production sets its own.
     */
    public static String privacyContact() {
        return value("SECRETARIAT_PRIVACY_CONTACT", "privacy@secretariat.example");
    }

    /**
     * How often the reminder run looks for reminders due (project.control.ReminderTimer): an ISO-8601 duration,
     * default {@code PT15M}; the system tests set a few seconds. At least one second.
     */
    public static Duration reminderInterval() {
        String text = value("SECRETARIAT_REMINDER_INTERVAL", "PT15M");
        try {
            Duration interval = Duration.parse(text.strip());
            if (interval.compareTo(Duration.ofSeconds(1)) >= 0) {
                return interval;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw new IllegalStateException("SECRETARIAT_REMINDER_INTERVAL must be an ISO-8601 duration of at least"
                + " one second (such as PT15M), not: " + text);
    }

    /**
     * The days before a milestone's due day on which its responsible partner and coordinator are reminded, separated
     * by commas (default {@code 14,3}; read by {@code ReminderRule.parseDays}).
     */
    public static String reminderDays() {
        return value("SECRETARIAT_REMINDER_DAYS", "14,3");
    }

    /**
     * The programme's 360Giving prefix, which starts the identifiers of its open data (grants, and organisations
     * without a ROR id). 360Giving registers prefixes (they start with {@code 360G-}); the default is a placeholder
     * for the demo, and a programme that publishes sets the one it was given.
     */
    public static String grantIdPrefix() {
        return value("SECRETARIAT_360GIVING_PREFIX", "360G-scicoop-demo");
    }

    private static String[] realmUrlParts() {
        String provider = oidcProviderUrl();
        int realms = provider.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("SECRETARIAT_OIDC_PROVIDER_URL does not name a realm (…/realms/<name>): "
                    + provider);
        }
        return new String[] {provider.substring(0, realms), provider.substring(realms + "/realms/".length())};
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static String value(String name, String fallback) {
        String fromEnvironment = System.getenv(name);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return System.getProperty(name.toLowerCase().replace('_', '.'), fallback);
    }
}
