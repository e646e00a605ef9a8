package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;

/**
 * The officer's consensus on one proposal, once the consensus has started: a score per criterion (in the
 * evaluation's order) and a short report that the coordinator receives with the decision. Set again as often as the
 * officer needs until the call is decided; every setting is kept in the history.
 */
@Entity
@Audited
@Table(name = "consensus")
public class Consensus extends ProposalInEvaluation {

    public static final int MAX_REPORT = 4000;

    @ElementCollection
    @CollectionTable(name = "consensus_score", joinColumns = @JoinColumn(name = "consensus_id"))
    @OrderColumn(name = "criterion")
    @Column(name = "score", precision = 2, scale = 1)
    private List<BigDecimal> scores = new ArrayList<>();

    private String report;

    @Column(name = "set_by")
    private String setBy;

    @Column(name = "set_at")
    private Instant setAt;

    protected Consensus() {
    }

    private Consensus(Evaluation evaluation, Proposal proposal) {
        super(evaluation, proposal);
    }

    /** The consensus on {@code proposal}: scores by criterion, the report, who set it and when. */
    public static Consensus of(Evaluation evaluation, Proposal proposal, List<BigDecimal> scores, String report,
                               String officer, Instant now) {
        require(evaluation.isConsensusStarted(), "rule.consensus.notStarted");
        Consensus consensus = new Consensus(evaluation, proposal);
        consensus.set(scores, report, officer, now);
        return consensus;
    }

    public void set(List<BigDecimal> newScores, String newReport, String officer, Instant now) {
        require(newScores.size() == getEvaluation().getCriteria().size(), "rule.evaluation.scoreEveryCriterion");
        List<BigDecimal> valid = newScores.stream().map(Score::requireValid).toList();
        String text = PlainText.paragraphs(newReport, "consensus.field.report");
        require(text != null, "rule.consensus.reportNeeded");
        require(text.length() <= MAX_REPORT, "rule.consensus.reportTooLong", MAX_REPORT);
        scores.clear();
        scores.addAll(valid);
        report = text;
        setBy = officer;
        setAt = now;
    }

    public BigDecimal total() {
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean meetsThresholds() {
        return getEvaluation().meetsThresholds(scores);
    }

    /** This consensus as the ranking sees it. */
    public Ranking.Scored scored(int developingPartners) {
        return new Ranking.Scored(getProposal().getId(), scores, developingPartners);
    }

    /**
     * The scores in the criteria's order: a copy, not a view of Hibernate's collection, which would carry this entity
     * with it into every view made from it (a ranking line in a view-scoped bean, so in the session).
     */
    public List<BigDecimal> getScores() {
        return Collections.unmodifiableList(new ArrayList<>(scores));
    }

    public String getReport() {
        return report;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
