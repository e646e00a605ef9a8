package org.scicoop.secretariat.evaluation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;

/**
 * One reviewer assigned to one proposal, with the reviewer's declaration and review. The reviewer reads the
 * proposal only after declaring no conflict of interest; a declared conflict ends the assignment (the officers
 * assign someone else). Scores are kept as a draft, submitted when every criterion has a score and a comment, and
 * reopened until the officer starts the consensus. An aggregate of its own, so that reviewers working at once on
 * their reviews never wait for each other.
 */
@Entity
@Audited
@Table(name = "review_assignment")
public class Assignment extends ProposalInEvaluation {

    /** The longest comment on a criterion: about two pages. */
    public static final int MAX_COMMENT = 8000;
    public static final int MAX_REASON = 2000;

    private String reviewer;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Enumerated(EnumType.STRING)
    private Declaration declaration;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "conflict_reason")
    private String conflictReason;

    @Enumerated(EnumType.STRING)
    private ReviewStatus status;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("criterion")
    private List<ReviewScore> scores = new ArrayList<>();

    protected Assignment() {
    }

    private Assignment(Evaluation evaluation, Proposal proposal) {
        super(evaluation, proposal);
    }

    /** A score and comment as the reviewer typed them; either may be missing in a draft. */
    public record Entry(BigDecimal score, String comment) {
    }

    public static Assignment assign(Evaluation evaluation, Proposal proposal, String reviewer, String officer,
                                    Instant now) {
        require(!evaluation.isConsensusStarted(), "rule.evaluation.consensusStarted");
        Assignment assignment = new Assignment(evaluation, proposal);
        assignment.reviewer = Objects.requireNonNull(reviewer);
        assignment.assignedBy = officer;
        assignment.assignedAt = now;
        assignment.declaration = Declaration.PENDING;
        assignment.status = ReviewStatus.NOT_STARTED;
        return assignment;
    }

    public void declareNoConflict(Instant now) {
        require(declaration == Declaration.PENDING, "rule.review.alreadyDeclared");
        declaration = Declaration.NO_CONFLICT;
        declaredAt = now;
    }

    /**
     * A conflict of interest, with its reason: before the declaration, or later while the review is not submitted
     * (a reviewer may notice it on reading). Any draft scores go; the officers are to assign someone else.
     */
    public void declareConflict(String reason, Instant now) {
        require(declaration != Declaration.CONFLICT, "rule.review.alreadyDeclared");
        require(status != ReviewStatus.SUBMITTED, "rule.review.submitted");
        String why = PlainText.paragraphs(reason, "review.field.conflictReason");
        require(why != null, "rule.review.conflictNeedsReason");
        require(why.length() <= MAX_REASON, "rule.review.reasonTooLong", MAX_REASON);
        declaration = Declaration.CONFLICT;
        declaredAt = now;
        conflictReason = why;
        scores.clear();
        status = ReviewStatus.NOT_STARTED;
    }

    /** Saves the reviewer's scores and comments as they are, complete or not ({@code entries} by criterion). */
    public void save(List<Entry> entries, Instant now) {
        requireWritable();
        require(entries.size() == getEvaluation().getCriteria().size(), "rule.evaluation.scoreEveryCriterion");
        for (int criterion = 0; criterion < entries.size(); criterion++) {
            Entry entry = entries.get(criterion);
            BigDecimal score = entry.score() == null ? null : Score.requireValid(entry.score());
            String comment = PlainText.paragraphs(entry.comment(), "review.field.comment");
            require(comment == null || comment.length() <= MAX_COMMENT, "rule.review.commentTooLong", MAX_COMMENT);
            Optional<ReviewScore> existing = score(criterion);
            if (existing.isPresent()) {
                existing.get().change(score, comment);
            } else {
                scores.add(new ReviewScore(this, criterion, score, comment));
            }
        }
        status = ReviewStatus.DRAFT;
        savedAt = now;
    }

    /** Submits the review: every criterion scored and commented (the first one missing is named). */
    public void submit(Instant now) {
        requireWritable();
        require(status == ReviewStatus.DRAFT, "rule.review.nothingToSubmit");
        for (Criterion criterion : getEvaluation().getCriteria()) {
            Optional<ReviewScore> score = score(criterion.getOrdinal());
            require(score.isPresent() && score.get().getScore() != null && score.get().getComment() != null,
                    "rule.review.incomplete", new PlainText.Label("criterion." + criterion.getCode()));
        }
        status = ReviewStatus.SUBMITTED;
        submittedAt = now;
    }

    /** Back to a draft, until the officer starts the consensus. */
    public void reopen() {
        require(status == ReviewStatus.SUBMITTED, "rule.review.notSubmitted");
        require(!getEvaluation().isConsensusStarted(), "rule.evaluation.consensusStarted");
        status = ReviewStatus.DRAFT;
        submittedAt = null;
    }

    private void requireWritable() {
        require(declaration == Declaration.NO_CONFLICT, "rule.review.declareFirst");
        require(status != ReviewStatus.SUBMITTED, "rule.review.submitted");
        require(!getEvaluation().isConsensusStarted(), "rule.evaluation.consensusStarted");
    }

    private Optional<ReviewScore> score(int criterion) {
        return scores.stream().filter(s -> s.getCriterion() == criterion).findFirst();
    }

    /** Whether the reviewer may read the proposal: after declaring no conflict. */
    public boolean isProposalReadable() {
        return declaration == Declaration.NO_CONFLICT;
    }

    /** Whether the assignment counts towards the proposal's reviewers (a declared conflict does not). */
    public boolean isActive() {
        return declaration != Declaration.CONFLICT;
    }

    /** The submitted scores in the criteria's order; empty while the review is not submitted. */
    public Optional<List<BigDecimal>> submittedScores() {
        if (status != ReviewStatus.SUBMITTED) {
            return Optional.empty();
        }
        return Optional.of(scores.stream().map(ReviewScore::getScore).toList());
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Declaration getDeclaration() {
        return declaration;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<ReviewScore> getScores() {
        return Collections.unmodifiableList(scores);
    }
}
