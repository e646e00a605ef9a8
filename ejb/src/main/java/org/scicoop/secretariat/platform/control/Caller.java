package org.scicoop.secretariat.platform.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;

/**
 * Who calls a service: the username recorded as who did what (an assignment's reviewer, a top-up's author) and
 * the roles that decide what the caller may do. The one reading of the EJB caller; the access classes
 * ({@code CallAccess}, {@code ProposalAccess}) and the services ask it.
 */
@Dependent
public class Caller {

    @Resource
    SessionContext context;

    /** The caller's username (Keycloak's {@code preferred_username}). */
    public String username() {
        return context.getCallerPrincipal().getName();
    }

    public boolean isInRole(String role) {
        return context.isCallerInRole(role);
    }
}
