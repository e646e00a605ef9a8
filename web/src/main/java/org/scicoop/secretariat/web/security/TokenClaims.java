package org.scicoop.secretariat.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.scicoop.secretariat.person.entity.IdentityClaims;
import org.scicoop.secretariat.web.i18n.Language;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;

import java.util.List;
import java.util.Optional;

/** Reads the caller's identity claims from the OIDC token that authenticated the request. */
public final class TokenClaims {

    private static final String CONTEXT = OidcSecurityContext.class.getName();

    private TokenClaims() {
    }

    /**
     * The caller's claims. The e-mail address counts only when Keycloak says it is verified: a user can put any
     * address on their account, and an unproven one must not reach receipts, proposals or anything that trusts it.
     * The language is the account's {@code locale} (Keycloak's {@code zh-Hans} is the application's {@code zh}).
     */
    public static Optional<IdentityClaims> of(HttpServletRequest request) {
        return token(request).map(token -> new IdentityClaims(token.getSubject(), request.getUserPrincipal().getName(),
                token.getGivenName(), token.getFamilyName(),
                Boolean.TRUE.equals(token.getClaimValue("email_verified", Boolean.class)) ? token.getEmail() : null,
                token.getClaimValueAsString("country"), token.getClaimValueAsString("organisation"),
                token.getClaimValueAsString("zoneinfo"),
                Language.byCode(token.getClaimValueAsString("locale")).map(Language::code).orElse(null)));
    }

    /** Keycloak's session of the caller ({@code sid} of the ID token), which a back-channel logout names. */
    public static Optional<String> sessionId(HttpServletRequest request) {
        return context(request).map(OidcSecurityContext::getIDToken).map(token -> token.getClaimValueAsString("sid"))
                .filter(sid -> !sid.isBlank());
    }

    /**
     * How the caller signed in ({@code amr}, RFC 8176: {@code pwd}, {@code otp} …, as the realm's AMR mapper names the
     * authenticators that ran): the ID token's of a page session, the access token's of a request with a bearer token
     * (which has no ID token); empty when the token says nothing of it.
     */
    public static List<String> authenticationMethods(HttpServletRequest request) {
        return context(request).map(context -> context.getIDToken() != null ? context.getIDToken() : context.getToken())
                .filter(token -> token.hasClaim("amr"))
                .map(token -> token.getStringListClaimValue("amr"))
                .orElse(List.of());
    }

    public static Optional<String> idTokenHint(HttpServletRequest request) {
        return context(request).map(OidcSecurityContext::getIDTokenString);
    }

    private static Optional<AccessToken> token(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return context(request).map(OidcSecurityContext::getToken);
    }

    private static Optional<OidcSecurityContext> context(HttpServletRequest request) {
        Object context = request.getAttribute(CONTEXT);
        if (context == null) {
            HttpSession session = request.getSession(false);
            context = session == null ? null : session.getAttribute(CONTEXT);
        }
        return context instanceof OidcSecurityContext oidc ? Optional.of(oidc) : Optional.empty();
    }
}
