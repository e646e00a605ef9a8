package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.math.BigDecimal;

/**
 * What a funded partner is granted by a decision: the amount, and who pays it in which currency ({@link PaidBy}: an
 * agency, or the common fund). Projects are made from these.
 */
@Entity
@Immutable
@Table(name = "award")
public class Award {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    private FundingDecision decision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    private PaidBy paidBy;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    protected Award() {
    }

    Award(FundingDecision decision, Proposal proposal, Partner partner, PaidBy paidBy, BigDecimal amount) {
        this.decision = decision;
        this.proposal = proposal;
        this.partner = partner;
        this.paidBy = paidBy;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public Partner getPartner() {
        return partner;
    }

    public PaidBy getPaidBy() {
        return paidBy;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
