package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.call.control.CallClosed;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.proposal.entity.ProposalSubmission;

import java.util.logging.Logger;

/**
 * When a call closes at its deadline, each of its reopened proposals goes back to its last submitted
 * version, which counts (PRODUCT.md): one by one, so that Envers records each change.
 */
@Dependent
public class DeadlineSettlement {

    private static final Logger LOG = Logger.getLogger(DeadlineSettlement.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ProposalEditor editor;

    void settle(@Observes CallClosed closed) {
        var reopened = em.createQuery("select p from Proposal p where p.call.id = :call and p.status = :reopened",
                        Proposal.class)
                .setParameter("call", closed.callId())
                .setParameter("reopened", ProposalStatus.REOPENED)
                .getResultList();
        for (Proposal proposal : reopened) {
            ProposalSubmission last = em.createNamedQuery(ProposalSubmission.OF_PROPOSAL, ProposalSubmission.class)
                    .setParameter("proposal", proposal).setMaxResults(1).getSingleResult();
            proposal.settleAtDeadline(p -> editor.restore(p, ProposalViews.content(last.getContent()), closed.closedAt()));
        }
        if (!reopened.isEmpty()) {
            LOG.info(() -> reopened.size() + " reopened proposal(s) of " + closed.code()
                    + " went back to their last submitted version at the deadline");
        }
    }
}
