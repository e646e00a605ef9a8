package org.scicoop.secretariat.proposal.entity;

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
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.Organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A consortium's proposal to a call: the working copy its members edit, with its partners, planned
 * milestones and attachments. Life cycle {@code DRAFT → SUBMITTED → ELIGIBLE | INELIGIBLE}, and
 * {@code WITHDRAWN}; until the deadline the coordinator may reopen a submitted proposal, change it
 * and submit again (the last submission counts meanwhile); after the deadline nothing changes.
 * Every submission is kept as it was ({@link ProposalSubmission}).
 */
@Entity
@Audited
@Table(name = "proposal")
public class Proposal {

    public static final int MAX_PARTNERS = 50;
    public static final int MAX_MILESTONES = 100;
    public static final int MAX_ATTACHMENTS = 10;
    private static final String ACRONYM = "proposal.field.acronym";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Call call;

    /** The username of the consortium member who created the proposal and coordinates it. */
    private String coordinator;

    private String acronym;

    private String title;

    @Column(name = "abstract_text")
    private String abstractText;

    private String keywords;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<Partner> partners = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<PlannedMilestone> milestones = new ArrayList<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProposalAttachment> attachments = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Column(name = "screened_by")
    private String screenedBy;

    @Column(name = "screening_reasons")
    private String screeningReasons;

    /** The language the coordinator last submitted in (a BCP 47 tag): letters about the proposal use it. */
    private String language;

    @Version
    private long version;

    /** While a reopened proposal goes back to its last submission at the deadline. */
    @jakarta.persistence.Transient
    private boolean settling;

    protected Proposal() {
    }

    /**
     * A new draft for {@code call}, coordinated by {@code coordinator}, whose own organisation is the
     * first (coordinating) partner. Drafts may be started while the call accepts proposals: open, between its
     * opening and its deadline (a forthcoming call shows what it will ask, but takes nothing yet).
     */
    public static Proposal draft(Call call, String coordinator, String acronym, Organisation organisation,
                                 Instant now) {
        RuleViolation.require(call.acceptsProposals(now), "rule.proposal.callNotOpen", call.getCode());
        Proposal proposal = new Proposal();
        proposal.call = call;
        proposal.coordinator = Objects.requireNonNull(coordinator);
        proposal.acronym = PlainText.line(acronym, ACRONYM);
        RuleViolation.require(proposal.acronym != null, "rule.proposal.acronymRequired");
        proposal.status = ProposalStatus.DRAFT;
        proposal.createdAt = now;
        Partner coordinating = new Partner(proposal, 0, true, organisation);
        coordinating.linkMember(coordinator, null);
        proposal.partners.add(coordinating);
        return proposal;
    }

    /**
     * Refuses any change unless the proposal is a draft (or reopened) and the deadline has not passed at
     * {@code now}, the instant of the request by the server's clock.
     */
    void requireEditable(Instant now) {
        if (settling) {
            return;
        }
        RuleViolation.require(status.isEditable(), "rule.proposal.notEditable", acronym);
        requireBeforeDeadline(now);
    }

    private void requireBeforeDeadline(Instant now) {
        RuleViolation.require(Objects.requireNonNull(now).isBefore(call.getDeadline()), "rule.proposal.deadlinePassed",
                acronym);
    }

    public void describe(String newAcronym, String newTitle, String newAbstract, String newKeywords,
                         Integer newDurationMonths, Instant now) {
        requireEditable(now);
        String cleanAcronym = PlainText.line(newAcronym, ACRONYM);
        RuleViolation.require(cleanAcronym != null, "rule.proposal.acronymRequired");
        this.acronym = cleanAcronym;
        this.title = PlainText.line(newTitle, "proposal.field.title");
        this.abstractText = PlainText.paragraphs(newAbstract, "proposal.field.abstract");
        this.keywords = PlainText.line(newKeywords, "proposal.field.keywords");
        this.durationMonths = newDurationMonths;
    }

    public Partner addPartner(Organisation organisation, Instant now) {
        requireEditable(now);
        RuleViolation.require(partners.size() < MAX_PARTNERS, "rule.proposal.tooManyPartners", MAX_PARTNERS);
        Partner partner = new Partner(this, partners.size(), false, organisation);
        partners.add(partner);
        return partner;
    }

