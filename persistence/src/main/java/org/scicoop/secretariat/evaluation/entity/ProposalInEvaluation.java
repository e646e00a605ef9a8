package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.util.Objects;

/**
 * What the evaluation keeps per proposal (a reviewer's assignment, the officers' consensus): its evaluation, the
 * proposal, and a version of its own, so that each changes without waiting for the others.
 */
@MappedSuperclass
@Audited
public abstract class ProposalInEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Version
    private long version;

    protected ProposalInEvaluation() {
    }

    protected ProposalInEvaluation(Evaluation evaluation, Proposal proposal) {
        this.evaluation = Objects.requireNonNull(evaluation);
        this.proposal = Objects.requireNonNull(proposal);
    }

    public Long getId() {
        return id;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public long getVersion() {
        return version;
    }
}
