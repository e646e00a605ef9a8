package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.scicoop.secretariat.platform.boundary.Unavailable;
import org.scicoop.secretariat.platform.control.KeycloakAdmin;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.proposal.entity.AccountLinkOutcome;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@link MemberAccounts} through Keycloak's admin REST API ({@link KeycloakAdmin}), as the service account of the
 * confidential client {@code secretariat-invitations} (client-credentials grant).
 * <p>
 * The realm lets that service account look users up, create users only as members of the groups of the
 * {@link MemberAccounts.Kind kinds} ({@code invited-co-applicants}, which carries the realm role
 * {@code consortium-member}; {@code invited-experts}, which carries {@code reviewer}) and manage only those groups'
 * members (fine-grained admin permissions v2; see docs/keycloak-realm.md). So the new account gets its role through
 * the group, not through a role mapping: the service account cannot map any role at all.
 * <p>
 * A new account exists only together with its e-mail: if Keycloak cannot send the e-mail, the account just
 * created is removed again, so that the next invitation creates it and sends the e-mail. An account in use never
 * gets an e-mail from here; one created by an earlier invitation and never used gets its e-mail again.
 * <p>
 * Which account may be linked is decided by {@link MemberAccounts#ensureAccount}: only a proven address counts
 * (issue 9: an account that had set a rival's address on itself was linked and read the proposal).
 */
@ApplicationScoped
public class KeycloakMemberAccounts implements MemberAccounts {

    static final String APPLICATION_CLIENT_ID = "secretariat-web";
    /** How long the link in the set-password e-mail stays valid. */
    static final Duration LINK_LIFESPAN = Duration.ofDays(7);

    private static final Logger LOG = Logger.getLogger(KeycloakMemberAccounts.class.getName());

    private final KeycloakAdmin keycloak;
    private final String appUrl;

    public KeycloakMemberAccounts() {
        this(Settings.keycloakUrl(), Settings.keycloakRealm(), Settings.invitationsClientSecret(), Settings.appUrl(),
                Clock.systemUTC());
    }

    KeycloakMemberAccounts(String keycloakUrl, String realm, String clientSecret, String appUrl, Clock clock) {
        this.keycloak = new KeycloakAdmin(keycloakUrl, realm, clientSecret, clock);
        this.appUrl = appUrl;
    }

    @Override
    public Answer ensureAccount(Kind kind, Invitee invitee) {
        String email = normalisedEmail(invitee.email());
        Optional<JsonObject> existing = accountByEmail(email);
        if (existing.isPresent()) {
            return judge(kind, existing.get(), email);
        }
        HttpResponse<String> created = send("create the account of " + email,
                admin("/users").POST(HttpRequest.BodyPublishers.ofString(newUser(kind, invitee, email).toString())),
                201, 409);
        if (created.statusCode() == 409) {
            // invited twice at the same moment, or the e-mail is someone's username: judge whoever has it now
            return judge(kind, accountByEmail(email)
                    .orElseThrow(() -> refused("create the account of " + email, created)), email);
        }
        String id = idFromLocation(created);
        try {
            sendSetPasswordMail(id, email, 204);
        } catch (Unavailable mailFailed) {
            removeUnannounced(id, email);
            throw mailFailed;
        }
        LOG.info(() -> "Created the Keycloak account of " + email + " in the group " + kind.group());
        return new Answer(AccountLinkOutcome.NEW_ACCOUNT, email, null);
    }

    /**
     * Whether the account that holds the address may be linked. Only a proven address counts: Keycloak marks an
     * address verified when its owner followed a link sent to it (the verification e-mail, the set-password
     * e-mail, the e-mail-update confirmation). An account that merely claims the address proves nothing.
     */
    private Answer judge(Kind kind, JsonObject user, String email) {
        String id = user.getString("id");
        String username = user.getString("username");
        boolean member = holdsRole(kind.role(), id, email);
        if (user.getBoolean("emailVerified", false)) {
            return member ? new Answer(AccountLinkOutcome.EXISTING_ACCOUNT, username, null)
                    : new Answer(AccountLinkOutcome.REFUSED_NOT_MEMBER, null, username);
        }
        if (member && username.equalsIgnoreCase(email) && neverUsed(id, email)
                && sendSetPasswordMail(id, email, 204, 403) == 204) {
            // the account an earlier invitation created for this very address: only its owner can open it, through
            // the set-password e-mail, which went to the address again (Keycloak refuses it, 403, for any account
            // outside the invited groups, i.e. not created by an invitation; the role is the kind's)
            return new Answer(AccountLinkOutcome.PENDING_ACCOUNT, username, null);
        }
        return new Answer(AccountLinkOutcome.REFUSED_UNVERIFIED, null, username);
    }

    private boolean holdsRole(String role, String id, String email) {
        HttpResponse<String> roles = send("read the roles of the account of " + email,
                admin("/users/" + id + "/role-mappings/realm/composite").GET(), 200);
        return parse(roles, "read the roles of the account of " + email).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(held -> role.equals(held.getString("name", "")));
    }

    /** No password or other credential and no identity-provider link: nobody has ever signed in with it. */
    private boolean neverUsed(String id, String email) {
        String purpose = "read the sign-in methods of the account of " + email;
        return parse(send(purpose, admin("/users/" + id + "/credentials").GET(), 200), purpose).asJsonArray().isEmpty()
                && parse(send(purpose, admin("/users/" + id + "/federated-identity").GET(), 200), purpose)
                .asJsonArray().isEmpty();
    }

    /** Keycloak's "update your account" e-mail with the set-password link; the status it answered. */
    private int sendSetPasswordMail(String id, String email, int... accepted) {
        return send("send the set-password e-mail to " + email, admin("/users/" + id + "/execute-actions-email?"
                + form(Map.of("client_id", APPLICATION_CLIENT_ID, "redirect_uri", appUrl + "/app/",
                "lifespan", String.valueOf(LINK_LIFESPAN.toSeconds()))))
                .PUT(HttpRequest.BodyPublishers.ofString("[\"UPDATE_PASSWORD\"]")), accepted).statusCode();
    }

    /** Keycloak's language for the invitee's: Simplified Chinese is {@code zh-Hans} in Keycloak 26. */
    static Optional<String> keycloakLocale(String language) {
        if (language == null) {
            return Optional.empty();
        }
        return switch (language.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of("en");
            case "fr" -> Optional.of("fr");
            case "es" -> Optional.of("es");
            case "zh", "zh-hans", "zh-cn" -> Optional.of("zh-Hans");
            default -> Optional.empty();
        };
    }

    static String normalisedEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("an invitee needs an e-mail address");
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The new account: the e-mail is also the username; the kind's group gives it the kind's role. */
    static JsonObject newUser(Kind kind, Invitee invitee, String email) {
        if (invitee.firstName() == null || invitee.lastName() == null || invitee.country() == null) {
            throw new IllegalArgumentException("a new account needs first name, last name and country");
        }
        JsonObjectBuilder attributes = Json.createObjectBuilder()
                .add("country", Json.createArrayBuilder().add(invitee.country().toUpperCase(Locale.ROOT)));
        keycloakLocale(invitee.language()).ifPresent(locale ->
                attributes.add("locale", Json.createArrayBuilder().add(locale)));
        return Json.createObjectBuilder()
                .add("username", email)
                .add("email", email)
                .add("firstName", invitee.firstName())
                .add("lastName", invitee.lastName())
                .add("enabled", true)
                .add("emailVerified", false)
                .add("attributes", attributes)
                .add("groups", Json.createArrayBuilder().add("/" + kind.group()))
                .build();
    }

    private Optional<JsonObject> accountByEmail(String email) {
        HttpResponse<String> found = send("look up the account of " + email,
                admin("/users?" + form(Map.of("email", email, "exact", "true", "briefRepresentation", "true"))).GET(),
                200);
        JsonArray users = parse(found, "look up the account of " + email).asJsonArray();
        return users.stream()
                .map(JsonValue::asJsonObject)
                .filter(user -> email.equalsIgnoreCase(user.getString("email", "")))
                .findFirst();
    }

    private void removeUnannounced(String id, String email) {
        try {
            send("remove the account of " + email + " whose e-mail could not be sent",
                    admin("/users/" + id).DELETE(), 204, 404);
        } catch (Unavailable alsoFailed) {
            LOG.warning(() -> "The Keycloak account of " + email + " (id " + id + ") exists without its set-password "
                    + "e-mail; an administrator can send it (Credentials, Credential reset) or delete the account");
        }
    }

    private String idFromLocation(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> refused("read the id of a new account", created));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private HttpRequest.Builder admin(String path) {
        return keycloak.request(path);
    }

    private HttpResponse<String> send(String purpose, HttpRequest.Builder request, int... accepted) {
        return keycloak.send(purpose, request, accepted);
    }

    private Unavailable refused(String purpose, HttpResponse<String> response) {
        return keycloak.refused(purpose, response);
    }

    private static JsonValue parse(HttpResponse<String> response, String purpose) {
        return KeycloakAdmin.parse(response, purpose);
    }

    private static String form(Map<String, String> values) {
        return KeycloakAdmin.form(values);
    }
}
