package org.scicoop.secretariat.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Refuses to start the application with a demo secret (one starting with {@value #DEMO_PREFIX}, the local run's and
 * the tests' defaults, or an unreplaced {@code ${…}} placeholder) when its address ({@code SECRETARIAT_APP_URL}) is not a local one: the deployment fails with
 * one clear line in the log naming the variables to set. A demo secret is public (it is in this repository), so
 * whoever knows it could obtain the application's tokens or the invitations client's admin rights.
 */
@Startup
@Singleton
public class DemoSecrets {

    static final String DEMO_PREFIX = "demo-only-";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Logger LOG = Logger.getLogger(DemoSecrets.class.getName());

    @PostConstruct
    void refuseDemoSecretsOnAPublicAddress() {
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            LOG.severe(refusal.get());
            throw new IllegalStateException(refusal.get());
        }
    }

    /**
     * Why the application must not start with this environment's secrets and address, if it must not. Also asked by
     * the web module ({@code web.security.DemoSecretsGate}): when WildFly deploys the EAR at boot, a component that
     * fails to start fails alone and the web context would still serve pages, so the web module refuses as well.
     */
    public static Optional<String> refusal() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("SECRETARIAT_OIDC_CLIENT_SECRET", Settings.oidcClientSecret());
        secrets.put("SECRETARIAT_INVITATIONS_CLIENT_SECRET", Settings.invitationsClientSecret());
        return refusal(Settings.appUrl(), secrets);
    }

    /** Why the application must not start with these secrets at this address, if it must not. */
    static Optional<String> refusal(String appUrl, Map<String, String> secrets) {
        String demo = secrets.entrySet().stream()
                .filter(secret -> isDemo(secret.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
        if (demo.isEmpty() || isLocal(appUrl)) {
            return Optional.empty();
        }
        return Optional.of("Refusing to start: " + demo + " still hold" + (demo.contains(",") ? "" : "s")
                + " the public demo secret (" + DEMO_PREFIX + "…) while SECRETARIAT_APP_URL (" + appUrl
                + ") is not a local address. Set a secret of your own in Keycloak's client and in these variables"
                + " (docs/keycloak-realm.md, \"Production\").");
    }

    /**
     * A demo secret, or a placeholder nobody replaced: Keycloak keeps {@code ${VAR}} as the secret itself when the
     * variable was not set at import, and that text is public too.
     */
    static boolean isDemo(String secret) {
        return secret != null && (secret.startsWith(DEMO_PREFIX) || secret.startsWith("${"));
    }

    static boolean isLocal(String appUrl) {
        try {
            String host = URI.create(appUrl).getHost();
            return host != null && LOCAL_HOSTS.contains(host.toLowerCase());
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }
}
