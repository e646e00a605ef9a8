package org.scicoop.secretariat.audit.entity;

import jakarta.ejb.EJBContext;
import org.hibernate.envers.RevisionListener;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;

/**
 * Stamps each revision with the caller. Every write goes through an EJB boundary, so the EJB
 * context knows the caller; timers, migrations and tests outside the container record "system".
 */
public class AuditRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentUsername());
    }

    public static String currentUsername() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal caller = context.getCallerPrincipal();
            if (caller == null || caller.getName() == null || "anonymous".equals(caller.getName())) {
                return SYSTEM;
            }
            return caller.getName();
        } catch (NamingException | IllegalStateException | ClassCastException e) {
            return SYSTEM;
        }
    }
}
