package org.scicoop.secretariat.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.evaluation.control.FundingDecided;
import org.scicoop.secretariat.evaluation.entity.Award;
import org.scicoop.secretariat.evaluation.entity.CommonPot;
import org.scicoop.secretariat.evaluation.entity.DecisionLine;
import org.scicoop.secretariat.evaluation.entity.FundingDecision;
import org.scicoop.secretariat.project.entity.Project;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Makes the projects of a decided call, in the deciding transaction: one per funded proposal, its grants from the
 * decision's awards, its milestones from the proposal's planned ones, starting on the first day of the month after
 * the decision, in the coordinator's time zone (the {@code zoneinfo} of their account, else UTC; see {@link Project}).
 */
@Dependent
public class ProjectFounding {

    @PersistenceContext
    EntityManager em;

    void decided(@Observes FundingDecided decided) {
        FundingDecision decision = decided.decision();
        for (DecisionLine line : decision.getLines()) {
            if (line.getOutcome() != CommonPot.Outcome.FUNDED) {
                continue;
            }
            Proposal proposal = line.getProposal();
            List<Award> awards = decision.getAwards().stream().filter(a -> a.getProposal() == proposal).toList();
            ZoneId zone = zoneOf(proposal.getCoordinator());
            em.persist(Project.found(proposal, awards, decision.getDecidedBy(), zone,
                    Project.defaultStart(decided.at(), zone), decided.at()));
        }
    }

    /** The zone a person gave their account (the token's {@code zoneinfo}), else UTC. */
    ZoneId zoneOf(String username) {
        Optional<String> zoneinfo = em.createQuery("select p.zoneinfo from Person p where p.username = :u", String.class)
                .setParameter("u", username).getResultStream().filter(z -> z != null && !z.isBlank()).findFirst();
        try {
            return zoneinfo.map(ZoneId::of).orElse(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
