package org.scicoop.secretariat.proposal.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.boundary.Unavailable;
import org.scicoop.secretariat.platform.control.KeycloakAdmin;
import org.scicoop.secretariat.proposal.control.MemberAccounts.Invitee;
import org.scicoop.secretariat.proposal.control.MemberAccounts.Kind;
import org.scicoop.secretariat.proposal.entity.AccountLinkOutcome;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** KeycloakMemberAccounts against a fake Keycloak that answers like the real one (see it.account for the real one). */
class KeycloakMemberAccountsTest {

    private static final String SECRET = "top-secret-client-secret";
    private static final String TOKEN = "eyJ.the-access-token.sig";
    private static final Invitee ADA = new Invitee(" Ada@Example.ORG ", "Ada", "Lovelace", "ke", "zh");

    private HttpServer keycloak;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> bodies = new HashMap<>();
    private final Map<String, Function<HttpExchange, Answer>> routes = new HashMap<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<LogRecord> log = new CopyOnWriteArrayList<>();
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    record Answer(int status, String body, String location) {
        static Answer of(int status, String body) {
            return new Answer(status, body, null);
        }
    }

    @BeforeEach
    void startFakeKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(key + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            bodies.put(key, body);
            if (!key.endsWith("/token")) {
                assertThat(exchange.getRequestHeaders().getFirst("Authorization")).isEqualTo("Bearer " + TOKEN);
            }
            Answer answer = routes.getOrDefault(key, e -> Answer.of(404, "{\"error\":\"not found\"}")).apply(exchange);
            if (answer.location() != null) {
                exchange.getResponseHeaders().add("Location", answer.location());
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        keycloak.start();
        routes.put("POST /realms/secretariat/protocol/openid-connect/token",
                e -> Answer.of(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}"));
        Logger.getLogger(KeycloakMemberAccounts.class.getName()).addHandler(logCapture);
        Logger.getLogger(KeycloakAdmin.class.getName()).addHandler(logCapture);
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
        Logger.getLogger(KeycloakMemberAccounts.class.getName()).removeHandler(logCapture);
        Logger.getLogger(KeycloakAdmin.class.getName()).removeHandler(logCapture);
    }

    private KeycloakMemberAccounts accounts() {
        return new KeycloakMemberAccounts("http://127.0.0.1:" + keycloak.getAddress().getPort(), "secretariat", SECRET,
                "https://secretariat.example", clock);
    }

    private void noAccountYet() {
        routes.put("GET /admin/realms/secretariat/users", e -> Answer.of(200, "[]"));
    }

    private void creationSucceeds() {
        routes.put("POST /admin/realms/secretariat/users", e -> new Answer(201, "",
                "http://127.0.0.1/admin/realms/secretariat/users/0b1c-new-id"));
    }

    private void mailSent() {
        routes.put("PUT /admin/realms/secretariat/users/0b1c-new-id/execute-actions-email", e -> Answer.of(204, ""));
    }

    private void holder(String json) {
        routes.put("GET /admin/realms/secretariat/users", e -> Answer.of(200, "[" + json + "]"));
    }

    private void roles(String id, String... names) {
        StringBuilder array = new StringBuilder("[{\"name\":\"default-roles-secretariat\"}");
        for (String name : names) {
            array.append(",{\"name\":\"").append(name).append("\"}");
        }
        routes.put("GET /admin/realms/secretariat/users/" + id + "/role-mappings/realm/composite",
                e -> Answer.of(200, array + "]"));
    }

    private void signInMethods(String id, String credentials, String identities) {
        routes.put("GET /admin/realms/secretariat/users/" + id + "/credentials", e -> Answer.of(200, credentials));
        routes.put("GET /admin/realms/secretariat/users/" + id + "/federated-identity", e -> Answer.of(200, identities));
    }

    @Test
    void anAccountThatVerifiedTheAddressAndIsAMemberIsLinkedAsItIs() {
        holder("{\"id\":\"5e0c\",\"username\":\"member2\",\"email\":\"ada@example.org\",\"emailVerified\":true}");
        roles("5e0c", "consortium-member");

        MemberAccounts.Answer answer = accounts().ensureAccount(Kind.CO_APPLICANT, ADA);

        assertThat(answer).isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.EXISTING_ACCOUNT, "member2", null));
        assertThat(requests.get(1)).startsWith("GET /admin/realms/secretariat/users?")
                .contains("email=ada%40example.org").contains("exact=true");
        assertThat(requests).noneMatch(r -> r.contains("execute-actions-email") || r.startsWith("PUT")
                || r.startsWith("POST /admin") || r.startsWith("DELETE"));
    }

