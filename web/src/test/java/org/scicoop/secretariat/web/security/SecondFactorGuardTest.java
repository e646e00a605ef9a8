package org.scicoop.secretariat.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.web.platform.LogRecords;
import org.scicoop.secretariat.web.platform.Texts;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorGuardTest {

    @Test
    void aOneTimeCodeOrAKeyIsASecondFactorAPasswordAloneIsNot() {
        assertThat(SecondFactorGuard.showsSecondFactor(List.of("pwd", "otp"))).isTrue();
        assertThat(SecondFactorGuard.showsSecondFactor(List.of("pwd", "hwk"))).isTrue();
        assertThat(SecondFactorGuard.showsSecondFactor(List.of("mfa"))).isTrue();

        assertThat(SecondFactorGuard.showsSecondFactor(List.of("pwd"))).isFalse();
        assertThat(SecondFactorGuard.showsSecondFactor(List.of())).isFalse();
        assertThat(SecondFactorGuard.showsSecondFactor(List.of("pwd", "kba", "OTP"))).isFalse();
    }

    @Test
    void twoFactorsAreRequiredUnlessTurnedOff() {
        Assumptions.assumeTrue(System.getenv("SECRETARIAT_REQUIRE_2FA") == null);
        assertThat(Settings.requireSecondFactor()).isTrue();
    }

    @Test
    void anOfficersBearerTokenWithoutASecondFactorGetsAProblemDocumentInTheCallersLanguageAndASecurityEvent()
            throws Exception {
        Assumptions.assumeTrue(System.getenv("SECRETARIAT_REQUIRE_2FA") == null);
        Exchange exchange = exchange("officer", Set.of("programme-officer"), List.of("pwd"), "/api/v1/proposals", "fr");

        List<LogRecord> events = LogRecords.during(SecurityLog.LOGGER, () -> new SecondFactorGuard()
                .doFilter(exchange.request, exchange.response, exchange.chain));

        assertThat(exchange.passedOn).as("the request reaches no resource").isEmpty();
        assertThat(exchange.status[0]).isEqualTo(403);
        assertThat(exchange.contentType[0]).isEqualTo("application/problem+json");
        JsonObject problem = Json.createReader(new StringReader(exchange.body.toString(StandardCharsets.UTF_8)))
                .readObject();
        assertThat(problem.getInt("status")).isEqualTo(403);
        assertThat(problem.getString("code")).isEqualTo("secondFactorRequired");
        assertThat(problem.getString("instance")).isEqualTo("/api/v1/proposals");
        assertThat(problem.getString("detail"))
                .isEqualTo(Texts.of(Locale.FRENCH, "problem.secondFactorRequired"))
                .isNotEqualTo(Texts.of(Locale.ENGLISH, "problem.secondFactorRequired"));
        assertThat(events).extracting(LogRecord::getMessage).containsExactly(
                "event=login.secondFactorMissing actor=officer path=/api/v1/proposals roles=[programme-officer] amr=pwd");
    }

    @Test
    void anAdministratorsTokenWithoutAnyAmrIsRefusedToo() throws Exception {
        Assumptions.assumeTrue(System.getenv("SECRETARIAT_REQUIRE_2FA") == null);
        Exchange exchange = exchange("admin", Set.of("admin"), null, "/api/v1/agencies", "en");

        new SecondFactorGuard().doFilter(exchange.request, exchange.response, exchange.chain);

        assertThat(exchange.passedOn).isEmpty();
        assertThat(exchange.status[0]).isEqualTo(403);
        assertThat(exchange.body.toString(StandardCharsets.UTF_8)).contains("\"code\":\"secondFactorRequired\"");
    }

    @Test
    void aTokenWithTheCodeAMemberWithoutOneAndAnyoneWithTwoFactorsOffGoOn() throws Exception {
        Assumptions.assumeTrue(System.getenv("SECRETARIAT_REQUIRE_2FA") == null);
        Exchange withCode = exchange("officer", Set.of("programme-officer"), List.of("pwd", "otp"), "/api/v1/proposals",
                "en");
        Exchange member = exchange("member", Set.of("consortium-member"), List.of("pwd"), "/api/v1/proposals", "en");
        Exchange turnedOff = exchange("officer", Set.of("programme-officer"), List.of("pwd"), "/api/v1/proposals",
                "en");

        List<LogRecord> events = LogRecords.during(SecurityLog.LOGGER, () -> {
            new SecondFactorGuard().doFilter(withCode.request, withCode.response, withCode.chain);
            new SecondFactorGuard().doFilter(member.request, member.response, member.chain);
            System.setProperty("secretariat.require.2fa", "false");
            try {
                new SecondFactorGuard().doFilter(turnedOff.request, turnedOff.response, turnedOff.chain);
            } finally {
                System.clearProperty("secretariat.require.2fa");
            }
        });

        for (Exchange passed : List.of(withCode, member, turnedOff)) {
            assertThat(passed.passedOn).hasSize(1);
            assertThat(passed.status[0]).isZero();
        }
        assertThat(events).isEmpty();
    }

    /** A request with a bearer token of {@code user} (its {@code amr}, none when null) and what the guard answered. */
    private static final class Exchange {
        HttpServletRequest request;
        HttpServletResponse response;
        FilterChain chain;
        final List<HttpServletRequest> passedOn = new ArrayList<>();
        final int[] status = {0};
        final String[] contentType = {null};
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
    }

    private static Exchange exchange(String user, Set<String> roles, List<String> amr, String path, String language) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(user + "-id");
        claims.setStringClaim("preferred_username", user);
        if (amr != null) {
            claims.setStringListClaim("amr", amr);
        }
        OidcSecurityContext context = new OidcSecurityContext("a.bearer.token", new AccessToken(claims), null, null);
        Map<String, Object> attributes = new HashMap<>(Map.of(OidcSecurityContext.class.getName(), context));
        Principal principal = () -> user;
        Exchange exchange = new Exchange();
        exchange.request = (HttpServletRequest) Proxy.newProxyInstance(SecondFactorGuardTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "getRemoteUser" -> user;
                    case "isUserInRole" -> roles.contains((String) args[0]);
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getMethod" -> "GET";
                    case "getHeader" -> "Accept-Language".equalsIgnoreCase((String) args[0]) ? language : null;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getSession" -> null;
                    case "logout" -> throw new AssertionError("a bearer request has no login to end");
                    default -> defaultValue(method.getReturnType());
                });
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                exchange.body.write(b);
            }
        };
        exchange.response = (HttpServletResponse) Proxy.newProxyInstance(
                SecondFactorGuardTest.class.getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        exchange.status[0] = (Integer) args[0];
                        yield null;
                    }
                    case "setContentType" -> {
                        exchange.contentType[0] = (String) args[0];
                        yield null;
                    }
                    case "getOutputStream" -> out;
                    default -> defaultValue(method.getReturnType());
                });
        exchange.chain = (request, response) -> exchange.passedOn.add((HttpServletRequest) request);
        return exchange;
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 0 : (Object) 0L;
        }
        return null;
    }
}
