package org.scicoop.secretariat.evaluation.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.evaluation.entity.Assignment.Entry;
import org.scicoop.secretariat.evaluation.entity.Evaluation.CriterionSetting;
import org.scicoop.secretariat.evaluation.entity.Evaluation.Settings;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalFixture;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationTest {

    private static final Instant NOW = ProposalFixture.NOW.plus(Duration.ofDays(70));

    private final Evaluation evaluation = Evaluation.start(ProposalFixture.call(), Settings.defaults(), "officer", NOW);
    private final Proposal proposal = ProposalFixture.draft(evaluation.getCall());

    private static BigDecimal score(String value) {
        return new BigDecimal(value);
    }

    private static List<Entry> entries(String excellence, String impact, String implementation) {
        return List.of(new Entry(excellence == null ? null : score(excellence), "Clear objectives."),
                new Entry(impact == null ? null : score(impact), "Broad uptake."),
                new Entry(implementation == null ? null : score(implementation), "Sound plan."));
    }

    private static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(messageKey);
    }

    @Test
    void theDefaultsAreThreeCriteriaWithThresholdsThreeReviewersAndTheCoordinatorsCountryAvoided() {
        assertThat(evaluation.getCriteria()).extracting(Criterion::getCode)
                .containsExactly("EXCELLENCE", "IMPACT", "IMPLEMENTATION");
        assertThat(evaluation.getCriteria()).extracting(Criterion::getThreshold).containsOnly(score("3.0"));
        assertThat(evaluation.getTotalThreshold()).isEqualByComparingTo("10");
        assertThat(evaluation.getReviewersPerProposal()).isEqualTo(3);
        assertThat(evaluation.isOtherCountryThanCoordinator()).isTrue();
    }

    @Test
    void scoresMeetTheThresholdsOnlyWhenEveryCriterionAndTheTotalDo() {
        assertThat(evaluation.meetsThresholds(List.of(score("3"), score("3.5"), score("3.5")))).isTrue();
        assertThat(evaluation.meetsThresholds(List.of(score("3"), score("3"), score("3.5"))))
                .as("total 9.5 below 10").isFalse();
        assertThat(evaluation.meetsThresholds(List.of(score("5"), score("5"), score("2.5"))))
                .as("one criterion below its threshold").isFalse();
    }

    @Test
    void settingsOutsideTheScaleAreRefused() {
        refused(() -> evaluation.reconfigure(new Settings(List.of(new CriterionSetting("EXCELLENCE", score("3.2"))),
                score("3"), 3, 10, true), false), "rule.evaluation.score");
        refused(() -> evaluation.reconfigure(new Settings(List.of(new CriterionSetting("EXCELLENCE", score("3"))),
                score("5.5"), 3, 10, true), false), "rule.evaluation.totalThreshold");
        refused(() -> evaluation.reconfigure(new Settings(List.of(new CriterionSetting("A", score("3")),
                new CriterionSetting("A", score("3"))), score("6"), 3, 10, true), false), "rule.evaluation.criterionTwice");
        refused(() -> evaluation.reconfigure(Settings.defaults(), true), "rule.evaluation.settingsFrozen");
    }

    @Test
    void aReviewerScoresOnlyAfterDeclaringNoConflictAndSubmitsACompleteReview() {
        Assignment assignment = Assignment.assign(evaluation, proposal, "reviewer", "officer", NOW);
        assertThat(assignment.isProposalReadable()).isFalse();
        refused(() -> assignment.save(entries("4", "4", "4"), NOW), "rule.review.declareFirst");

        assignment.declareNoConflict(NOW);
        assignment.save(entries("4.5", null, "3"), NOW);

        assertThat(assignment.isProposalReadable()).isTrue();
        assertThat(assignment.getStatus()).isEqualTo(ReviewStatus.DRAFT);
        refused(() -> assignment.submit(NOW), "rule.review.incomplete");
        assignment.save(entries("4.5", "4", "3"), NOW);
        assignment.submit(NOW.plusSeconds(60));
        assertThat(assignment.getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(assignment.submittedScores()).hasValue(List.of(score("4.5"), score("4.0"), score("3.0")));
        refused(() -> assignment.save(entries("1", "1", "1"), NOW), "rule.review.submitted");
    }

    @Test
    void scoresAreHalfPointsFromZeroToFive() {
        Assignment assignment = Assignment.assign(evaluation, proposal, "reviewer", "officer", NOW);
        assignment.declareNoConflict(NOW);

        refused(() -> assignment.save(entries("4.25", "4", "4"), NOW), "rule.evaluation.score");
        refused(() -> assignment.save(entries("5.5", "4", "4"), NOW), "rule.evaluation.score");
        refused(() -> assignment.save(entries("-0.5", "4", "4"), NOW), "rule.evaluation.score");
        refused(() -> assignment.save(entries("4", "4"), NOW), "rule.evaluation.scoreEveryCriterion");
        assignment.save(entries("0", "5", "2.5"), NOW);
    }

    private static List<Entry> entries(String excellence, String impact) {
        return List.of(new Entry(score(excellence), "a"), new Entry(score(impact), "b"));
    }

    @Test
    void aCommentIsNeededForEveryCriterionBeforeSubmitting() {
        Assignment assignment = Assignment.assign(evaluation, proposal, "reviewer", "officer", NOW);
        assignment.declareNoConflict(NOW);
        assignment.save(List.of(new Entry(score("4"), "Good."), new Entry(score("4"), "  "),
                new Entry(score("4"), "Fine.")), NOW);

        assertThatThrownBy(() -> assignment.submit(NOW)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).arguments())
                        .containsExactly(new PlainText.Label("criterion.IMPACT")));
    }

    @Test
    void aDeclaredConflictEndsTheAssignmentAndDropsTheDraft() {
        Assignment assignment = Assignment.assign(evaluation, proposal, "reviewer", "officer", NOW);
        assignment.declareNoConflict(NOW);
        assignment.save(entries("4", "4", "4"), NOW);

        refused(() -> assignment.declareConflict("  ", NOW), "rule.review.conflictNeedsReason");
        refused(() -> assignment.declareConflict("\u200B\u200B", NOW), "rule.text.invisible");
        assignment.declareConflict("I co-authored with the coordinator last year.", NOW);

        assertThat(assignment.getDeclaration()).isEqualTo(Declaration.CONFLICT);
        assertThat(assignment.isActive()).isFalse();
        assertThat(assignment.isProposalReadable()).isFalse();
        assertThat(assignment.getScores()).isEmpty();
        refused(() -> assignment.declareNoConflict(NOW), "rule.review.alreadyDeclared");
    }

    @Test
    void aSubmittedReviewReopensUntilTheConsensusStarts() {
        Assignment assignment = Assignment.assign(evaluation, proposal, "reviewer", "officer", NOW);
        assignment.declareNoConflict(NOW);
        assignment.save(entries("4", "4", "4"), NOW);
        assignment.submit(NOW);

        assignment.reopen();
        assertThat(assignment.getStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(assignment.submittedScores()).isEmpty();
        assignment.submit(NOW);

        evaluation.startConsensus(NOW);
        refused(assignment::reopen, "rule.evaluation.consensusStarted");
        refused(() -> Assignment.assign(evaluation, proposal, "reviewer2", "officer", NOW),
                "rule.evaluation.consensusStarted");
    }

    @Test
    void scoresMoreThanOneAndAHalfApartDiverge() {
        assertThat(Score.diverge(List.of(score("3"), score("4.5")))).isFalse();
        assertThat(Score.diverge(List.of(score("3"), score("4"), score("5")))).isTrue();
        assertThat(Score.diverge(List.of(score("5")))).isFalse();
    }
}
