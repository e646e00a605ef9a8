package org.scicoop.secretariat.call.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.platform.boundary.NotFound;

/** Finds a call by its code, for every service that takes one (calls, evaluation, sign-off). */
@Dependent
public class CallLookup {

    @PersistenceContext
    EntityManager em;

    /** The call with {@code code}, or null; a code no call can have (a NUL, spaces, 3,000 characters) finds none. */
    public Call byCode(String code) {
        if (code == null || code.length() > 40 || !code.matches(Call.CODE_PATTERN)) {
            // PostgreSQL refuses a NUL in a parameter: such a code never reaches the query
            return null;
        }
        return em.createNamedQuery(Call.BY_CODE, Call.class).setParameter("code", code).getResultStream()
                .findFirst().orElse(null);
    }

    /** The call with {@code code}; {@link NotFound} when there is none. */
    public Call existing(String code) {
        Call call = byCode(code);
        if (call == null) {
            throw new NotFound("call " + code);
        }
        return call;
    }
}
