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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Obtains real access tokens the way a browser-based client does: the authorization-code flow with
 * PKCE (S256) through Keycloak's login form, for the {@code secretariat-web} client.
 */
public final class KeycloakTokens {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
    private static final Pattern CODE_FORM = Pattern.compile("<form[^>]*id=\"kc-otp-login-form\"[^>]*action=\"([^\"]+)\"");

    private static final Map<String, Token> DEMO_TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant obtained) {
    }

    private KeycloakTokens() {
    }

    /** A demo user's access token (password {@code demo}), obtained again before Keycloak's five minutes run out. */
    public static String demoToken(String username) {
        return DEMO_TOKENS.compute(username, (name, known) -> known != null
                && known.obtained().isAfter(Instant.now().minus(Duration.ofMinutes(4))) ? known
                : new Token(accessToken(name, "demo"), Instant.now())).value();
    }

    /**
     * A token of the user signed in with this password; for a user with a second factor, through the Keycloak session
     * their last sign-in left if Keycloak still knows it ({@link KeycloakSessions}).
     */
    public static String accessToken(String username, String password) {
        Optional<Map<String, String>> session = KeycloakSessions.of(username, password);
        if (session.isPresent()) {
            Login.Outcome again = webLogin().withSession(session.get());
            if (again.accessToken() != null) {
                return again.accessToken();
            }
            KeycloakSessions.forget(username);
        }
        Login login = webLogin();
        String token = login.signIn(username, password, Map.of()).token();
        KeycloakSessions.remember(username, password, login.cookies);
        return token;
    }

    /**
     * A token from a sign-in in full (password, and the code where the realm asks for one), never through a kept
     * session: for a test of the sign-in itself, whose flow it may have changed for the moment.
     */
    public static String freshAccessToken(String username, String password) {
        return webLogin().signIn(username, password, Map.of()).token();
    }

    private static Login webLogin() {
        return new Login("secretariat-web", TestEnvironment.clientSecret(), TestEnvironment.appUrl() + "/app/");
    }

    /**
     * A token of Keycloak's own account console (a public client): what a user's browser holds on the account
     * page, and what Keycloak's account REST API ({@code /realms/secretariat/account/}) takes.
     */
    public static String accountConsoleToken(String username, String password) {
        return accountConsole().signIn(username, password, Map.of()).token();
    }

    /**
     * Asks Keycloak, as the user would from the account page, to change the user's e-mail address (the
     * application-initiated action {@code UPDATE_EMAIL}): signs in, fills the new address in and sends it. What
     * Keycloak then says, as text, is returned (with verification on, it sends a confirmation link to the new
     * address and changes nothing until the link is followed).
     */
    public static String requestEmailChange(String username, String password, String newEmail) {
        Login login = accountConsole();
        Login.Page form = login.signIn(username, password, Map.of("kc_action", "UPDATE_EMAIL")).page();
        if (form == null) {
            throw new IllegalStateException("Keycloak asked " + username + " for no new e-mail address");
        }
        return login.submit(form, Map.of("email", newEmail)).text();
    }

    /**
     * An account-console token for whoever is signed in to the secretariat realm in {@code keycloakCookies} (a
     * browser's Keycloak cookies, e.g. after a sign-in through an identity provider, when there is no password):
     * Keycloak returns straight to the client, as it does for a browser with a session.
     */
    public static String accountConsoleToken(Map<String, String> keycloakCookies) {
        return accountConsole().withSession(keycloakCookies).token();
    }

    private static Login accountConsole() {
        return new Login("account-console", null, TestEnvironment.realmUrl() + "/account/");
    }

    /**
     * One browser-like conversation with Keycloak's login pages for a client: authorization code with PKCE (S256).
     * Keycloak marks its cookies Secure even on http://localhost (browsers treat localhost as secure);
     * java.net's CookieManager would then never send them back, so they are kept here.
     */
    private static final class Login {

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String clientId;
        private final String secret;
        private final String redirectUri;
        private final String verifier = randomUrlSafe(48);
        private final String state = randomUrlSafe(12);

        Login(String clientId, String secret, String redirectUri) {
            this.clientId = clientId;
            this.secret = secret;
            this.redirectUri = redirectUri;
        }

        /** A page Keycloak showed instead of returning to the client: its form's target and its text. */
        record Page(String action, String text) { }

        /** Either the token (Keycloak returned to the client) or the page it showed instead. */
        record Outcome(String accessToken, Page page) {
            String token() {
                if (accessToken == null) {
                    throw new IllegalStateException("Keycloak did not return to the client: " + page.text());
                }
                return accessToken;
            }
        }

        Outcome signIn(String username, String password, Map<String, String> extra) {
            Map<String, String> parameters = new LinkedHashMap<>(Map.of(
                    "client_id", clientId, "response_type", "code", "scope", "openid", "redirect_uri", redirectUri,
                    "state", state, "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
            parameters.putAll(extra);
            HttpResponse<String> loginPage = send(HttpRequest.newBuilder(URI.create(
                    TestEnvironment.realmUrl() + "/protocol/openid-connect/auth?" + form(parameters))));
            Matcher action = FORM_ACTION.matcher(loginPage.body());
            if (loginPage.statusCode() != 200 || !action.find()) {
                throw new IllegalStateException("no login form from Keycloak: " + loginPage.statusCode());
            }
            HttpResponse<String> loggedIn = post(action.group(1).replace("&amp;", "&"),
                    Map.of("username", username, "password", password, "credentialId", ""));
            Matcher codeForm = CODE_FORM.matcher(loggedIn.body());
            if (loggedIn.statusCode() == 200 && codeForm.find() && Totp.keyOf(username).isPresent()) {
                // the realm asks this user for a second factor: the authenticator's code
                loggedIn = post(codeForm.group(1).replace("&amp;", "&"), Map.of("otp", Totp.nextCode(username)));
            }
            if (loggedIn.statusCode() != 302) {
                throw new IllegalStateException("login refused for " + username + ": " + text(loggedIn.body()));
            }
            return follow(loggedIn);
        }

        Outcome withSession(Map<String, String> sessionCookies) {
            cookies.putAll(sessionCookies);
            return follow(send(HttpRequest.newBuilder(URI.create(TestEnvironment.realmUrl()
                    + "/protocol/openid-connect/auth?" + form(Map.of("client_id", clientId, "response_type", "code",
                    "scope", "openid", "redirect_uri", redirectUri, "state", state,
                    "code_challenge", challenge(verifier), "code_challenge_method", "S256"))))));
        }

        Page submit(Page page, Map<String, String> fields) {
            Outcome outcome = follow(post(page.action(), fields));
            return outcome.page() != null ? outcome.page() : new Page(null, "returned to the client");
        }

        /** Follows Keycloak's redirects until it returns to the client (code: token) or shows a page. */
        private Outcome follow(HttpResponse<String> response) {
            while (response.statusCode() == 302) {
                String location = response.headers().firstValue("Location").orElseThrow();
                if (location.startsWith(redirectUri)) {
                    Map<String, String> query = query(URI.create(location));
                    if (query.get("code") == null || !state.equals(query.get("state"))) {
                        throw new IllegalStateException("no code in " + location);
                    }
                    return new Outcome(exchange(query.get("code")), null);
                }
                response = send(HttpRequest.newBuilder(URI.create(location)));
            }
            Matcher action = FORM_ACTION.matcher(response.body());
            return new Outcome(null, new Page(action.find() ? action.group(1).replace("&amp;", "&") : null,
                    text(response.body())));
        }

        private String exchange(String code) {
            Map<String, String> parameters = new LinkedHashMap<>(Map.of("grant_type", "authorization_code",
                    "code", code, "redirect_uri", redirectUri, "client_id", clientId, "code_verifier", verifier));
            if (secret != null) {
                parameters.put("client_secret", secret);
            }
            HttpResponse<String> tokens = send(HttpRequest.newBuilder(
                            URI.create(TestEnvironment.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(parameters))));
            String token = Json.text(tokens.body(), "access_token");
            if (tokens.statusCode() != 200 || token == null) {
                throw new IllegalStateException("token exchange failed: " + tokens.body());
            }
            return token;
        }

        private HttpResponse<String> post(String url, Map<String, String> fields) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                keep(cookies, response);
                return response;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String challenge(String verifier) {
            try {
                return Base64.getUrlEncoder().withoutPadding().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A Keycloak page as text: scripts, styles and tags out, white space folded. */
        private static String text(String html) {
            return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
                    .replace("&#42;", "*").replaceAll("\\s+", " ").trim();
        }
    }

    /**
     * A token the realm issues to another client (Keycloak's own {@code admin-cli}): valid, signed by
     * the same realm, but not meant for the secretariat: its audience lacks {@code secretariat-web}.
     */
    public static String tokenOfAnotherClient(String username, String password) {
        HttpResponse<String> tokens = adminCliPasswordGrant(username, password, null);
        String token = Json.text(tokens.body(), "access_token");
        if (token == null) {
            throw new IllegalStateException("no token: " + tokens.body());
        }
        return token;
    }

    /**
     * The password grant of the realm's {@code admin-cli} (public, password grant on: Keycloak's default), with the
     * one-time code as {@code totp} when not null; Keycloak's answer as it is.
     */
    public static HttpResponse<String> adminCliPasswordGrant(String username, String password, String code) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", username, "password", password));
        if (code != null) {
            parameters.put("totp", code);
        }
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(TestEnvironment.realmUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                    .build(), HttpResponse.BodyHandlers.ofString());
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
