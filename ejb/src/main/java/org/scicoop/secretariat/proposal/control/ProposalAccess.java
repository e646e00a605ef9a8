package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotAllowed;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.Restriction;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see which proposals (issue 4, PRODUCT.md): a consortium member only the proposals of
 * consortia they belong to (as coordinator or as a partner's linked investigator); officers and
 * administrators all; a national contact the submitted ones (never drafts) with a partner from their
 * country; a reviewer the ones assigned to them, once they declared no conflict of interest. A proposal the caller may not see does not exist for them (404): the
 * answer is the same whether it exists or not.
 */
@Dependent
public class ProposalAccess {

    /** What a national contact sees: proposals with a counting submission. */
    public static final Set<ProposalStatus> SUBMITTED = EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.ELIGIBLE,
            ProposalStatus.INELIGIBLE, ProposalStatus.IN_EVALUATION, ProposalStatus.FUNDED, ProposalStatus.RESERVE,
            ProposalStatus.NOT_FUNDED);

    @Inject
    Caller caller;

    @Inject
    Callers callers;

    @PersistenceContext
    EntityManager em;

    public String username() {
        return caller.username();
    }

    public boolean seesAll() {
        return caller.isInRole(Roles.PROGRAMME_OFFICER) || caller.isInRole(Roles.ADMIN);
    }

    public boolean isOfficer() {
        return caller.isInRole(Roles.PROGRAMME_OFFICER);
    }

    public boolean isNationalContact() {
        return caller.isInRole(Roles.NATIONAL_CONTACT);
    }

    public boolean isMember() {
        return caller.isInRole(Roles.CONSORTIUM_MEMBER);
    }

    /** The caller's country, from their person record (set from the token, which only admins can change). */
    public Optional<String> country() {
        return callers.country(username());
    }

    public boolean mayRead(Proposal proposal) {
        if (seesAll()) {
            return true;
        }
        if (isMember() && proposal.hasMember(username())) {
            return true;
        }
        if (isNationalContact() && SUBMITTED.contains(proposal.getStatus())) {
            Optional<String> country = country();
            if (country.isPresent() && proposal.getPartners().stream()
                    .anyMatch(p -> p.getCountry().getCode().equals(country.get()))) {
                return true;
            }
        }
        return isReviewer() && reviews(proposal);
    }

    public boolean isReviewer() {
        return caller.isInRole(Roles.REVIEWER);
    }

    /** Whether the caller reviews {@code proposal}: assigned, and declared no conflict of interest. */
    private boolean reviews(Proposal proposal) {
        return !em.createQuery("select a.id from Assignment a where a.proposal = :proposal and a.reviewer = :me"
                        + " and a.declaration = org.scicoop.secretariat.evaluation.entity.Declaration.NO_CONFLICT",
                        Long.class)
                .setParameter("proposal", proposal).setParameter("me", username())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The proposal if the caller may read it; otherwise, like a missing one, {@link NotFound}. */
    public Proposal readable(Proposal proposal, long id) {
        if (proposal == null || !mayRead(proposal)) {
            throw new NotFound("proposal " + id);
        }
        return proposal;
    }

    /** The coordinator (and nobody else) changes the proposal as a whole. */
    public Proposal coordinated(Proposal proposal, long id) {
        Proposal readable = readable(proposal, id);
        if (!isMember() || !readable.isCoordinator(username())) {
            throw new NotAllowed("rule.proposal.coordinatorOnly");
        }
        return readable;
    }

    /** A partner's own data: its linked investigator, or the coordinator. */
    public boolean mayEditPartner(Proposal proposal, Partner partner) {
        return isMember() && (proposal.isCoordinator(username()) || username().equals(partner.getMember()));
    }

    /**
     * The restriction of lists (alias {@code p}) for the caller, with its parameters; empty when the
     * caller sees every proposal.
     */
    public Restriction restriction() {
        if (seesAll()) {
            return Restriction.NONE;
        }
        if (isNationalContact()) {
            return new Restriction("p.status in :submitted and exists (select x from Partner x where x.proposal = p"
                    + " and x.country.code = :country)",
                    Map.of("submitted", List.copyOf(SUBMITTED), "country", country().orElse("--")));
        }
        return new Restriction("(p.coordinator = :me or exists (select x from Partner x where x.proposal = p"
                + " and x.member = :me))", Map.of("me", username()));
    }
}
