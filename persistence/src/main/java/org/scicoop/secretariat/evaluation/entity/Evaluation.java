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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.call.entity.Call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;

/**
 * How a call's proposals are evaluated: the criteria with their thresholds, the threshold of the total, how many
 * reviewers each proposal gets and how many proposals a reviewer takes at most, and whether reviewers from the
 * coordinator's country are to be avoided. One per call, made when the officer starts the evaluation; the settings
 * change until the first review is submitted, the reviews until the officer starts the consensus.
 */
@Entity
@Audited
@Table(name = "evaluation")
public class Evaluation {

    /** The programme's default criteria, in the order that breaks ties (Excellence first, then Impact). */
    public static final List<String> DEFAULT_CRITERIA = List.of("EXCELLENCE", "IMPACT", "IMPLEMENTATION");
    public static final BigDecimal DEFAULT_CRITERION_THRESHOLD = new BigDecimal("3.0");
    public static final BigDecimal DEFAULT_TOTAL_THRESHOLD = new BigDecimal("10.0");
    public static final int DEFAULT_REVIEWERS_PER_PROPOSAL = 3;
    public static final int DEFAULT_MAX_LOAD = 10;
    public static final int MAX_CRITERIA = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    private Call call;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "total_threshold", precision = 4, scale = 1)
    private BigDecimal totalThreshold;

    @Column(name = "reviewers_per_proposal")
    private int reviewersPerProposal;

    @Column(name = "max_load")
    private int maxLoad;

    @Column(name = "other_country_than_coordinator")
    private boolean otherCountryThanCoordinator;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "consensus_started_at")
    private Instant consensusStartedAt;

    @Version
    private long version;

    protected Evaluation() {
    }

    /** The settings an officer chooses; the criteria in tie-breaking order. */
    public record Settings(List<CriterionSetting> criteria, BigDecimal totalThreshold, int reviewersPerProposal,
                           int maxLoad, boolean otherCountryThanCoordinator) {
        public Settings {
            criteria = List.copyOf(criteria);
            Objects.requireNonNull(totalThreshold);
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_CRITERIA.stream().map(c -> new CriterionSetting(c, DEFAULT_CRITERION_THRESHOLD))
                    .toList(), DEFAULT_TOTAL_THRESHOLD, DEFAULT_REVIEWERS_PER_PROPOSAL, DEFAULT_MAX_LOAD, true);
        }
    }

    public record CriterionSetting(String code, BigDecimal threshold) {
        public CriterionSetting {
            Objects.requireNonNull(code);
            Objects.requireNonNull(threshold);
        }
    }

    /** The evaluation of {@code call}, started by {@code officer} at {@code now}. */
    public static Evaluation start(Call call, Settings settings, String officer, Instant now) {
        Evaluation evaluation = new Evaluation();
        evaluation.call = Objects.requireNonNull(call);
        evaluation.startedAt = now;
        evaluation.startedBy = officer;
        evaluation.configure(settings);
        return evaluation;
    }

    /** New settings: only before any review is submitted ({@code reviewsSubmitted}), as scores refer to the criteria. */
    public void reconfigure(Settings settings, boolean reviewsSubmitted) {
        require(!reviewsSubmitted, "rule.evaluation.settingsFrozen");
        configure(settings);
    }

    private void configure(Settings settings) {
        require(!settings.criteria().isEmpty() && settings.criteria().size() <= MAX_CRITERIA,
                "rule.evaluation.criteriaCount", MAX_CRITERIA);
        require(settings.criteria().stream().map(CriterionSetting::code).distinct().count()
                == settings.criteria().size(), "rule.evaluation.criterionTwice");
        settings.criteria().forEach(c -> Score.requireValid(c.threshold()));
        BigDecimal most = Score.MAX.multiply(BigDecimal.valueOf(settings.criteria().size()));
        require(settings.totalThreshold().signum() >= 0 && settings.totalThreshold().compareTo(most) <= 0
                && settings.totalThreshold().remainder(Score.STEP).signum() == 0, "rule.evaluation.totalThreshold", most);
        require(settings.reviewersPerProposal() >= 1 && settings.reviewersPerProposal() <= 10,
                "rule.evaluation.reviewersPerProposal");
        require(settings.maxLoad() >= 1 && settings.maxLoad() <= 500, "rule.evaluation.maxLoad");
        criteria.clear();
        int ordinal = 0;
        for (CriterionSetting setting : settings.criteria()) {
            criteria.add(new Criterion(this, ordinal++, setting.code(), setting.threshold()));
        }
        totalThreshold = settings.totalThreshold();
        reviewersPerProposal = settings.reviewersPerProposal();
        maxLoad = settings.maxLoad();
        otherCountryThanCoordinator = settings.otherCountryThanCoordinator();
    }

    /** From now on reviews can no longer be reopened: the officer sets the consensus. */
    public void startConsensus(Instant now) {
        require(consensusStartedAt == null, "rule.evaluation.consensusStarted");
        consensusStartedAt = now;
    }

    public boolean isConsensusStarted() {
        return consensusStartedAt != null;
    }

    /** Whether the scores meet every criterion's threshold and the total's. */
    public boolean meetsThresholds(List<BigDecimal> scores) {
        require(scores.size() == criteria.size(), "rule.evaluation.scoreEveryCriterion");
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).compareTo(criteria.get(i).getThreshold()) < 0) {
                return false;
            }
        }
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(totalThreshold) >= 0;
    }

    public Long getId() {
        return id;
    }

    public Call getCall() {
        return call;
    }

    public List<Criterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public BigDecimal getTotalThreshold() {
        return totalThreshold;
    }

    public int getReviewersPerProposal() {
        return reviewersPerProposal;
    }

    public int getMaxLoad() {
        return maxLoad;
    }

    public boolean isOtherCountryThanCoordinator() {
        return otherCountryThanCoordinator;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getConsensusStartedAt() {
        return consensusStartedAt;
    }

    public long getVersion() {
        return version;
    }
}
