package org.scicoop.secretariat.person.control;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.person.boundary.PersonAccount.Account;
import org.scicoop.secretariat.platform.boundary.Unavailable;
import org.scicoop.secretariat.platform.control.KeycloakAdmin;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** KeycloakAccounts against a fake Keycloak answering as 26.7 does (PeopleIT reads the real one). */
class KeycloakAccountsTest {

    private static final String CONSOLE = "https://id.example/admin/secretariat/console/";

    private HttpServer keycloak;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    @BeforeEach
    void startFakeKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
            requests.add(key);
            String body = answers.get(key);
            byte[] bytes = (body == null ? "{\"error\":\"User not found\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        keycloak.start();
        answers.put("POST /realms/secretariat/protocol/openid-connect/token",
                "{\"access_token\":\"t\",\"expires_in\":300,\"token_type\":\"Bearer\"}");
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    private KeycloakAccounts accounts(int port) {
        return new KeycloakAccounts(new KeycloakAdmin("http://127.0.0.1:" + port, "secretariat", "secret",
                Clock.systemUTC()), CONSOLE, "secretariat");
    }

    @Test
    void anAccountShowsTheApplicationsRolesItsCountryItsStateAndItsSecondFactor() {
        answers.put("GET /admin/realms/secretariat/users/u-1", "{\"id\":\"u-1\",\"username\":\"officer\",\"enabled\":true,"
                + "\"totp\":true,\"attributes\":{\"country\":[\"CN\"],\"organisation\":[\"SciCoop\"]}}");
        answers.put("GET /admin/realms/secretariat/users/u-1/role-mappings/realm/composite",
                "[{\"name\":\"default-roles-secretariat\"},{\"name\":\"admin\"},{\"name\":\"offline_access\"},"
                        + "{\"name\":\"programme-officer\"}]");
        answers.put("GET /admin/realms/secretariat/users/u-2", "{\"id\":\"u-2\",\"enabled\":false}");
        answers.put("GET /admin/realms/secretariat/users/u-2/role-mappings/realm/composite", "[]");

        Map<String, Account> found = accounts(keycloak.getAddress().getPort()).accounts(List.of("u-1", "u-2", "u-3"));

        assertThat(found.get("u-1")).isEqualTo(new Account(true, true, "CN", List.of("programme-officer", "admin"), true));
        assertThat(found.get("u-2")).isEqualTo(new Account(true, false, null, List.of(), false));
        assertThat(found.get("u-3")).isEqualTo(Account.gone());
        // one token, then the user and the roles per person, and nothing for a person Keycloak no longer knows
        assertThat(requests).hasSize(6);
    }

    @Test
    void theConsoleLinkOpensTheUsersPageInTheRealmsConsole() {
        assertThat(accounts(1).consoleLink("5e0c1d2a-0001-4c6b-9a51-3f1e2d7a0001")).isEqualTo(
                CONSOLE + "#/secretariat/users/5e0c1d2a-0001-4c6b-9a51-3f1e2d7a0001/settings");
    }

    @Test
    void anUnreachableKeycloakIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> accounts(closedPort).accounts(List.of("u-1"))).isInstanceOf(Unavailable.class);
    }
}