    @Test
    void anAccountThatOnlyClaimsTheAddressIsNeverLinked() {
        // the attack of issue 9: a rival put the invitee's address on their own account, which Keycloak left unverified
        holder("{\"id\":\"r1v4\",\"username\":\"member3\",\"email\":\"ada@example.org\",\"emailVerified\":false}");
        roles("r1v4", "consortium-member");

        MemberAccounts.Answer answer = accounts().ensureAccount(Kind.CO_APPLICANT, ADA);

        assertThat(answer).isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.REFUSED_UNVERIFIED, null, "member3"));
        assertThat(answer.linked()).isFalse();
        assertThat(requests).noneMatch(r -> r.contains("execute-actions-email"));
    }

    @Test
    void anUnverifiedAccountThatWasUsedIsNeverLinkedEvenWithTheAddressAsUsername() {
        holder("{\"id\":\"r1v4\",\"username\":\"ada@example.org\",\"email\":\"ada@example.org\",\"emailVerified\":false}");
        roles("r1v4", "consortium-member");
        signInMethods("r1v4", "[{\"id\":\"c1\",\"type\":\"password\"}]", "[]");

        assertThat(accounts().ensureAccount(Kind.CO_APPLICANT, ADA).outcome()).isEqualTo(AccountLinkOutcome.REFUSED_UNVERIFIED);
        assertThat(requests).noneMatch(r -> r.contains("execute-actions-email"));
    }

    @Test
    void anUnverifiedAccountSignedInThroughAnIdentityProviderIsNeverLinked() {
        holder("{\"id\":\"r1v4\",\"username\":\"ada@example.org\",\"email\":\"ada@example.org\",\"emailVerified\":false}");
        roles("r1v4", "consortium-member");
        signInMethods("r1v4", "[]", "[{\"identityProvider\":\"national-federation\",\"userId\":\"x\"}]");

        assertThat(accounts().ensureAccount(Kind.CO_APPLICANT, ADA).outcome()).isEqualTo(AccountLinkOutcome.REFUSED_UNVERIFIED);
    }

    @Test
    void aVerifiedAccountWithoutTheMemberRoleIsNotLinked() {
        holder("{\"id\":\"r3v\",\"username\":\"reviewer\",\"email\":\"ada@example.org\",\"emailVerified\":true}");
        roles("r3v", "reviewer");

        assertThat(accounts().ensureAccount(Kind.CO_APPLICANT, ADA))
                .isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.REFUSED_NOT_MEMBER, null, "reviewer"));
    }

    @Test
    void theUnusedAccountOfAnEarlierInvitationIsLinkedAndGetsItsSetPasswordMailAgain() {
        holder("{\"id\":\"0b1c-new-id\",\"username\":\"ada@example.org\",\"email\":\"ada@example.org\","
                + "\"emailVerified\":false}");
        roles("0b1c-new-id", "consortium-member");
        signInMethods("0b1c-new-id", "[]", "[]");
        mailSent();

        assertThat(accounts().ensureAccount(Kind.CO_APPLICANT, ADA))
                .isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.PENDING_ACCOUNT, "ada@example.org", null));
        assertThat(requests).anyMatch(r -> r.startsWith("PUT /admin/realms/secretariat/users/0b1c-new-id/execute-actions-email"));
    }

    @Test
    void anUnusedAccountThatNoInvitationCreatedIsNotLinked() {
        // Keycloak lets the service account e-mail only the invited co-applicants' group: 403 for anyone else
        holder("{\"id\":\"a0m1n\",\"username\":\"ada@example.org\",\"email\":\"ada@example.org\","
                + "\"emailVerified\":false}");
        roles("a0m1n", "consortium-member");
        signInMethods("a0m1n", "[]", "[]");
        routes.put("PUT /admin/realms/secretariat/users/a0m1n/execute-actions-email",
                e -> Answer.of(403, "{\"error\":\"HTTP 403 Forbidden\"}"));

        assertThat(accounts().ensureAccount(Kind.CO_APPLICANT, ADA))
                .isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.REFUSED_UNVERIFIED, null, "ada@example.org"));
    }

    @Test
    void aNewAccountJoinsTheInvitedGroupWithCountryAndLocaleAndGetsTheSetPasswordMail() {
        noAccountYet();
        creationSucceeds();
        mailSent();

        assertThat(accounts().ensureAccount(Kind.CO_APPLICANT, ADA))
                .isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.NEW_ACCOUNT, "ada@example.org", null));

        JsonObject user = Json.createReader(new StringReader(bodies.get("POST /admin/realms/secretariat/users"))).readObject();
        assertThat(user.getString("username")).isEqualTo("ada@example.org");
        assertThat(user.getString("email")).isEqualTo("ada@example.org");
        assertThat(user.getString("firstName")).isEqualTo("Ada");
        assertThat(user.getBoolean("emailVerified")).isFalse();
        assertThat(user.getJsonArray("groups").getString(0)).isEqualTo("/invited-co-applicants");
        assertThat(user.getJsonObject("attributes").getJsonArray("country").getString(0)).isEqualTo("KE");
        assertThat(user.getJsonObject("attributes").getJsonArray("locale").getString(0)).isEqualTo("zh-Hans");
        assertThat(user.containsKey("realmRoles")).isFalse();

        String mail = requests.stream().filter(r -> r.contains("execute-actions-email")).findFirst().orElseThrow();
        assertThat(mail).startsWith("PUT ").contains("client_id=secretariat-web")
                .contains("redirect_uri=https%3A%2F%2Fsecretariat.example%2Fapp%2F")
                .contains("lifespan=" + Duration.ofDays(7).toSeconds());
        assertThat(bodies.get("PUT /admin/realms/secretariat/users/0b1c-new-id/execute-actions-email"))
                .isEqualTo("[\"UPDATE_PASSWORD\"]");
    }

    @Test
    void anExpertsNewAccountJoinsTheInvitedExpertsGroupWhichGivesOnlyTheReviewerRole() {
        noAccountYet();
        creationSucceeds();
        mailSent();

        assertThat(accounts().ensureAccount(Kind.EXPERT, ADA))
                .isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.NEW_ACCOUNT, "ada@example.org", null));

        JsonObject user = Json.createReader(new StringReader(bodies.get("POST /admin/realms/secretariat/users"))).readObject();
        assertThat(user.getJsonArray("groups")).hasSize(1);
        assertThat(user.getJsonArray("groups").getString(0)).isEqualTo("/invited-experts");
        assertThat(user.containsKey("realmRoles")).isFalse();
        assertThat(requests).anyMatch(r -> r.startsWith("PUT /admin/realms/secretariat/users/0b1c-new-id/execute-actions-email"));
    }

    @Test
    void anExpertInvitationLinksAVerifiedReviewerButNotAVerifiedConsortiumMember() {
        holder("{\"id\":\"r3v\",\"username\":\"reviewer2\",\"email\":\"ada@example.org\",\"emailVerified\":true}");
        roles("r3v", "reviewer");
        assertThat(accounts().ensureAccount(Kind.EXPERT, ADA))
                .isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.EXISTING_ACCOUNT, "reviewer2", null));

        holder("{\"id\":\"m3m\",\"username\":\"member2\",\"email\":\"ada@example.org\",\"emailVerified\":true}");
        roles("m3m", "consortium-member");
        assertThat(accounts().ensureAccount(Kind.EXPERT, ADA))
                .isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.REFUSED_NOT_MEMBER, null, "member2"));
    }

    @Test
    void anUnusedCoApplicantAccountIsNotTakenForAnExpertNorAnUnusedExpertAccountForACoApplicant() {
        holder("{\"id\":\"0b1c-new-id\",\"username\":\"ada@example.org\",\"email\":\"ada@example.org\","
                + "\"emailVerified\":false}");
        signInMethods("0b1c-new-id", "[]", "[]");
        mailSent();

        roles("0b1c-new-id", "consortium-member");
        assertThat(accounts().ensureAccount(Kind.EXPERT, ADA).outcome()).isEqualTo(AccountLinkOutcome.REFUSED_UNVERIFIED);
        roles("0b1c-new-id", "reviewer");
        assertThat(accounts().ensureAccount(Kind.CO_APPLICANT, ADA).outcome()).isEqualTo(AccountLinkOutcome.REFUSED_UNVERIFIED);
        assertThat(requests).noneMatch(r -> r.contains("execute-actions-email"));

        assertThat(accounts().ensureAccount(Kind.EXPERT, ADA))
                .isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.PENDING_ACCOUNT, "ada@example.org", null));
    }

    @Test
    void theTokenIsReusedUntilShortlyBeforeItExpires() {
        holder("{\"id\":\"5e0c\",\"username\":\"member2\",\"email\":\"ada@example.org\",\"emailVerified\":true}");
        roles("5e0c", "consortium-member");
        KeycloakMemberAccounts accounts = accounts();

        accounts.ensureAccount(Kind.CO_APPLICANT, ADA);
        clock.advance(Duration.ofSeconds(269));
        accounts.ensureAccount(Kind.CO_APPLICANT, ADA);
        assertThat(requests.stream().filter(r -> r.endsWith("/token"))).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        accounts.ensureAccount(Kind.CO_APPLICANT, ADA);
        assertThat(requests.stream().filter(r -> r.endsWith("/token"))).hasSize(2);
    }

    @Test
    void aRevokedTokenIsReplacedOnce() {
        List<Integer> answers = new ArrayList<>(List.of(401, 200));
        routes.put("GET /admin/realms/secretariat/users", e -> Answer.of(answers.remove(0),
                "[{\"id\":\"5e0c\",\"username\":\"member2\",\"email\":\"ada@example.org\",\"emailVerified\":true}]"));
        roles("5e0c", "consortium-member");

        assertThat(accounts().ensureAccount(Kind.CO_APPLICANT, ADA).account()).isEqualTo("member2");
        assertThat(requests.stream().filter(r -> r.endsWith("/token"))).hasSize(2);
    }

    @Test
    void whenTheMailCannotBeSentTheNewAccountIsRemovedSoThatTheNextInvitationStartsAfresh() {
        noAccountYet();
        creationSucceeds();
        routes.put("PUT /admin/realms/secretariat/users/0b1c-new-id/execute-actions-email", e -> Answer.of(500,
                "{\"errorMessage\":\"Failed to send execute actions email\"}"));
        routes.put("DELETE /admin/realms/secretariat/users/0b1c-new-id", e -> Answer.of(204, ""));

        assertThatThrownBy(() -> accounts().ensureAccount(Kind.CO_APPLICANT, ADA)).isInstanceOf(Unavailable.class);

        assertThat(requests).contains("DELETE /admin/realms/secretariat/users/0b1c-new-id");
        assertThat(messages()).contains("Failed to send execute actions email");
    }

    @Test
    void twoInvitationsAtOnceGiveTheOneAccount() {
        List<String> lookups = new ArrayList<>(List.of("[]", "[{\"id\":\"0b1c-new-id\",\"username\":\"ada@example.org\","
                + "\"email\":\"ada@example.org\",\"emailVerified\":false}]"));
        routes.put("GET /admin/realms/secretariat/users", e -> Answer.of(200, lookups.remove(0)));
        routes.put("POST /admin/realms/secretariat/users", e -> Answer.of(409, "{\"errorMessage\":\"User exists with same email\"}"));
        roles("0b1c-new-id", "consortium-member");
        signInMethods("0b1c-new-id", "[]", "[]");
        mailSent();

        assertThat(accounts().ensureAccount(Kind.CO_APPLICANT, ADA))
                .isEqualTo(new MemberAccounts.Answer(AccountLinkOutcome.PENDING_ACCOUNT, "ada@example.org", null));
    }

    @Test
    void aRefusedTokenMakesKeycloakUnavailableAndNoSecretReachesTheLog() {
        routes.put("POST /realms/secretariat/protocol/openid-connect/token", e -> Answer.of(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}"));

        assertThatThrownBy(() -> accounts().ensureAccount(Kind.CO_APPLICANT, ADA)).isInstanceOf(Unavailable.class);

        assertThat(messages()).contains("invalid_client").contains("secretariat-invitations")
                .doesNotContain(SECRET);
    }

    @Test
    void aRefusalIsLoggedWithKeycloaksReasonButNeverTheToken() {
        noAccountYet();
        routes.put("POST /admin/realms/secretariat/users", e -> Answer.of(403, "{\"error\":\"HTTP 403 Forbidden\"}"));

        assertThatThrownBy(() -> accounts().ensureAccount(Kind.CO_APPLICANT, ADA)).isInstanceOf(Unavailable.class);

        assertThat(messages()).contains("403").contains("HTTP 403 Forbidden").doesNotContain(TOKEN).doesNotContain(SECRET);
    }

    @Test
    void anUnreachableKeycloakIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KeycloakMemberAccounts accounts = new KeycloakMemberAccounts("http://127.0.0.1:" + closedPort, "secretariat",
                SECRET, "http://localhost:8080", clock);

        assertThatThrownBy(() -> accounts.ensureAccount(Kind.CO_APPLICANT, ADA)).isInstanceOf(Unavailable.class);
        assertThat(messages()).contains("cannot be reached").doesNotContain(SECRET);
    }

    @Test
    void languagesBecomeKeycloakLocales() {
        assertThat(KeycloakMemberAccounts.keycloakLocale("zh")).contains("zh-Hans");
        assertThat(KeycloakMemberAccounts.keycloakLocale("FR")).contains("fr");
        assertThat(KeycloakMemberAccounts.keycloakLocale("es")).contains("es");
        assertThat(KeycloakMemberAccounts.keycloakLocale("en")).contains("en");
        assertThat(KeycloakMemberAccounts.keycloakLocale("de")).isEmpty();
        assertThat(KeycloakMemberAccounts.keycloakLocale(null)).isEmpty();
    }

    private String messages() {
        StringBuilder all = new StringBuilder();
        log.forEach(record -> all.append(record.getMessage()).append('\n'));
        return all.toString();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
