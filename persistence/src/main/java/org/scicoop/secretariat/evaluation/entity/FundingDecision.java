package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongFunction;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;

/**
 * A call's funding decision as the officer confirmed it: the walk's input that matters afterwards (threshold, common
 * fund, the date of the exchange rates), every line of the ranking with its outcome, reason, override and gaps, and
 * the awards — per funded partner the amount, its currency and who pays — from which projects are made. Never
 * changed once recorded: with the same input {@link CommonPot} gives the same lines, so the decision can be
 * explained years later.
 */
@Entity
@Immutable
@Table(name = "funding_decision")
public class FundingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private Call call;

    @Column(name = "total_threshold", precision = 4, scale = 1)
    private BigDecimal threshold;

    @Column(name = "common_fund_eur", precision = 19, scale = 2)
    private BigDecimal commonFundEur;

    @Column(name = "rates_on")
    private LocalDate ratesOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.PERSIST)
    @OrderBy("rank")
    private List<DecisionLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "decision", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Award> awards = new ArrayList<>();

    protected FundingDecision() {
    }

    /** Where the records come from: the call's proposals, partners and agencies, by id. */
    public record Sources(LongFunction<Proposal> proposals, LongFunction<Partner> partners,
                          LongFunction<FundingAgency> agencies) {
    }

    /** Records {@code result}, the walk over {@code input}, as decided by {@code officer} at {@code now}. */
    public static FundingDecision record(Call call, CommonPot.Input input, CommonPot.Result result, LocalDate ratesOn,
                                         Sources sources, String officer, Instant now) {
        require(result.lines().size() == input.ranking().size(), "rule.decision.incomplete");
        FundingDecision decision = new FundingDecision();
        decision.call = call;
        decision.threshold = input.threshold();
        decision.commonFundEur = input.commonFundEur();
        decision.ratesOn = ratesOn;
        decision.decidedBy = officer;
        decision.decidedAt = now;
        for (CommonPot.Line line : result.lines()) {
            Proposal proposal = sources.proposals().apply(line.proposalId());
            decision.lines.add(new DecisionLine(decision, line, proposal, sources.agencies()));
            for (CommonPot.Grant grant : line.outcome() == CommonPot.Outcome.FUNDED ? line.grants()
                    : List.<CommonPot.Grant>of()) {
                decision.awards.add(new Award(decision, proposal, sources.partners().apply(grant.partnerId()),
                        new PaidBy(grant.payer(), grant.currency(), sources.agencies()), grant.amount()));
            }
        }
        return decision;
    }

    public Long getId() {
        return id;
    }

    public Call getCall() {
        return call;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public BigDecimal getCommonFundEur() {
        return commonFundEur;
    }

    public LocalDate getRatesOn() {
        return ratesOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<DecisionLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<Award> getAwards() {
        return Collections.unmodifiableList(awards);
    }
}