    public void removePartner(Partner partner, Instant now) {
        requireEditable(now);
        RuleViolation.require(!partner.isCoordinating(), "rule.proposal.coordinatorStays");
        milestones.stream().filter(m -> m.getResponsible() == partner).forEach(m -> m.assign(null));
        partners.remove(partner);
        for (int i = 0; i < partners.size(); i++) {
            partners.get(i).renumber(i);
        }
    }

    public Optional<Partner> partner(long partnerId) {
        return partners.stream().filter(p -> p.getId() != null && p.getId() == partnerId).findFirst();
    }

    public Partner coordinatingPartner() {
        return partners.stream().filter(Partner::isCoordinating).findFirst().orElseThrow();
    }

    /** Replaces the planned milestones. */
    public void planMilestones(List<PlannedMilestone.Plan> plans, Instant now) {
        requireEditable(now);
        RuleViolation.require(plans.size() <= MAX_MILESTONES, "rule.proposal.tooManyMilestones", MAX_MILESTONES);
        milestones.clear();
        for (PlannedMilestone.Plan plan : plans) {
            Partner responsible = plan.responsible();
            RuleViolation.require(responsible == null || partners.contains(responsible),
                    "rule.proposal.unknownPartner");
            milestones.add(new PlannedMilestone(this, milestones.size(), plan));
        }
    }

    /** Attaches the stored file named by {@code sha256} (its bytes already checked to be a PDF). */
    public ProposalAttachment attach(AttachmentKind kind, String fileName, String sha256, long size, String uploadedBy,
                                     Instant now) {
        requireEditable(now);
        RuleViolation.require(attachments.size() < MAX_ATTACHMENTS, "rule.proposal.tooManyAttachments",
                MAX_ATTACHMENTS);
        RuleViolation.require(attachments.stream().noneMatch(a -> a.getSha256().equals(sha256)),
                "rule.proposal.sameFileTwice", fileName);
        if (kind == AttachmentKind.DESCRIPTION) {
            // One full description: a new one replaces the old.
            attachments.removeIf(a -> a.getKind() == AttachmentKind.DESCRIPTION);
        }
        ProposalAttachment attachment = new ProposalAttachment(this, kind, fileName, sha256, size, uploadedBy, now);
        attachments.add(attachment);
        return attachment;
    }

    public void detach(ProposalAttachment attachment, Instant now) {
        requireEditable(now);
        attachments.remove(attachment);
    }

    public Optional<ProposalAttachment> attachment(long attachmentId) {
        return attachments.stream().filter(a -> a.getId() != null && a.getId() == attachmentId).findFirst();
    }

    /**
     * Submits the working copy: only while the call accepts proposals (by the server's clock, to the
     * second) and only when nothing is missing and every rule of the call is met.
     */
    public void submit(Instant now) {
        RuleViolation.require(status.isEditable(), "rule.proposal.notEditable", acronym);
        Instant instant = Objects.requireNonNull(now);
        RuleViolation.require(call.acceptsProposals(instant), "rule.proposal.callNotAccepting", call.getCode());
        List<Finding> findings = Eligibility.check(this);
        if (!findings.isEmpty()) {
            throw new NotSubmittable(findings);
        }
        this.status = ProposalStatus.SUBMITTED;
        this.submittedAt = instant;
    }

    /** Back to editing before the deadline; the last submission counts until the next one. */
    public void reopen(Instant now) {
        RuleViolation.require(status == ProposalStatus.SUBMITTED, "rule.proposal.notSubmitted", acronym);
        requireBeforeDeadline(now);
        this.status = ProposalStatus.REOPENED;
    }

    /** Withdraws the proposal before the deadline: it no longer takes part, whatever was submitted. */
    public void withdraw(Instant now) {
        RuleViolation.require(status == ProposalStatus.DRAFT || status == ProposalStatus.SUBMITTED
                || status == ProposalStatus.REOPENED, "rule.proposal.notWithdrawable", acronym);
        requireBeforeDeadline(now);
        this.status = ProposalStatus.WITHDRAWN;
        this.withdrawnAt = now;
    }

