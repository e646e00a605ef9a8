package org.scicoop.secretariat.it.support;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Keycloak sessions of the users who sign in with a second factor (the demo officer and administrator): their
 * single sign-on cookies, kept after a sign-in with password and one-time code, so that the next sign-in of the
 * same user with the same password — a token for the API, another browser — is Keycloak's single sign-on, as for a
 * person who signed in once in the morning. Keycloak takes each one-time code once and accepts three steps of 30 s
 * ({@link Totp}), so without this every fourth sign-in of a user waited up to half a minute: minutes of the suite.
 * <p>
 * Whoever uses a session that Keycloak has ended since (a journey signed out, the session timed out) is shown the
 * login form, {@link #forget}s it and signs in in full. The sign-in with a second factor itself is what
 * {@code TwoFactorJourneyIT} and {@code RealmConfigurationIT} test, on their own forms.
 */
public final class KeycloakSessions {

    /** Keycloak's cookies that carry a signed-in user to the next client (path {@code /realms/secretariat/}). */
    static final Set<String> COOKIES = Set.of("KEYCLOAK_IDENTITY", "KEYCLOAK_SESSION");

    private record Known(String password, Map<String, String> cookies) {
    }

    private static final Map<String, Known> SESSIONS = new ConcurrentHashMap<>();

    private KeycloakSessions() {
    }

    /** Whether sign-ins of this user are worth keeping: Keycloak asks them for a one-time code. */
    static boolean kept(String username) {
        return Totp.keyOf(username).isPresent();
    }

    /** Keeps the session the user just signed in to, if {@code cookies} (name → value) hold Keycloak's. */
    static void remember(String username, String password, Map<String, String> cookies) {
        Map<String, String> session = cookies.entrySet().stream().filter(c -> COOKIES.contains(c.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (kept(username) && session.keySet().equals(COOKIES)) {
            SESSIONS.put(username, new Known(password, Map.copyOf(session)));
        }
    }

    /** The user's kept session, if they signed in with this password. */
    static Optional<Map<String, String>> of(String username, String password) {
        Known known = SESSIONS.get(username);
        return known != null && known.password().equals(password) ? Optional.of(known.cookies()) : Optional.empty();
    }

    /** Forgets the user's session: Keycloak no longer knows it. */
    static void forget(String username) {
        SESSIONS.remove(username);
    }
}
