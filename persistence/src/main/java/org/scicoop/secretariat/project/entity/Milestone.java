package org.scicoop.secretariat.project.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;
import org.scicoop.secretariat.proposal.entity.Partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A milestone of a project: what is due (title, kind, responsible partner), when (a calendar day in the project's
 * zone), and the consortium's reports on it. Life cycle {@code PLANNED → SUBMITTED → ACCEPTED | REVISION_REQUESTED →
 * SUBMITTED …}: the consortium drafts a report and submits it; the officer accepts it or returns it with comments,
 * and the consortium revises it as a new version (every submitted version is kept as it was). Overdue: the due day
 * has ended in the project's zone and no report was accepted ({@link #isOverdue}); the consortium may then say why.
 */
@Entity
@Audited
@Table(name = "project_milestone")
public class Milestone {

    public static final int MAX_JUSTIFICATION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    private int ordinal;

    private String title;

    @Enumerated(EnumType.STRING)
    private MilestoneKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner responsible;

    /** The month of the project it was planned for (null for a milestone an officer added). */
    @Column(name = "due_month")
    private Integer dueMonth;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** The end of the due day in the project's zone: overdue from this instant on (kept for lists and filters). */
    @Column(name = "overdue_from")
    private Instant overdueFrom;

    /** Why the due date was last moved; Envers keeps every move with who and when. */
    @Column(name = "move_reason")
    private String moveReason;

    @Enumerated(EnumType.STRING)
    private MilestoneState state;

    @Column(name = "late_justification")
    private String lateJustification;

    @Column(name = "justified_at")
    private Instant justifiedAt;

    @OneToMany(mappedBy = "milestone", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<Report> reports = new ArrayList<>();

    @Version
    private long version;

    protected Milestone() {
    }

    Milestone(Project project, int ordinal, String title, MilestoneKind kind, Partner responsible, Integer dueMonth,
              LocalDate dueDate) {
        this.project = project;
        this.ordinal = ordinal;
        this.title = title;
        this.kind = kind;
        this.responsible = responsible;
        this.dueMonth = dueMonth;
        this.state = MilestoneState.PLANNED;
        due(dueDate, project.zone());
    }

    /** The instant a milestone due on {@code day} becomes overdue: the end of that day in {@code zone}. */
    public static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Overdue at {@code now}: its due day has ended in the project's zone and no report has been accepted (a submitted
     * or returned report does not end it). A closed project has nothing overdue any more.
     */
    public boolean isOverdue(Instant now) {
        return project.getState() == ProjectState.ACTIVE && state != MilestoneState.ACCEPTED
                && !now.isBefore(endOfDay(dueDate, project.zone()));
    }

    private void due(LocalDate day, ZoneId zone) {
        this.dueDate = Objects.requireNonNull(day);
        this.overdueFrom = endOfDay(day, zone);
    }

    /** The project's start moved by {@code days} to {@code start}. */
    void follow(LocalDate start, long days, ZoneId zone) {
        due(dueMonth != null && moveReason == null ? start.plusMonths(dueMonth) : dueDate.plusDays(days), zone);
    }

    /** An officer moves the due date, with the reason (audited); not once the report is accepted. */
    public void move(LocalDate newDue, String reason) {
        project.requireActive();
        RuleViolation.require(state != MilestoneState.ACCEPTED, "rule.milestone.accepted", title);
        String text = PlainText.requiredParagraphs(reason, "project.field.moveReason");
        RuleViolation.require(text.length() <= Project.MAX_REASON, "rule.project.reasonTooLong", Project.MAX_REASON);
        project.requireWithinReach(newDue);
        this.moveReason = text;
        due(newDue, project.zone());
    }

    /** The consortium says why the milestone is late: only once it is overdue. */
    public void justifyLate(String text, Instant now) {
        project.requireActive();
        RuleViolation.require(isOverdue(now), "rule.milestone.notLate", title);
        String clean = PlainText.requiredParagraphs(text, "project.field.lateJustification");
        RuleViolation.require(clean.length() <= MAX_JUSTIFICATION, "rule.project.reasonTooLong", MAX_JUSTIFICATION);
        this.lateJustification = clean;
        this.justifiedAt = now;
    }

    /**
     * The report being drafted: the open draft, or a new version — empty for the first, a copy of the last submitted
     * version after a revision was asked for. Only while the milestone awaits a report.
     */
    public Report draft() {
        project.requireActive();
        RuleViolation.require(state.awaitsReport(), "rule.milestone.notAwaitingReport", title);
        Optional<Report> open = currentDraft();
        if (open.isPresent()) {
            return open.get();
        }
        Report last = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        Report draft = new Report(this, reports.size() + 1, last);
        reports.add(draft);
        return draft;
    }

    /** The draft not yet submitted, if any. */
    public Optional<Report> currentDraft() {
        return reports.isEmpty() || reports.get(reports.size() - 1).getStatus() != ReportStatus.DRAFT
                ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
    }

    /** Submits the draft: it needs a narrative; the version is then kept as it is. */
    public Report submit(String by, Instant now) {
        project.requireActive();
        RuleViolation.require(state.awaitsReport(), "rule.milestone.notAwaitingReport", title);
        Report report = currentDraft().orElseThrow(() -> new RuleViolation("rule.milestone.noDraft", title));
        report.submit(by, now);
        this.state = MilestoneState.SUBMITTED;
        return report;
    }

    /** The officer accepts the submitted report. */
    public Report accept(String by, Instant now) {
        project.requireActive();
        RuleViolation.require(state == MilestoneState.SUBMITTED, "rule.milestone.notSubmitted", title);
        Report report = lastSubmitted();
        report.review(ReportStatus.ACCEPTED, null, by, now);
        this.state = MilestoneState.ACCEPTED;
        return report;
    }

    /** The officer returns the submitted report with comments: the consortium revises it as a new version. */
    public Report requestRevision(String comments, String by, Instant now) {
        project.requireActive();
        RuleViolation.require(state == MilestoneState.SUBMITTED, "rule.milestone.notSubmitted", title);
        String text = PlainText.requiredParagraphs(comments, "project.field.comments");
        RuleViolation.require(text.length() <= Report.MAX_COMMENTS, "rule.project.reasonTooLong", Report.MAX_COMMENTS);
        Report report = lastSubmitted();
        report.review(ReportStatus.RETURNED, text, by, now);
        this.state = MilestoneState.REVISION_REQUESTED;
        return report;
    }

    private Report lastSubmitted() {
        return reports.get(reports.size() - 1);
    }

    public Optional<Report> report(int number) {
        return reports.stream().filter(r -> r.getNumber() == number).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getTitle() {
        return title;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public Partner getResponsible() {
        return responsible;
    }

    public Integer getDueMonth() {
        return dueMonth;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getOverdueFrom() {
        return overdueFrom;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public MilestoneState getState() {
        return state;
    }

    public String getLateJustification() {
        return lateJustification;
    }

    public Instant getJustifiedAt() {
        return justifiedAt;
    }

    public List<Report> getReports() {
        return Collections.unmodifiableList(reports);
    }

    public long getVersion() {
        return version;
    }
}
