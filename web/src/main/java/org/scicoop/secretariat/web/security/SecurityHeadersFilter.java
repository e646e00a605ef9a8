package org.scicoop.secretariat.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.web.platform.Links;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one Content-Security-Policy of everything the application itself serves. The static security headers, and a
 * strict fallback policy, are set for every response (the login redirects included) by
 * {@code WEB-INF/undertow-handlers.conf}; this replaces that fallback policy.
 * <p>
 * No policy names {@code 'unsafe-inline'} or {@code 'unsafe-eval'} for scripts: scripts come from the application,
 * and on a Faces page an inline script runs only with the page's nonce. PrimeFaces ({@code primefaces.CSP}) makes the
 * nonce, puts it on the page's scripts and adds a {@code script-src 'self' 'nonce-…'} policy of its own; on a page
 * this filter takes that header's nonce into its own policy instead, so a page carries one policy, the whole one. A
 * response PrimeFaces adds nothing to (not a page, a redirect, a page that failed before rendering) keeps
 * {@code script-src 'self'}. A public page's {@code 304} carries no policy at all
 * ({@code web.platform.PublicPageCaching}): the browser keeps the cached page's own, whose nonce its scripts carry.
 * Styles still allow {@code 'unsafe-inline'}: PrimeFaces renders style attributes (docs/README.md, "Security model").
 * <p>
 * When the application's address is HTTPS ({@code SECRETARIAT_APP_URL}), browsers are told to keep to HTTPS
 * ({@code Strict-Transport-Security}, one year, subdomains included).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    static final String CSP = "Content-Security-Policy";
    /** A nonce as PrimeFaces writes it into its policy: Base64 only, so nothing else reaches the header. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    @Inject
    Links links;

    private String keycloakOrigin;
    private String strictPolicy;
    private Optional<String> hsts;

    @Override
    public void init() {
        keycloakOrigin = links.getKeycloakOrigin();
        strictPolicy = policy(Optional.empty(), keycloakOrigin);
        hsts = hsts(Settings.appUrl());
    }

    /** The policy: scripts from the application only, and inline ones carrying {@code nonce} if there is one. */
    static String policy(Optional<String> nonce, String keycloakOrigin) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'" + nonce.map(value -> " 'nonce-" + value + "'").orElse(""),
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + keycloakOrigin,
                "frame-ancestors 'none'");
    }

    /** The nonce of a policy PrimeFaces adds ({@code script-src 'self' 'nonce-…';}), if it names one. */
    static Optional<String> nonce(String policy) {
        if (policy == null) {
            return Optional.empty();
        }
        Matcher matcher = NONCE.matcher(policy);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** HSTS for an application served over HTTPS; none for a plain-HTTP (local) one. */
    static Optional<String> hsts(String appUrl) {
        return appUrl.regionMatches(true, 0, "https://", 0, 8) ? Optional.of(HSTS) : Optional.empty();
    }

    /** Whether {@code path} (without the context path) is a Faces page: PrimeFaces adds its nonce policy there. */
    static boolean isPage(String path) {
        return path.endsWith(".xhtml") || path.endsWith("/");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader(CSP, strictPolicy);
        hsts.ifPresent(value -> response.setHeader("Strict-Transport-Security", value));
        if (path.startsWith("/app/") || path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        boolean page = isPage(path) || request.getDispatcherType() == DispatcherType.ERROR;
        chain.doFilter(request, page ? new NoncePolicy(response, keycloakOrigin) : response);
    }

    /** Turns PrimeFaces' nonce policy into the page's one policy with that nonce; passes everything else on. */
    static final class NoncePolicy extends HttpServletResponseWrapper {

        private final String keycloakOrigin;

        NoncePolicy(HttpServletResponse response, String keycloakOrigin) {
            super(response);
            this.keycloakOrigin = keycloakOrigin;
        }

        @Override
        public void addHeader(String name, String value) {
            if (!withNonce(name, value)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!withNonce(name, value)) {
                super.setHeader(name, value);
            }
        }

        private boolean withNonce(String name, String value) {
            if (!CSP.equalsIgnoreCase(name)) {
                return false;
            }
            Optional<String> nonce = nonce(value);
            nonce.ifPresent(found -> super.setHeader(CSP, policy(nonce, keycloakOrigin)));
            return nonce.isPresent();
        }
    }
}
