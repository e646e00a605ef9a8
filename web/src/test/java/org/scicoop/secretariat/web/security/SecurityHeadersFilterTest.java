package org.scicoop.secretariat.web.security;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersFilterTest {

    private static final String KEYCLOAK = "http://localhost:8180";
    private static final String NONCE = "ZjM0YjI0ZTMtZDY2Ny00YjU2LWI2YTItZWJjZTQ2ZTk1YjA2";

    @Test
    void noPolicyAllowsInlineOrEvaluatedScripts() {
        String strict = SecurityHeadersFilter.policy(Optional.empty(), KEYCLOAK);
        String page = SecurityHeadersFilter.policy(Optional.of(NONCE), KEYCLOAK);

        assertThat(strict).contains("; script-src 'self';");
        assertThat(page).contains("; script-src 'self' 'nonce-" + NONCE + "';");
        for (String policy : List.of(strict, page)) {
            String scripts = policy.replaceAll(".*(script-src [^;]*);.*", "$1");
            assertThat(scripts).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(policy).doesNotContain("unsafe-eval").contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").contains("form-action 'self' " + KEYCLOAK);
        }
    }

    @Test
    void thePageKeepsOnePolicyWithPrimeFacesNonce() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        HttpServletResponse response = new SecurityHeadersFilter.NoncePolicy(recording(headers), KEYCLOAK);
        response.setHeader("Content-Security-Policy", SecurityHeadersFilter.policy(Optional.empty(), KEYCLOAK));

        response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-" + NONCE + "';");

        assertThat(headers.get("Content-Security-Policy"))
                .containsExactly(SecurityHeadersFilter.policy(Optional.of(NONCE), KEYCLOAK));
        response.addHeader("X-Other", "kept");
        assertThat(headers.get("X-Other")).containsExactly("kept");
        response.setHeader("Content-Security-Policy", null);
        assertThat(headers).as("a 304 removes the policy through the page's response")
                .doesNotContainKey("Content-Security-Policy");
    }

    @Test
    void onlyABase64NonceReachesTheHeader() {
        assertThat(SecurityHeadersFilter.nonce("script-src 'self' 'nonce-" + NONCE + "';")).contains(NONCE);
        assertThat(SecurityHeadersFilter.nonce("script-src 'self' 'nonce-a b\r\nX-Injected: 1';")).isEmpty();
        assertThat(SecurityHeadersFilter.nonce("script-src 'self'")).isEmpty();
        assertThat(SecurityHeadersFilter.nonce(null)).isEmpty();
    }

    @Test
    void pagesAreFacesViewsAndDirectories() {
        assertThat(SecurityHeadersFilter.isPage("/app/dashboard.xhtml")).isTrue();
        assertThat(SecurityHeadersFilter.isPage("/")).isTrue();
        assertThat(SecurityHeadersFilter.isPage("/api/v1/calls")).isFalse();
        assertThat(SecurityHeadersFilter.isPage("/documents/C-1/2/call.pdf")).isFalse();
    }

    @Test
    void strictTransportSecurityOnlyForAnHttpsAddress() {
        assertThat(SecurityHeadersFilter.hsts("https://secretariat.scicoop.org")).contains(SecurityHeadersFilter.HSTS);
        assertThat(SecurityHeadersFilter.hsts("HTTPS://secretariat.scicoop.org")).isPresent();
        assertThat(SecurityHeadersFilter.hsts("http://localhost:8080")).isEmpty();
    }

    /** A response that keeps its headers as the container does: set replaces, add appends, a null value removes. */
    private static HttpServletResponse recording(Map<String, List<String>> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> {
                            headers.remove((String) args[0]);
                            if (args[1] != null) {
                                headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                            }
                        }
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], name -> new ArrayList<>())
                                .add((String) args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }
}
