package org.scicoop.secretariat.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersFilterTest {

    @Test
    void noPolicyAllowsEvalAndOnlyPagesNameInlineScripts() {
        String page = SecurityHeadersFilter.policy("script-src 'self' 'unsafe-inline'", "http://localhost:8180");
        String other = SecurityHeadersFilter.policy("script-src 'self'", "http://localhost:8180");

        assertThat(page + other).doesNotContain("unsafe-eval");
        assertThat(other).contains("; script-src 'self';").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(other).contains("frame-ancestors 'none'").contains("object-src 'none'")
                .contains("form-action 'self' http://localhost:8180");
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
}
