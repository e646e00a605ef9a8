package org.scicoop.secretariat.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Obtains real access tokens the way a browser-based client does: the authorization-code flow with
 * PKCE (S256) through Keycloak's login form, for the {@code secretariat-web} client.
 */
public final class KeycloakTokens {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private KeycloakTokens() {
    }

    public static String accessToken(String username, String password) {
        try {
            HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            // Keycloak marks its cookies Secure even on http://localhost (browsers treat localhost as
            // secure); java.net's CookieManager would then never send them back, so they are kept here.
            Map<String, String> cookies = new LinkedHashMap<>();
            String verifier = randomUrlSafe(48);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String redirectUri = TestEnvironment.appUrl() + "/app/";
            String state = randomUrlSafe(12);

            String authorize = TestEnvironment.realmUrl() + "/protocol/openid-connect/auth?" + form(Map.of(
                    "client_id", "secretariat-web", "response_type", "code", "scope", "openid",
                    "redirect_uri", redirectUri, "state", state,
                    "code_challenge", challenge, "code_challenge_method", "S256"));
            HttpResponse<String> loginPage = client.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                    HttpResponse.BodyHandlers.ofString());
            keep(cookies, loginPage);
            Matcher action = FORM_ACTION.matcher(loginPage.body());
            if (loginPage.statusCode() != 200 || !action.find()) {
                throw new IllegalStateException("no login form from Keycloak: " + loginPage.statusCode());
            }
            HttpResponse<String> loggedIn = client.send(HttpRequest.newBuilder(
                            URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")))
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                            "username", username, "password", password, "credentialId", ""))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String location = loggedIn.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("login refused for " + username));
            String code = query(URI.create(location)).get("code");
            if (code == null || !state.equals(query(URI.create(location)).get("state"))) {
                throw new IllegalStateException("no code in " + location);
            }

            HttpResponse<String> tokens = client.send(HttpRequest.newBuilder(
                            URI.create(TestEnvironment.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                            "grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                            "client_id", "secretariat-web", "client_secret", TestEnvironment.clientSecret(),
                            "code_verifier", verifier))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(tokens.body());
            if (tokens.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("token exchange failed: " + tokens.body());
            }
            return token.group(1);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token the realm issues to another client (Keycloak's own {@code admin-cli}): valid, signed by
     * the same realm, but not meant for the secretariat: its audience lacks {@code secretariat-web}.
     */
    public static String tokenOfAnotherClient(String username, String password) {
        try {
            HttpResponse<String> tokens = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(TestEnvironment.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password",
                            "client_id", "admin-cli", "username", username, "password", password))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(tokens.body());
            if (!token.find()) {
                throw new IllegalStateException("no token: " + tokens.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The decoded JSON payload of a JWT, for assertions on its claims. */
    public static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static void keep(Map<String, String> cookies, HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query == null) {
            return values;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