    /**
     * At the deadline a reopened proposal goes back to its last submission, which counts:
     * {@code backToLastSubmission} restores the working copy as it was submitted (the deadline does not
     * stop this one change), and the proposal is submitted again. A draft never submitted stays a draft.
     */
    public void settleAtDeadline(java.util.function.Consumer<Proposal> backToLastSubmission) {
        if (status != ProposalStatus.REOPENED) {
            return;
        }
        settling = true;
        try {
            backToLastSubmission.accept(this);
        } finally {
            settling = false;
        }
        this.status = ProposalStatus.SUBMITTED;
    }

    /** The secretariat's eligibility screening, after the deadline, of a submitted proposal. */
    public void screen(boolean eligible, String reasons, String officer, Instant now) {
        RuleViolation.require(status == ProposalStatus.SUBMITTED || status == ProposalStatus.ELIGIBLE
                || status == ProposalStatus.INELIGIBLE, "rule.proposal.notScreenable", acronym);
        RuleViolation.require(!now.isBefore(call.getDeadline()), "rule.proposal.screenAfterDeadline");
        // once the evaluation has started, the screened proposals are what it evaluates
        RuleViolation.require(call.getStatus() == CallStatus.OPEN
                || call.getStatus() == CallStatus.CLOSED,
                "rule.proposal.screeningOver", acronym);
        String why = PlainText.paragraphs(reasons, "screening.reasons");
        RuleViolation.require(eligible || why != null, "rule.proposal.reasonsRequired");
        this.status = eligible ? ProposalStatus.ELIGIBLE : ProposalStatus.INELIGIBLE;
        this.screeningReasons = why;
        this.screenedBy = officer;
        this.screenedAt = now;
    }

    /** An eligible proposal goes into the call's evaluation. */
    public void enterEvaluation() {
        RuleViolation.require(status == ProposalStatus.ELIGIBLE, "rule.proposal.notEligible", acronym);
        this.status = ProposalStatus.IN_EVALUATION;
    }

    /** The funding decision's outcome for this proposal: funded, on the reserve list, or not funded. */
    public void decided(ProposalStatus outcome) {
        RuleViolation.require(status == ProposalStatus.IN_EVALUATION, "rule.proposal.notInEvaluation", acronym);
        RuleViolation.require(outcome.isOutcome(), "rule.proposal.notAnOutcome", acronym);
        this.status = outcome;
    }

    /** Whether {@code username} belongs to the consortium (coordinator or a partner's linked account). */
    public boolean hasMember(String username) {
        return coordinator.equals(username) || partners.stream().anyMatch(p -> username.equals(p.getMember()));
    }

    public boolean isCoordinator(String username) {
        return coordinator.equals(username);
    }

    /** Submission refused: what is missing and which rules fail, every one of them. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class NotSubmittable extends RuleViolation {

        private final transient List<Finding> findings;

        public NotSubmittable(List<Finding> findings) {
            super("rule.proposal.notSubmittable", findings.size());
            this.findings = List.copyOf(findings);
        }

        public List<Finding> findings() {
            return findings;
        }
    }

    public Long getId() {
        return id;
    }

    public Call getCall() {
        return call;
    }

    public String getCoordinator() {
        return coordinator;
    }

    /** The coordinator as people name them: the coordinating partner's investigator, else the username. */
    public String getCoordinatorName() {
        return partners.stream().filter(Partner::isCoordinating).map(Partner::getPiName)
                .filter(name -> name != null && !name.isBlank()).findFirst().orElse(coordinator);
    }

    public String getAcronym() {
        return acronym;
    }

    public String getTitle() {
        return title;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public String getKeywords() {
        return keywords;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public List<Partner> getPartners() {
        return Collections.unmodifiableList(partners);
    }

    public List<PlannedMilestone> getMilestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<ProposalAttachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    public String getLanguage() {
        return language;
    }

    /** The coordinator corresponds in {@code tag} (the language of the last submission). */
    public void correspondIn(String tag) {
        this.language = tag;
    }

    public String getScreeningReasons() {
        return screeningReasons;
    }

    public long getVersion() {
        return version;
    }
}
