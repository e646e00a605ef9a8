package org.scicoop.secretariat.web.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scicoop.secretariat.platform.boundary.EndedSignIns;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.platform.control.Settings;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keycloak's back-channel logout (client attribute {@code backchannel.logout.url}): when a user signs out elsewhere,
 * is signed out by an administrator, or their session ends in Keycloak, Keycloak posts a logout token here, and the
 * application ends the HTTP sessions of that Keycloak session ({@link OidcSessions}: on this node at once, on the
 * others of a cluster within seconds); the user's next page is Keycloak's login. WildFly 39's elytron-oidc-client has no back-channel logout of its own, hence this servlet. The
 * token is checked (signature against the realm's keys, issuer, audience, event; {@link LogoutTokens}) before
 * anything ends; a refused one is a security event.
 */
@WebServlet(urlPatterns = "/logout/backchannel")
public class BackChannelLogout extends HttpServlet {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration REFETCH_AFTER = Duration.ofSeconds(10);

    @Inject
    EndedSignIns endedSignIns;

    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private volatile Instant fetched = Instant.EPOCH;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sid;
        try {
            sid = LogoutTokens.sessionId(request.getParameter("logout_token"), this::key, Settings.oidcProviderUrl(),
                    "secretariat-web", Instant.now());
        } catch (LogoutTokens.Refused refused) {
            SecurityLog.warning("logout.backchannel.refused", "anonymous",
                    Map.of("from", request.getRemoteAddr(), "reason", refused.getMessage()));
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        OidcSessions.end(endedSignIns, sid);
        SecurityLog.info("logout.backchannel", "keycloak", Map.of("keycloakSession", sid));
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_OK);
    }

    /** The realm's key of this id, fetched again (at most every ten seconds) when it is not known yet. */
    private Optional<PublicKey> key(String kid) {
        PublicKey known = keys.get(kid);
        if (known == null && Instant.now().isAfter(fetched.plus(REFETCH_AFTER))) {
            fetchKeys();
            known = keys.get(kid);
        }
        return Optional.ofNullable(known);
    }

    private synchronized void fetchKeys() {
        fetched = Instant.now();
        URI certs = URI.create(Settings.keycloakUrl() + "/realms/" + Settings.keycloakRealm()
                + "/protocol/openid-connect/certs");
        try {
            HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(certs).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
                for (JsonObject jwk : reader.readObject().getJsonArray("keys").getValuesAs(JsonObject.class)) {
                    if ("RSA".equals(jwk.getString("kty", null)) && !"enc".equals(jwk.getString("use", null))) {
                        keys.put(jwk.getString("kid", ""), LogoutTokens.rsaKey(jwk));
                    }
                }
            }
        } catch (IOException | RuntimeException | GeneralSecurityException e) {
            SecurityLog.warning("logout.backchannel.keys", "keycloak", Map.of("url", certs, "error", e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
