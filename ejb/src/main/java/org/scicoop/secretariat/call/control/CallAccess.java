package org.scicoop.secretariat.call.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.Restriction;

import java.util.Map;
import java.util.Optional;

/**
 * Who may see which calls (issue 12): every published call is public. A draft holds the agencies' budgets and
 * the officers' working texts, so it is seen by the secretariat and administrators, by a national contact only
 * when an agency of their country commits to it (they confirm its national budget), and by nobody else:
 * reviewers are external experts, members and the public apply to published calls. A call the caller may not
 * see does not exist for them (404, not 403); lists carry the same rule as a JPQL restriction.
 */
@Dependent
public class CallAccess {

    /** JPQL restriction (alias {@code c}) for callers who see only published calls. */
    public static final String PUBLISHED_ONLY = "c.openedAt is not null";

    /** JPQL restriction (alias {@code c}): an agency of {@code :country} commits to the call. */
    static final String COMMITTED_BY_COUNTRY = "exists (select m from Commitment m where m.call = c"
            + " and m.agency.country.code = :country)";

    /** JPQL restriction (alias {@code c}): published, or committed to by an agency of {@code :country}. */
    static final String PUBLISHED_OR_COMMITTED = "(" + PUBLISHED_ONLY + " or " + COMMITTED_BY_COUNTRY + ")";

    @Inject
    Caller caller;

    @Inject
    Callers callers;

    /** Whether the caller sees every draft: the secretariat and administrators. */
    public boolean seesEveryDraft() {
        return caller.isInRole(Roles.PROGRAMME_OFFICER) || caller.isInRole(Roles.ADMIN);
    }

    public boolean isOfficer() {
        return caller.isInRole(Roles.PROGRAMME_OFFICER);
    }

    public boolean isNationalContact() {
        return caller.isInRole(Roles.NATIONAL_CONTACT) && !seesEveryDraft();
    }

    /** Whether the caller has lists of a call's proposals (the secretariat and national contacts). */
    public boolean readsProposalLists() {
        return isOfficer() || caller.isInRole(Roles.ADMIN) || caller.isInRole(Roles.NATIONAL_CONTACT);
    }

    /** Whether the caller may see this call (published, or a draft as the class comment says). */
    public boolean mayRead(Call call) {
        if (call.isPublished() || seesEveryDraft()) {
            return true;
        }
        if (!isNationalContact()) {
            return false;
        }
        Optional<String> country = country();
        return country.isPresent() && call.getCommitments().stream()
                .anyMatch(c -> c.getAgency().getCountry().getCode().equals(country.get()));
    }

    public Call readable(Call call, String code) {
        if (call == null || !mayRead(call)) {
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

    /** The restriction of lists (alias {@code c}) for the caller, with its parameters; none for the secretariat. */
    public Restriction restriction() {
        if (seesEveryDraft()) {
            return Restriction.NONE;
        }
        if (isNationalContact()) {
            return new Restriction(PUBLISHED_OR_COMMITTED, Map.of("country", country().orElse("--")));
        }
        return new Restriction(PUBLISHED_ONLY, Map.of());
    }

    /** The restriction (alias {@code c}) to the calls an agency of the caller's country commits to. */
    public Restriction committedByCallersCountry() {
        return new Restriction(COMMITTED_BY_COUNTRY, Map.of("country", country().orElse("--")));
    }

    /** The caller's country, from their person record (which only administrators can change, through Keycloak). */
    public Optional<String> country() {
        return callers.country(username());
    }

    public String username() {
        return caller.username();
    }
}
