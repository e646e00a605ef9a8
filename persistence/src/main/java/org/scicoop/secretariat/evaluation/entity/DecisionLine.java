package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongFunction;

/** One proposal's line in a recorded decision: its rank, outcome and why, the officer's override, the gaps that blocked it. */
@Entity
@Immutable
@Table(name = "decision_line")
public class DecisionLine {

    /** A payer that could not pay its part, in the payer's currency: what it was asked for, what it had left. */
    @Embeddable
    public static class Gap {

        private PaidBy payer;

        @Column(precision = 19, scale = 2)
        private BigDecimal needed;

        @Column(precision = 19, scale = 2)
        private BigDecimal available;

        protected Gap() {
        }

        Gap(PaidBy payer, BigDecimal needed, BigDecimal available) {
            this.payer = payer;
            this.needed = needed;
            this.available = available;
        }

        public PaidBy getPayer() {
            return payer;
        }

        public BigDecimal getNeeded() {
            return needed;
        }

        public BigDecimal getAvailable() {
            return available;
        }

        public BigDecimal getShortfall() {
            return needed.subtract(available);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    private FundingDecision decision;

    @Column(name = "rank")
    private int rank;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    private CommonPot.Outcome outcome;

    @Enumerated(EnumType.STRING)
    private CommonPot.Reason reason;

    @Column(name = "override_reason")
    private String overrideReason;

    @ElementCollection
    @CollectionTable(name = "decision_gap", joinColumns = @JoinColumn(name = "line_id"))
    private List<Gap> gaps = new ArrayList<>();

    protected DecisionLine() {
    }

    DecisionLine(FundingDecision decision, CommonPot.Line line, Proposal proposal, LongFunction<FundingAgency> agencies) {
        this.decision = decision;
        this.rank = line.rank();
        this.proposal = proposal;
        this.outcome = line.outcome();
        this.reason = line.reason();
        this.overrideReason = line.override() == null ? null : line.override().reason();
        for (CommonPot.Gap gap : line.gaps()) {
            gaps.add(new Gap(new PaidBy(gap.payer(), gap.currency(), agencies), gap.needed(), gap.available()));
        }
    }

    public int getRank() {
        return rank;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public CommonPot.Outcome getOutcome() {
        return outcome;
    }

    public CommonPot.Reason getReason() {
        return reason;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public List<Gap> getGaps() {
        return Collections.unmodifiableList(gaps);
    }
}
