package org.scicoop.secretariat.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Keycloak's admin REST API as the master realm's bootstrap administrator of the test run. */
public final class KeycloakAdmin {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private KeycloakAdmin() {
    }

    /** GET of a path below {@code /admin/realms/secretariat}; the JSON body. */
    public static String get(String path) {
        return get("secretariat", path);
    }

    /** GET of a path below {@code /admin/realms/<realm>} (also the demo overlay's provider realms); the JSON body. */
    public static String get(String realm, String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(realmAdmin(realm, path))
                .header("Authorization", "Bearer " + token()).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** POST of JSON to a path below {@code /admin/realms/secretariat}; the status code. */
    public static int post(String path, String json) {
        return post("secretariat", path, json);
    }

    /** POST of JSON to a path below {@code /admin/realms/<realm>}; the status code. */
    public static int post(String realm, String path, String json) {
        return send(HttpRequest.newBuilder(realmAdmin(realm, path))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build()).statusCode();
    }

    /**
     * Signs the user ({@code id}) out of every session, as an administrator's "Sign out" does; the status code. Keycloak
     * also moves the user's not-before to now (their tokens issued before are refused by Keycloak's own endpoints).
     */
    public static int signOut(String id) {
        return post("/users/" + id + "/logout", "");
    }

    /** PUT of JSON to a path below {@code /admin/realms/secretariat}; the status code. */
    public static int put(String path, String json) {
        return send(HttpRequest.newBuilder(realmAdmin(path))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build()).statusCode();
    }

    /** DELETE with a JSON body (e.g. role mappings to remove) of a path below {@code /admin/realms/secretariat}. */
    public static int delete(String path, String json) {
        return send(HttpRequest.newBuilder(realmAdmin(path))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)).build()).statusCode();
    }

    /**
     * A new user of the secretariat realm with a password, a verified address and realm roles; the user's id.
     * For tests that need a person of their own (changing a demo user would disturb the other tests).
     */
    public static String createUser(String username, String email, String password, String country,
                                    String... realmRoles) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(realmAdmin("/users"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"username": "%s", "email": "%s", "emailVerified": true, "enabled": true,
                         "firstName": "Test", "lastName": "%s", "attributes": {"country": ["%s"]},
                         "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                        .formatted(username, email, username, country, password))).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("user " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        for (String role : realmRoles) {
            int mapped = post("/users/" + id + "/role-mappings/realm", "[" + get("/roles/" + role) + "]");
            if (mapped != 204) {
                throw new IllegalStateException("role " + role + " for " + username + ": " + mapped);
            }
        }
        return id;
    }

    /**
     * Sets the account's language ({@code locale}, as a user choosing it on Keycloak's pages would), or removes it
     * with null; the user's other attributes are kept (the whole representation is read and written back).
     */
    public static void setLocale(String username, String locale) {
        JsonObject user = Json.objects(get("/users?exact=true&username=" + username), "").get(0);
        JsonObjectBuilder attributes = jakarta.json.Json.createObjectBuilder(
                user.containsKey("attributes") ? user.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT);
        if (locale == null) {
            attributes.remove("locale");
        } else {
            attributes.add("locale", jakarta.json.Json.createArrayBuilder().add(locale));
        }
        int status = put("/users/" + user.getString("id"),
                jakarta.json.Json.createObjectBuilder(user).add("attributes", attributes).build().toString());
        if (status != 204) {
            throw new IllegalStateException("locale of " + username + ": " + status);
        }
    }

    private static URI realmAdmin(String path) {
        return realmAdmin("secretariat", path);
    }

    private static URI realmAdmin(String realm, String path) {
        return URI.create(TestEnvironment.keycloakUrl() + "/admin/realms/" + realm + path);
    }

    private static String token() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"), StandardCharsets.UTF_8)
                + "&password="
                + URLEncoder.encode(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"), StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(TestEnvironment.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String token = Json.text(response.body(), "access_token");
        if (token == null) {
            throw new IllegalStateException("no master admin token: " + response.body());
        }
        return token;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return Http.send(CLIENT, request);
    }
}
