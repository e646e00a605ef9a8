package org.scicoop.secretariat.platform.control;

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

    /** The largest call document accepted, in bytes (default 10 MB; Undertow takes requests up to 50 MB). */
    public static long maxDocumentBytes() {
        return Long.parseLong(value("SECRETARIAT_DOCUMENT_MAX_BYTES", String.valueOf(10L * 1024 * 1024)));
    }

    /** The largest proposal attachment accepted, in bytes (default 20 MB). */
    public static long maxProposalAttachmentBytes() {
        return Long.parseLong(value("SECRETARIAT_PROPOSAL_ATTACHMENT_MAX_BYTES", String.valueOf(20L * 1024 * 1024)));
    }

    /** How many partners one coordinator may invite in an hour (default 30). */
    public static int invitationsPerHour() {
        return Integer.parseInt(value("SECRETARIAT_INVITATIONS_PER_HOUR", "30"));
    }

    /** The application's public address, for links in e-mails. */
    public static String appUrl() {
        return value("SECRETARIAT_APP_URL", "http://localhost:8080");
    }

    static String value(String name, String fallback) {
        String fromEnvironment = System.getenv(name);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return System.getProperty(name.toLowerCase().replace('_', '.'), fallback);
    }
}
