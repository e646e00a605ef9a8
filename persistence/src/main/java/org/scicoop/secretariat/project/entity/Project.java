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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.evaluation.entity.Award;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.PlannedMilestone;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A funded proposal's project: the consortium (the proposal's partners), each partner's grants as the funding
 * decision awarded them, the start date (the first day of the month after the decision unless an officer sets
 * another) and the end date from the proposal's duration, and the milestones the consortium reports. Life cycle
 * {@code ACTIVE → COMPLETED | TERMINATED} (an officer closes it, with a reason); nothing changes once closed.
 * <p>
 * <b>Time zone.</b> A due date is a calendar day, and a day ends at different instants around the world. The project's
 * zone is the coordinator's (the {@code zoneinfo} they gave their account when the project was made, else UTC); an
 * officer may set another with the start date. A milestone is overdue from the end of its due day in that zone.
 */
@Entity
@Audited
@Table(name = "project")
public class Project {

    public static final int MAX_MILESTONES = 200;
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Proposal proposal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Call call;

    private String acronym;

    private String title;

    @Column(name = "duration_months")
    private int durationMonths;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "time_zone")
    private String timeZone;

    @Enumerated(EnumType.STRING)
    private ProjectState state;

    /** The officer who decided the call: reports are theirs to review first (their e-mail tells of a submission). */
    private String officer;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "close_reason")
    private String closeReason;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Grant> grants = new ArrayList<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL)
    @OrderBy("ordinal")
    private List<Milestone> milestones = new ArrayList<>();

    @Version
    private long version;

    protected Project() {
    }

    /** The default start: the first day of the month after the decision (in the project's zone). */
    public static LocalDate defaultStart(Instant decidedAt, ZoneId zone) {
        return LocalDate.ofInstant(decidedAt, zone).withDayOfMonth(1).plusMonths(1);
    }

    /**
     * The project of a funded {@code proposal}: its {@code awards} become the grants, its planned milestones the
     * milestones (due at the start plus their month).
     */
    public static Project found(Proposal proposal, List<Award> awards, String officer, ZoneId zone,
                                LocalDate start, Instant now) {
        Project project = new Project();
        project.proposal = Objects.requireNonNull(proposal);
        project.call = proposal.getCall();
        project.acronym = proposal.getAcronym();
        project.title = Objects.requireNonNullElse(proposal.getTitle(), proposal.getAcronym());
        project.durationMonths = Objects.requireNonNullElse(proposal.getDurationMonths(), 1);
        project.timeZone = zone.getId();
        project.state = ProjectState.ACTIVE;
        project.officer = officer;
        project.createdAt = now;
        project.startDate = start;
        project.endDate = endOf(start, project.durationMonths);
        for (Award award : awards) {
            RuleViolation.require(award.getProposal() == proposal, "rule.project.awardOfAnother");
            project.grants.add(new Grant(project, award));
        }
        for (PlannedMilestone planned : proposal.getMilestones()) {
            project.milestones.add(new Milestone(project, project.milestones.size(), planned.getTitle(),
                    planned.getKind(), planned.getResponsible(), planned.getDueMonth(),
                    start.plusMonths(planned.getDueMonth())));
        }
        return project;
    }

    private static LocalDate endOf(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    void requireActive() {
        RuleViolation.require(state == ProjectState.ACTIVE, "rule.project.closed", acronym);
    }

    /** Whether the start date may still move: active, and no report submitted yet. */
    public boolean isStartMovable() {
        return state == ProjectState.ACTIVE && milestones.stream().allMatch(m -> m.getReports().stream()
                .noneMatch(r -> r.getSubmittedAt() != null));
    }

    /**
     * A new start date (and zone), while no report has been submitted: the end date follows, and the milestones move
     * with it — a planned milestone to the new start plus its month, an added or moved one by as many days as the
     * start moved.
     */
    public void startOn(LocalDate newStart, ZoneId zone) {
        requireActive();
        RuleViolation.require(isStartMovable(), "rule.project.startFixed", acronym);
        Objects.requireNonNull(newStart);
        long days = ChronoUnit.DAYS.between(startDate, newStart);
        this.startDate = newStart;
        this.endDate = endOf(newStart, durationMonths);
        if (zone != null) {
            this.timeZone = zone.getId();
        }
        for (Milestone milestone : milestones) {
            milestone.follow(newStart, days, zone());
        }
    }

    /** An officer's milestone in addition to the planned ones. */
    public Milestone addMilestone(String title, MilestoneKind kind, LocalDate due, Partner responsible) {
        requireActive();
        RuleViolation.require(milestones.size() < MAX_MILESTONES, "rule.project.tooManyMilestones", MAX_MILESTONES);
        RuleViolation.require(responsible == null || responsible.getProposal() == proposal,
                "rule.project.unknownPartner");
        requireWithinReach(due);
        Milestone milestone = new Milestone(this, milestones.size(), PlainText.requiredLine(title,
                "project.field.milestoneTitle"), Objects.requireNonNull(kind), responsible, null, due);
        milestones.add(milestone);
        return milestone;
    }

    /** A due date lies between the start and five years after the end (a project may be extended, not forever). */
    void requireWithinReach(LocalDate due) {
        RuleViolation.require(due != null && !due.isBefore(startDate) && !due.isAfter(endDate.plusYears(5)),
                "rule.project.dueOutOfRange", startDate.toString(), endDate.plusYears(5).toString());
    }

    /** Closes the project as completed or terminated, with the reason. */
    public void close(ProjectState outcome, String reason, String by, Instant now) {
        requireActive();
        RuleViolation.require(outcome == ProjectState.COMPLETED || outcome == ProjectState.TERMINATED,
                "rule.project.closeOutcome");
        String text = PlainText.requiredParagraphs(reason, "project.field.closeReason");
        RuleViolation.require(text.length() <= MAX_REASON, "rule.project.reasonTooLong", MAX_REASON);
        this.state = outcome;
        this.closeReason = text;
        this.closedBy = by;
        this.closedAt = now;
    }

    public Optional<Milestone> milestone(long milestoneId) {
        return milestones.stream().filter(m -> m.getId() != null && m.getId() == milestoneId).findFirst();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public Call getCall() {
        return call;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getTitle() {
        return title;
    }

    public int getDurationMonths() {
        return durationMonths;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ProjectState getState() {
        return state;
    }

    public String getOfficer() {
        return officer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public List<Grant> getGrants() {
        return Collections.unmodifiableList(grants);
    }

    public List<Milestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public long getVersion() {
        return version;
    }
}
