package org.scicoop.secretariat.call.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;

/**
 * Who may see which calls: the secretariat, administrators, reviewers and national contacts see
 * every call; consortium members and the public only published ones. A call the caller may not see
 * does not exist for them.
 */
@Dependent
public class CallAccess {

    /** JPQL restriction (alias {@code c}) for callers who see only published calls. */
    public static final String PUBLISHED_ONLY = "c.openedAt is not null";

    @Resource
    SessionContext caller;

    public boolean seesDrafts() {
        return caller.isCallerInRole(Roles.PROGRAMME_OFFICER) || caller.isCallerInRole(Roles.ADMIN)
                || caller.isCallerInRole(Roles.REVIEWER) || caller.isCallerInRole(Roles.NATIONAL_CONTACT);
    }

    public boolean isOfficer() {
        return caller.isCallerInRole(Roles.PROGRAMME_OFFICER);
    }

    /** Whether the caller has lists of a call's proposals (the secretariat and national contacts). */
    public boolean readsProposalLists() {
        return isOfficer() || caller.isCallerInRole(Roles.ADMIN) || caller.isCallerInRole(Roles.NATIONAL_CONTACT);
    }

    public Call readable(Call call, String code) {
        if (call == null || (!call.isPublished() && !seesDrafts())) {
            throw new NotFound("call " + code);
        }
        return call;
    }

    /** The call as the public sees it: published calls only, whoever asks. */
    public Call published(Call call, String code) {
        if (call == null || !call.isPublished()) {
            throw new NotFound("call " + code);
        }
        return call;
    }

    public String username() {
        return caller.getCallerPrincipal().getName();
    }
}
