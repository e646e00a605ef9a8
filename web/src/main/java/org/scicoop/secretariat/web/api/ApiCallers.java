package org.scicoop.secretariat.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.scicoop.secretariat.person.boundary.PersonService;
import org.scicoop.secretariat.person.entity.IdentityClaims;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.web.security.TokenClaims;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the caller's person record up to date with their token before a proposals, evaluation, review,
 * national sign-off or experts endpoint runs, as
 * the pages do at the first page of a session ({@code LoginRecorder}). What a caller may see depends on
 * it: a national contact sees the proposals of the country their record names. Without this, a partner
 * agency's system that calls only {@code /api/v1/proposals} would see nothing (no record yet), or the
 * proposals of the country an administrator has since taken from the contact (a stale record).
 * Written only when the token's claims differ from those last recorded here, so a client polling
 * with the same token costs no write.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiCallers implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(ApiCallers.class.getName());
    private static final int REMEMBERED = 10_000;
    private static final Map<String, IdentityClaims> RECORDED = new ConcurrentHashMap<>();
    /** The endpoints whose answers depend on the caller's record (their country, their name in e-mails). */
    private static final Set<Class<?>> RECORDING = Set.of(ProposalsResource.class, EvaluationResource.class,
            ReviewsResource.class, NationalSignOffResource.class, AgenciesResource.class, ExpertsResource.class,
            ProjectsResource.class);

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Inject
    PersonService persons;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!RECORDING.contains(resource.getResourceClass()) || request.getUserPrincipal() == null
                || Roles.ALL.stream().noneMatch(request::isUserInRole)) {
            return;
        }
        TokenClaims.of(request).ifPresent(claims -> {
            if (!Objects.equals(RECORDED.get(claims.username()), claims)) {
                try {
                    persons.recordLogin(claims);
                } catch (RuntimeException e) {
                    // e.g. two first requests at once, both creating the record: one wins, the next request retries
                    LOG.log(Level.FINE, "Could not record " + claims.username() + " from the token", e);
                    return;
                }
                if (RECORDED.size() >= REMEMBERED) {
                    RECORDED.clear();
                }
                RECORDED.put(claims.username(), claims);
            }
        });
    }
}
