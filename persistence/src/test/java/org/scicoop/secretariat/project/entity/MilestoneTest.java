package org.scicoop.secretariat.project.entity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalFixture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project's and the milestone's rules: creation from the proposal, the life cycle, the overdue rule, moves. */
class MilestoneTest {

    private static final Instant DECIDED = Instant.parse("2027-06-20T09:00:00Z");
    private static final Instant NOW = Instant.parse("2027-07-10T09:00:00Z");
    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    private Proposal proposal;
    private Project project;
    private Milestone plan;

    @BeforeEach
    void project() {
        proposal = ProposalFixture.complete(ProposalFixture.call());
        project = Project.found(proposal, List.of(), "officer", ZoneOffset.UTC,
                Project.defaultStart(DECIDED, ZoneOffset.UTC), DECIDED);
        plan = project.getMilestones().get(0);
    }

    @Test
    void aProjectStartsTheMonthAfterTheDecisionWithThePlannedMilestones() {
        assertThat(project.getStartDate()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(project.getEndDate()).isEqualTo(LocalDate.of(2030, 6, 30)); // 36 months
        assertThat(project.getState()).isEqualTo(ProjectState.ACTIVE);
        assertThat(project.getMilestones()).extracting(Milestone::getTitle, Milestone::getDueDate, Milestone::getState)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Data management plan", LocalDate.of(2028, 1, 1),
                                MilestoneState.PLANNED),
                        org.assertj.core.groups.Tuple.tuple("Urban heat data set", LocalDate.of(2029, 7, 1),
                                MilestoneState.PLANNED));
        assertThat(plan.getResponsible()).isSameAs(proposal.coordinatingPartner());
    }

    @Test
    void theDefaultStartIsTheFirstOfTheNextMonthInTheProjectsZone() {
        Instant lateOnTheLastDay = Instant.parse("2027-06-30T22:30:00Z");
        assertThat(Project.defaultStart(lateOnTheLastDay, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(Project.defaultStart(lateOnTheLastDay, NAIROBI)).isEqualTo(LocalDate.of(2027, 8, 1));
    }

    // ---------------------------------------------------------------- life cycle

    @Test
    void submitThenAccept() {
        write(plan.draft());
        Report report = plan.submit("member", NOW);
        assertThat(plan.getState()).isEqualTo(MilestoneState.SUBMITTED);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.getSubmittedBy()).isEqualTo("member");
        plan.accept("officer", NOW);
        assertThat(plan.getState()).isEqualTo(MilestoneState.ACCEPTED);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.getReviewedBy()).isEqualTo("officer");
    }

    @Test
    void aReturnedReportIsRevisedAsANewVersionAndEveryVersionIsKept() {
        Report first = plan.draft();
        first.write("<p>First</p>", List.of(new Report.Output(OutputKind.DOI, "doi:10.5555/abc", null)), "member", NOW);
        plan.submit("member", NOW);
        plan.requestRevision("Please add the data management details.", "officer", NOW);
        assertThat(plan.getState()).isEqualTo(MilestoneState.REVISION_REQUESTED);
        assertThat(first.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(first.getComments()).isEqualTo("Please add the data management details.");

        Report second = plan.draft();
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getNarrative()).isEqualTo("<p>First</p>");
        assertThat(second.getOutputs()).extracting(ReportOutput::getLink).containsExactly("https://doi.org/10.5555/abc");
        second.write("<p>Second</p>", List.of(), "member2", NOW);
        plan.submit("member2", NOW);
        assertThat(plan.getState()).isEqualTo(MilestoneState.SUBMITTED);
        plan.accept("officer", NOW);
        assertThat(plan.getReports()).extracting(Report::getNumber, Report::getStatus, Report::getNarrative)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ReportStatus.RETURNED, "<p>First</p>"),
                        org.assertj.core.groups.Tuple.tuple(2, ReportStatus.ACCEPTED, "<p>Second</p>"));
    }

    @Test
    void theDraftIsTheSameUntilSubmitted() {
        assertThat(plan.draft()).isSameAs(plan.draft());
        assertThat(plan.getReports()).hasSize(1);
    }

    @Test
    void aSubmittedVersionNeverChanges() {
        Report report = plan.draft();
        write(report);
        plan.submit("member", NOW);
        assertThatThrownBy(() -> report.write("<p>changed</p>", List.of(), "member", NOW))
                .isInstanceOf(RuleViolation.class).hasMessage("rule.report.submitted");
        assertThatThrownBy(() -> report.attach("x.pdf", "ab".repeat(32), 10, "member", NOW))
                .isInstanceOf(RuleViolation.class).hasMessage("rule.report.submitted");
    }

    @Test
    void refusedTransitionsFromPlanned() {
        refused(() -> plan.submit("member", NOW), "rule.milestone.noDraft");
        refused(() -> plan.accept("officer", NOW), "rule.milestone.notSubmitted");
        refused(() -> plan.requestRevision("why", "officer", NOW), "rule.milestone.notSubmitted");
    }

    @Test
    void aReportNeedsANarrative() {
        plan.draft().write("<script>alert(1)</script>", List.of(), "member", NOW);
        refused(() -> plan.submit("member", NOW), "rule.report.narrativeRequired");
        assertThat(plan.getState()).isEqualTo(MilestoneState.PLANNED);
    }

    @Test
    void refusedTransitionsFromSubmitted() {
        write(plan.draft());
        plan.submit("member", NOW);
        refused(plan::draft, "rule.milestone.notAwaitingReport");
        refused(() -> plan.submit("member", NOW), "rule.milestone.notAwaitingReport");
    }

    @Test
    void aReturnNeedsComments() {
        write(plan.draft());
        plan.submit("member", NOW);
        refused(() -> plan.requestRevision("  ", "officer", NOW), "rule.text.required");
        assertThat(plan.getState()).isEqualTo(MilestoneState.SUBMITTED);
    }

    @Test
    void refusedTransitionsFromAccepted() {
        write(plan.draft());
        plan.submit("member", NOW);
        plan.accept("officer", NOW);
        refused(plan::draft, "rule.milestone.notAwaitingReport");
        refused(() -> plan.submit("member", NOW), "rule.milestone.notAwaitingReport");
        refused(() -> plan.accept("officer", NOW), "rule.milestone.notSubmitted");
        refused(() -> plan.requestRevision("again", "officer", NOW), "rule.milestone.notSubmitted");
        refused(() -> plan.move(LocalDate.of(2028, 2, 1), "later"), "rule.milestone.accepted");
    }

    @Test
    void refusedTransitionsFromRevisionRequested() {
        write(plan.draft());
        plan.submit("member", NOW);
        plan.requestRevision("More, please.", "officer", NOW);
        refused(() -> plan.accept("officer", NOW), "rule.milestone.notSubmitted");
        refused(() -> plan.requestRevision("again", "officer", NOW), "rule.milestone.notSubmitted");
        refused(() -> plan.submit("member", NOW), "rule.milestone.noDraft");
    }

    @ParameterizedTest
    @EnumSource(value = ProjectState.class, names = {"COMPLETED", "TERMINATED"})
    void nothingChangesInAClosedProject(ProjectState outcome) {
        write(plan.draft());
        project.close(outcome, "Done.", "officer", NOW);
        assertThat(project.getState()).isEqualTo(outcome);
        refused(() -> plan.submit("member", NOW), "rule.project.closed");
        refused(() -> plan.move(LocalDate.of(2028, 2, 1), "later"), "rule.project.closed");
        refused(() -> project.addMilestone("More", MilestoneKind.EVENT, LocalDate.of(2028, 2, 1), null),
                "rule.project.closed");
        refused(() -> project.close(ProjectState.COMPLETED, "again", "officer", NOW), "rule.project.closed");
    }

    @Test
    void closingNeedsAnOutcomeAndAReason() {
        refused(() -> project.close(ProjectState.ACTIVE, "Done.", "officer", NOW), "rule.project.closeOutcome");
        refused(() -> project.close(ProjectState.COMPLETED, "", "officer", NOW), "rule.text.required");
    }

    // ---------------------------------------------------------------- overdue

    @Test
    void overdueFromTheEndOfTheDueDayInTheProjectsZone() {
        // due 1 January 2028, UTC
        assertThat(plan.isOverdue(Instant.parse("2028-01-01T23:59:59Z"))).isFalse();
        assertThat(plan.isOverdue(Instant.parse("2028-01-02T00:00:00Z"))).isTrue();
        assertThat(plan.getOverdueFrom()).isEqualTo(Instant.parse("2028-01-02T00:00:00Z"));
    }

    @Test
    void theProjectsZoneDecidesWhenTheDayEnds() {
        project.startOn(LocalDate.of(2027, 7, 1), NAIROBI); // UTC+3
        assertThat(plan.isOverdue(Instant.parse("2028-01-01T20:59:59Z"))).isFalse();
        assertThat(plan.isOverdue(Instant.parse("2028-01-01T21:00:00Z"))).isTrue();
        assertThat(plan.getOverdueFrom()).isEqualTo(Instant.parse("2028-01-01T21:00:00Z"));
        project.startOn(LocalDate.of(2027, 7, 1), ZoneId.of("America/Los_Angeles")); // UTC-8 in January
        assertThat(plan.isOverdue(Instant.parse("2028-01-02T07:59:59Z"))).isFalse();
        assertThat(plan.isOverdue(Instant.parse("2028-01-02T08:00:00Z"))).isTrue();
    }

    @Test
    void submittedOrReturnedIsStillOverdueAcceptedIsNot() {
        Instant late = Instant.parse("2028-03-01T00:00:00Z");
        write(plan.draft());
        plan.submit("member", late);
        assertThat(plan.isOverdue(late)).isTrue();
        plan.requestRevision("More.", "officer", late);
        assertThat(plan.isOverdue(late)).isTrue();
        write(plan.draft());
        plan.submit("member", late);
        plan.accept("officer", late);
        assertThat(plan.isOverdue(late)).isFalse();
    }

    @Test
    void aClosedProjectHasNothingOverdue() {
        Instant late = Instant.parse("2028-03-01T00:00:00Z");
        assertThat(plan.isOverdue(late)).isTrue();
        project.close(ProjectState.TERMINATED, "Consortium dissolved.", "officer", late);
        assertThat(plan.isOverdue(late)).isFalse();
    }

    @Test
    void aLateJustificationOnlyOnceOverdue() {
        refused(() -> plan.justifyLate("The field season was delayed.", NOW), "rule.milestone.notLate");
        Instant late = Instant.parse("2028-01-05T00:00:00Z");
        plan.justifyLate("The field season was delayed.", late);
        assertThat(plan.getLateJustification()).isEqualTo("The field season was delayed.");
        assertThat(plan.getJustifiedAt()).isEqualTo(late);
        refused(() -> plan.justifyLate("x".repeat(Milestone.MAX_JUSTIFICATION + 1), late), "rule.project.reasonTooLong");
    }

    // ---------------------------------------------------------------- dates

    @Test
    void movingTheStartMovesTheMilestones() {
        Milestone added = project.addMilestone("Kick-off meeting", MilestoneKind.EVENT, LocalDate.of(2027, 7, 15), null);
        project.startOn(LocalDate.of(2027, 9, 1), null);
        assertThat(project.getEndDate()).isEqualTo(LocalDate.of(2030, 8, 31));
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(added.getDueDate()).isEqualTo(LocalDate.of(2027, 9, 15)); // 62 days later
    }

    @Test
    void theStartIsFixedOnceAReportIsSubmitted() {
        write(plan.draft());
        plan.submit("member", NOW);
        assertThat(project.isStartMovable()).isFalse();
        refused(() -> project.startOn(LocalDate.of(2027, 9, 1), null), "rule.project.startFixed");
    }

    @Test
    void anOfficerMovesADueDateWithAReason() {
        refused(() -> plan.move(LocalDate.of(2028, 2, 1), " "), "rule.text.required");
        plan.move(LocalDate.of(2028, 2, 1), "Field season moved.");
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(plan.getMoveReason()).isEqualTo("Field season moved.");
        refused(() -> plan.move(LocalDate.of(2027, 6, 1), "before the start"), "rule.project.dueOutOfRange");
        // a moved planned milestone no longer follows its month when the start moves, but the days
        project.startOn(LocalDate.of(2027, 8, 1), null);
        assertThat(plan.getDueDate()).isEqualTo(LocalDate.of(2028, 3, 3));
    }

    @Test
    void addedMilestonesNeedATitleAPartnerOfTheProjectAndADateInReach() {
        refused(() -> project.addMilestone(" ", MilestoneKind.EVENT, LocalDate.of(2027, 8, 1), null), "rule.text.required");
        refused(() -> project.addMilestone("Late", MilestoneKind.EVENT, LocalDate.of(2036, 1, 1), null),
                "rule.project.dueOutOfRange");
        Proposal other = ProposalFixture.complete(ProposalFixture.call());
        refused(() -> project.addMilestone("Other", MilestoneKind.EVENT, LocalDate.of(2027, 8, 1),
                other.coordinatingPartner()), "rule.project.unknownPartner");
    }

    // ---------------------------------------------------------------- report content

    @Test
    void outputsAreCheckedAndDoisNormalised() {
        Report report = plan.draft();
        report.write("<p>x</p>", List.of(new Report.Output(OutputKind.DOI, "https://dx.doi.org/10.1000/XYZ.1", "Paper"),
                new Report.Output(OutputKind.DATA_SET, "https://zenodo.org/records/1", null),
                new Report.Output(OutputKind.URL, "http://example.org/a?b=c", "Site")), "member", NOW);
        assertThat(report.getOutputs()).extracting(ReportOutput::getLink).containsExactly(
                "https://doi.org/10.1000/XYZ.1", "https://zenodo.org/records/1", "http://example.org/a?b=c");
        refused(() -> report.write("<p>x</p>", List.of(new Report.Output(OutputKind.URL, "javascript:alert(1)", null)),
                "member", NOW), "rule.report.link");
        refused(() -> report.write("<p>x</p>", List.of(new Report.Output(OutputKind.DATA_SET, "ftp://host/x", null)),
                "member", NOW), "rule.report.link");
        refused(() -> report.write("<p>x</p>", List.of(new Report.Output(OutputKind.DOI, "11.1000/x", null)),
                "member", NOW), "rule.project.doiSyntax");
    }

    @Test
    void aRefusedOutputNamesItsRowAndAMissingNarrativeItsField() {
        Report report = plan.draft();
        assertThatThrownBy(() -> report.write("<p>x</p>", List.of(
                new Report.Output(OutputKind.URL, "https://example.org", null),
                new Report.Output(OutputKind.DOI, "10.12/x", null)), "member", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("rule.project.doiSyntax");
                    assertThat(refused.field()).isEqualTo("/outputs/1/link");
                });
        assertThatThrownBy(() -> report.write("<p>x</p>", List.of(
                new Report.Output(OutputKind.URL, "https://example.org", "t".repeat(501))), "member", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("/outputs/0/title"));
        Milestone next = project.getMilestones().get(1);
        next.draft();
        assertThatThrownBy(() -> next.submit("member", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                refused -> assertThat(refused.field()).isEqualTo("/narrative"));
    }

    @Test
    void attachmentsAtMostTenNeverTheSameFileTwice() {
        Report report = plan.draft();
        report.attach("a.pdf", "a".repeat(64), 10, "member", NOW);
        refused(() -> report.attach("b.pdf", "a".repeat(64), 10, "member", NOW), "rule.report.sameFileTwice");
        for (int i = 1; i < Report.MAX_ATTACHMENTS; i++) {
            report.attach(i + ".pdf", Integer.toString(i).repeat(64).substring(0, 64), 10, "member", NOW);
        }
        refused(() -> report.attach("z.pdf", "f".repeat(64), 10, "member", NOW), "rule.report.tooManyAttachments");
    }

    private static void write(Report report) {
        report.write("<p>Done.</p>", List.of(), "member", NOW);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class).hasMessage(key);
    }
}
