package org.scicoop.secretariat.person.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.scicoop.secretariat.person.boundary.PersonAccount.Account;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.control.KeycloakAdmin;
import org.scicoop.secretariat.platform.control.Settings;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Keycloak says of people now (read-only): their application roles, their {@code country} attribute, whether
 * the account is enabled and whether it has a one-time-code authenticator. Read through the one admin API client
 * ({@link KeycloakAdmin}) with the {@code secretariat-invitations} service account's {@code view} permission on
 * users, which the invitations already need; two requests per person (the user, the composite realm roles), none
 * per column. The admin console stays the place where these are changed.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private final KeycloakAdmin keycloak;
    private final String consoleUrl;
    private final String realm;

    public KeycloakAccounts() {
        this(KeycloakAdmin.fromSettings(), Settings.keycloakConsoleUrl(), Settings.keycloakRealm());
    }

    KeycloakAccounts(KeycloakAdmin keycloak, String consoleUrl, String realm) {
        this.keycloak = keycloak;
        this.consoleUrl = consoleUrl;
        this.realm = realm;
    }

    /**
     * The accounts of these Keycloak user ids ({@code sub}), in their order; an id Keycloak no longer knows (the
     * account was deleted) is {@link Account#gone()}. Throws {@code Unavailable} when Keycloak cannot be asked.
     */
    public Map<String, Account> accounts(Collection<String> ids) {
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (String id : ids) {
            accounts.put(id, account(id));
        }
        return accounts;
    }

    /** One account, as {@link #accounts}. */
    public Account account(String id) {
        String path = "/users/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        String purpose = "read the account " + id;
        HttpResponse<String> user = keycloak.send(purpose, keycloak.request(path).GET(), 200, 404);
        if (user.statusCode() == 404) {
            return Account.gone();
        }
        JsonObject json = KeycloakAdmin.parse(user, purpose).asJsonObject();
        List<String> held = keycloak.get("read the roles of the account " + id, path + "/role-mappings/realm/composite")
                .asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .map(role -> role.getString("name", ""))
                .toList();
        return new Account(true, json.getBoolean("enabled", false), country(json),
                Roles.ALL.stream().filter(held::contains).toList(), json.getBoolean("totp", false));
    }

    /** The user's page in the admin console of the realm (Keycloak is not asked). */
    public String consoleLink(String id) {
        return consoleUrl + "#/" + realm + "/users/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/settings";
    }

    private static String country(JsonObject user) {
        JsonObject attributes = user.getJsonObject("attributes");
        if (attributes == null || !(attributes.get("country") instanceof JsonArray values) || values.isEmpty()) {
            return null;
        }
        return values.getString(0, null);
    }
}
