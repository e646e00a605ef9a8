package org.scicoop.secretariat.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.scicoop.secretariat.platform.boundary.Unavailable;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one client of Keycloak's admin REST API: the realm's admin paths, called as the service account of the
 * confidential client {@code secretariat-invitations} (client-credentials grant; the token kept until shortly before
 * it expires, renewed once on a 401). What that account may do is the realm's fine-grained permissions (see
 * docs/keycloak-realm.md). Every failure — Keycloak unreachable, an unexpected status, an answer that is not JSON —
 * is one log line with Keycloak's reason (never the token or the secret) and an {@link Unavailable}.
 */
public final class KeycloakAdmin {

    public static final String CLIENT_ID = "secretariat-invitations";
    /** A token is renewed this long before Keycloak says it expires (clock skew, request time). */
    static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class.getName());
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final String keycloakUrl;
    private final String realm;
    private final String clientSecret;
    private final Clock clock;
    private final HttpClient http;

    private CachedToken token;

    /** The admin API of the application's realm, with the service account's secret, from the settings. */
    public static KeycloakAdmin fromSettings() {
        return new KeycloakAdmin(Settings.keycloakUrl(), Settings.keycloakRealm(), Settings.invitationsClientSecret(),
                Clock.systemUTC());
    }

    public KeycloakAdmin(String keycloakUrl, String realm, String clientSecret, Clock clock) {
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
        this.clientSecret = clientSecret;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A request to {@code /admin/realms/{realm}{path}} ({@code path} starts with {@code /}, query included). */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + realm + path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    /** {@code GET path}, answered 200 with JSON. */
    public JsonValue get(String purpose, String path) {
        return parse(send(purpose, request(path).GET(), 200), purpose);
    }

    /**
     * Sends an admin request with the service account's token; a 401 means the cached token was revoked or
     * Keycloak restarted: one new token, one retry. Any status not {@code accepted} is {@link Unavailable}.
     */
    public HttpResponse<String> send(String purpose, HttpRequest.Builder request, int... accepted) {
        HttpResponse<String> response = exchange(purpose,
                request.copy().header("Authorization", "Bearer " + accessToken()).build());
        if (response.statusCode() == 401) {
            forgetToken();
            response = exchange(purpose, request.header("Authorization", "Bearer " + accessToken()).build());
        }
        for (int status : accepted) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw refused(purpose, response);
    }

    public Unavailable refused(String purpose, HttpResponse<String> response) {
        LOG.warning(() -> "Could not " + purpose + ": Keycloak answered " + response.statusCode() + " to "
                + response.request().method() + " " + withoutQuery(response.request().uri()) + " "
                + abbreviated(response.body()));
        return new Unavailable("Keycloak refused to " + purpose + " (" + response.statusCode() + ")", null);
    }

    public static JsonValue parse(HttpResponse<String> response, String purpose) {
        try {
            return Json.createReader(new StringReader(response.body())).readValue();
        } catch (JsonException e) {
            LOG.warning(() -> "Could not " + purpose + ": Keycloak's answer is not JSON: " + abbreviated(response.body()));
            throw new Unavailable("unexpected answer from Keycloak", e);
        }
    }

    /** {@code application/x-www-form-urlencoded} (also a query string). */
    public static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private synchronized String accessToken() {
        Instant now = clock.instant();
        if (token == null || !token.freshAt(now)) {
            token = newToken(now);
        }
        return token.value();
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private CachedToken newToken(Instant now) {
        String purpose = "obtain a token for the client " + CLIENT_ID;
        HttpResponse<String> response = exchange(purpose, HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "client_credentials",
                        "client_id", CLIENT_ID, "client_secret", clientSecret))))
                .build());
        if (response.statusCode() != 200) {
            // the body names the OAuth error (e.g. invalid_client: wrong SECRETARIAT_INVITATIONS_CLIENT_SECRET)
            throw refused(purpose, response);
        }
        JsonObject body = parse(response, purpose).asJsonObject();
        return CachedToken.of(body.getString("access_token"), body.getJsonNumber("expires_in").longValue(), now);
    }

    private HttpResponse<String> exchange(String purpose, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not " + purpose + ": Keycloak at " + keycloakUrl + " cannot be reached ("
                    + e + ")");
            throw new Unavailable("Keycloak cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while calling Keycloak", e);
        }
    }

    private static String withoutQuery(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    /** Keycloak's error documents are short; anything else is cut, so the log stays readable. */
    private static String abbreviated(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }

    /** An access token and when to stop using it. */
    record CachedToken(String value, Instant renewAfter) {

        static CachedToken of(String value, long expiresInSeconds, Instant issued) {
            return new CachedToken(value, issued.plusSeconds(expiresInSeconds).minus(TOKEN_MARGIN));
        }

        boolean freshAt(Instant now) {
            return now.isBefore(renewAfter);
        }

        @Override
        public String toString() {
            return "CachedToken[renewAfter=" + renewAfter + "]";
        }
    }
}
