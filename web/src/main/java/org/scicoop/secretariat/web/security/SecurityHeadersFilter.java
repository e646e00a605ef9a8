package org.scicoop.secretariat.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.web.platform.Links;

import java.io.IOException;
import java.util.Optional;

/**
 * The full Content-Security-Policy for everything the application itself serves. The static security
 * headers, and a strict fallback policy, are set for every response (the login redirects included)
 * by {@code WEB-INF/undertow-handlers.conf}; this replaces that fallback policy.
 * <p>
 * No response allows {@code 'unsafe-eval'}. Responses that are not pages (the API, downloads, resources) allow
 * scripts from the application only. A page's scripts are limited by two policies, which a browser enforces both:
 * this one and PrimeFaces' nonce policy ({@code primefaces.CSP}): an inline script runs only with the page's nonce.
 * This policy still names {@code 'unsafe-inline'} for pages, because a public page's {@code 304} (web.platform
 * .PublicPageCaching) carries this policy without the nonce one, and the browser then applies it to the cached page:
 * a nonce-less {@code script-src 'self'} would stop that page's (nonced) scripts (docs/README.md, "Security model").
 * <p>
 * When the application's address is HTTPS ({@code SECRETARIAT_APP_URL}), browsers are told to keep to HTTPS
 * ({@code Strict-Transport-Security}, one year, subdomains included).
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    Links links;

    private String pagePolicy;
    private String otherPolicy;
    private Optional<String> hsts;

    @Override
    public void init() {
        pagePolicy = policy("script-src 'self' 'unsafe-inline'", links.getKeycloakOrigin());
        otherPolicy = policy("script-src 'self'", links.getKeycloakOrigin());
        hsts = hsts(Settings.appUrl());
    }

    static String policy(String scripts, String keycloakOrigin) {
        return String.join("; ",
                "default-src 'self'",
                scripts,
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + keycloakOrigin,
                "frame-ancestors 'none'");
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
        boolean page = isPage(path) || request.getDispatcherType() == DispatcherType.ERROR;
        response.setHeader("Content-Security-Policy", page ? pagePolicy : otherPolicy);
        hsts.ifPresent(value -> response.setHeader("Strict-Transport-Security", value));
        if (path.startsWith("/app/") || path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
