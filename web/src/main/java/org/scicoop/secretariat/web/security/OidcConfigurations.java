package org.scicoop.secretariat.web.security;

import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcClientConfigurationResolver;
import org.wildfly.security.http.oidc.OidcHttpFacade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OIDC client's configuration (web.xml's {@code oidc.config.resolver}), one per kind of request, both read from
 * {@code oidc.json} (in {@code WEB-INF/classes}): the sign-ins of the pages, and the API's bearer tokens.
 * <p>
 * Why two: WildFly's OIDC client keeps a single not-before per configuration, and raises it to the
 * {@code not-before-policy} of every token response of a sign-in. Keycloak puts the signed-in person's own not-before
 * there, which an administrator's "Sign out" of that person moves to now. With one configuration, that person's next
 * sign-in made the application refuse every bearer token issued before it, whoever's ("Stale token", 401), until the
 * next deployment. Requests with a bearer token now have a configuration of their own, which takes part in no sign-in:
 * their tokens are judged by signature, issuer, audience and expiry (five minutes), as any JWT. The pages'
 * configuration still raises its not-before; a session whose token predates it is refreshed, invisibly.
 */
public class OidcConfigurations implements OidcClientConfigurationResolver {

    private static final Logger LOG = Logger.getLogger(OidcConfigurations.class.getName());
    private static final String FILE = "/oidc.json";

    private final OidcClientConfiguration signIns = load(false);
    private final OidcClientConfiguration bearerTokens = load(true);

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        return hasBearerToken(request.getHeader("Authorization")) ? bearerTokens : signIns;
    }

    static boolean hasBearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static OidcClientConfiguration load(boolean bearerOnly) {
        try (InputStream json = OidcConfigurations.class.getResourceAsStream(FILE)) {
            if (json == null) {
                throw new IllegalStateException(FILE + " is missing from the web application's classes");
            }
            OidcClientConfiguration configuration = OidcClientConfigurationBuilder.build(json);
            configuration.setBearerOnly(bearerOnly);
            return configuration;
        } catch (IOException | RuntimeException e) {
            // WildFly's OIDC listener would swallow this and leave every sign-in failing: say it loudly
            LOG.log(Level.SEVERE, "The OIDC configuration " + FILE + " could not be read; nobody can sign in", e);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }
}
