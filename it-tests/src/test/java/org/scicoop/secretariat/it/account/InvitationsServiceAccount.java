package org.scicoop.secretariat.it.account;

import org.scicoop.secretariat.it.support.Http;
import org.scicoop.secretariat.it.support.Json;
import org.scicoop.secretariat.it.support.TestEnvironment;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Keycloak's admin REST API as the application's invitations service account: the confidential client
 * {@code secretariat-invitations}, client-credentials grant, exactly as {@code KeycloakMemberAccounts} calls it.
 */
final class InvitationsServiceAccount {

    static final String CLIENT_ID = "secretariat-invitations";
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String token;

    private InvitationsServiceAccount(String token) {
        this.token = token;
    }

    static InvitationsServiceAccount login() {
        HttpResponse<String> response = tokenRequest("grant_type=client_credentials&client_id=" + CLIENT_ID
                + "&client_secret=" + URLEncoder.encode(secret(), StandardCharsets.UTF_8));
        String token = Json.text(response.body(), "access_token");
        if (response.statusCode() != 200 || token == null) {
            throw new IllegalStateException("no token for " + CLIENT_ID + ": " + response.statusCode() + " " + response.body());
        }
        return new InvitationsServiceAccount(token);
    }

    /** The secret as the realm import resolved it: the test run leaves the demo default. */
    static String secret() {
        return System.getenv().getOrDefault("SECRETARIAT_INVITATIONS_CLIENT_SECRET", "demo-only-secretariat-invitations-secret");
    }

    static HttpResponse<String> tokenRequest(String form) {
        return Http.send(CLIENT, HttpRequest.newBuilder(
                        URI.create(TestEnvironment.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    String token() {
        return token;
    }

    /** A request to a path below {@code /admin/realms/secretariat} ({@code ""} is the realm itself). */
    HttpResponse<String> send(String method, String path, String json) {
        return Http.send(CLIENT, HttpRequest.newBuilder(
                        URI.create(TestEnvironment.keycloakUrl() + "/admin/realms/secretariat" + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    /** Creates an invitee as the application does: e-mail as username, country, locale, the invited group. */
    HttpResponse<String> createInvitee(String email, String country, String locale, String groupsJson) {
        return send("POST", "/users", """
                {"username":"%s","email":"%s","firstName":"Grace","lastName":"Hopper","enabled":true,
                 "emailVerified":false,"attributes":{"country":["%s"],"locale":["%s"]},"groups":%s}
                """.formatted(email, email, country, locale, groupsJson));
    }

    /** The id of the only user with this e-mail, looked up as the service account. */
    String idByEmail(String email) {
        HttpResponse<String> found = get("/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        String id = found.statusCode() == 200 ? Json.text(found.body(), "[0].id") : null;
        if (id == null) {
            throw new IllegalStateException("no user " + email + ": " + found.statusCode() + " " + found.body());
        }
        return id;
    }
}
