package org.scicoop.secretariat.call.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.scicoop.secretariat.platform.rules.RuleViolation.require;

/**
 * A call for proposals, the aggregate that owns its life cycle and rules: what may change in which
 * state, when it opens and closes, who commits which budget. Services load it, ask it to change,
 * and let it refuse with a {@link org.scicoop.secretariat.platform.rules.RuleViolation} that says why.
 */
@Entity
@Audited
@Table(name = "funding_call")
@NamedQuery(name = Call.BY_CODE, query = "select c from Call c where c.code = :code")
@NamedQuery(name = Call.DUE_FOR_CLOSING,
        query = "select c from Call c where c.status = org.scicoop.secretariat.call.entity.CallStatus.OPEN"
                + " and c.deadline <= :now")
public class Call {

    public static final String BY_CODE = "Call.byCode";
    public static final String DUE_FOR_CLOSING = "Call.dueForClosing";
    /** Upper-case words or numbers joined by hyphens, e.g. {@code STI-2027-CLIM-01}. */
    public static final String CODE_PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";
    /**
     * How far from now a new or revised call's dates may lie: a programme plans its calls a few years ahead, and an
     * opening or deadline decades away is a typing mistake (or an attack on the pages that show dates).
     */
    public static final Period HORIZON = Period.ofYears(10);
    /** Enough for a call text, guides and templates in four languages; more is a sign of a mistake. */
    public static final int MAX_DOCUMENTS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = CODE_PATTERN)
    private String code;

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotBlank
    @Size(max = 4000)
    private String summary;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CallStatus status;

    @NotNull
    @Column(name = "opens_at")
    private Instant opensAt;

    @NotNull
    private Instant deadline;

    @NotNull
    @Column(name = "common_fund_eur", precision = 19, scale = 2)
    private BigDecimal commonFundEur = BigDecimal.ZERO.setScale(2);

    @Valid
    @Embedded
    private EligibilityRules rules;

    // Which themes a call had is audited; the themes themselves are read as they are now.
    @ManyToMany
    @Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "funding_call_theme", joinColumns = @JoinColumn(name = "call_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<ThematicArea> themes = new LinkedHashSet<>();

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Commitment> commitments = new ArrayList<>();

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL)
    @OrderBy("extendedAt")
    private List<DeadlineExtension> extensions = new ArrayList<>();

    @OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CallDocument> documents = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Size(max = 1000)
    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private long version;

    protected Call() {
    }

    /** A new call, as a draft nobody outside the secretariat sees; its deadline is ahead, within the horizon. */
    public static Call draft(String code, CallText text, Schedule schedule, EligibilityRules rules, Instant now) {
        schedule.requireAhead(now);
        return drafted(code, text, schedule, rules, now);
    }

    private static Call drafted(String code, CallText text, Schedule schedule, EligibilityRules rules, Instant now) {
        Call call = new Call();
        call.code = Objects.requireNonNull(code);
        call.status = CallStatus.DRAFT;
        call.createdAt = now;
        call.rules = Objects.requireNonNull(rules);
        require(rules.isSatisfiable(), "rule.call.moreCountriesThanPartners");
        call.text(text);
        call.reschedule(schedule);
        return call;
    }

    /** Title, summary and themes: free to change while the call is a draft or open (typos happen). */
    public void text(CallText text) {
        require(isChangeable(), "rule.call.notEditable", status);
        this.title = PlainText.requiredLine(text.title(), "call.field.title");
        this.summary = PlainText.requiredParagraphs(text.summary(), "call.field.summary");
        this.themes.clear();
        this.themes.addAll(text.themes());
    }

    /** Opening instant and deadline: only on a draft; an open call's deadline can only be extended. */
    public void reschedule(Schedule schedule) {
        requireDraft();
        require(schedule.deadline().isAfter(schedule.opensAt()), "rule.call.deadlineBeforeOpening");
        this.opensAt = schedule.opensAt();
        this.deadline = schedule.deadline();
    }

    /**
     * A revision as an officer submits it at {@code now}: a draft takes everything, and its deadline must then lie
     * ahead, within the horizon; an open call only its texts, and is refused if its dates or rules would change (its
     * deadline moves by extension only).
     */
    public void revise(CallText newText, Schedule newSchedule, EligibilityRules newRules, Instant now) {
        if (status == CallStatus.OPEN) {
            require(opensAt.equals(newSchedule.opensAt()) && deadline.equals(newSchedule.deadline())
                    && rules.equals(newRules), "rule.call.onlyDraft", status);
            text(newText);
            return;
        }
        text(newText);
        newSchedule.requireAhead(now);
        reschedule(newSchedule);
        changeRules(newRules);
    }

    public void changeRules(EligibilityRules newRules) {
        requireDraft();
        require(newRules.isSatisfiable(), "rule.call.moreCountriesThanPartners");
        this.rules = newRules;
    }

    public void commitCommonFund(BigDecimal amountEur) {
        requireDraft();
        require(amountEur != null && amountEur.signum() >= 0, "rule.call.negativeAmount");
        this.commonFundEur = amountEur.setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * An agency commits (or changes) its budget for this call, in its own currency. One commitment
     * per agency; the maximum request per partner cannot exceed the budget.
     */
    public void commit(FundingAgency agency, BigDecimal amount, BigDecimal maxRequestPerPartner) {
        requireDraft();
        require(amount != null && amount.signum() > 0, "rule.call.commitmentNotPositive", agency.getAcronym());
        require(maxRequestPerPartner == null || (maxRequestPerPartner.signum() > 0
                        && maxRequestPerPartner.compareTo(amount) <= 0),
                "rule.call.maxRequestAboveBudget", agency.getAcronym());
        Optional<Commitment> existing = commitmentOf(agency);
        if (existing.isPresent()) {
            existing.get().change(amount, maxRequestPerPartner);
        } else {
            commitments.add(new Commitment(this, agency, amount, maxRequestPerPartner));
        }
    }

    public void withdrawCommitment(FundingAgency agency) {
        requireDraft();
        commitments.removeIf(c -> c.getAgency().equals(agency) || Objects.equals(c.getAgency().getId(), agency.getId()));
    }

    /**
     * Publishes the call. It then shows as forthcoming until its opening instant and accepts
     * proposals from then until the deadline. Refused without a theme or any budget, or when the
     * deadline has passed.
     */
    public void open(Instant now) {
        require(isOpenable(), "rule.call.openOnlyDraft", status);
        require(deadline.isAfter(now), "rule.call.deadlineInPast");
        require(!themes.isEmpty(), "rule.call.noTheme");
        require(!commitments.isEmpty() || commonFundEur.signum() > 0, "rule.call.noCommitment");
        status = CallStatus.OPEN;
        openedAt = now;
    }

    /**
     * Closes an open call whose deadline has come. Idempotent: closing a closed call changes nothing
     * (a timer may fire twice). Returns whether this call closed it. Nobody closes a call early.
     */
    public boolean closeAtDeadline(Instant now) {
        if (status != CallStatus.OPEN) {
            return false;
        }
        require(!now.isBefore(deadline), "rule.call.closeBeforeDeadline");
        status = CallStatus.CLOSED;
        closedAt = now;
        return true;
    }

    /** Moves the deadline of an open call later, recording why and by whom. */
    public void extendDeadline(Instant newDeadline, String reason, String extendedBy, Instant now) {
        require(isExtendable(), "rule.call.extendOnlyOpen", status);
        String why = PlainText.paragraphs(reason, "calls.reason");
        require(why != null, "rule.call.extensionNeedsReason");
        require(newDeadline.isAfter(deadline), "rule.call.extensionNotLater");
        require(newDeadline.isAfter(now), "rule.call.deadlineInPast");
        require(!newDeadline.isAfter(horizon(now)), "rule.call.beyondHorizon", HORIZON.getYears());
        extensions.add(new DeadlineExtension(this, deadline, newDeadline, why, extendedBy, now));
        deadline = newDeadline;
    }

    /**
     * The officer starts the evaluation of a closed call ({@code CLOSED → IN_EVALUATION}); the caller has checked
     * that every counting proposal is screened ({@code unscreened} of them are not).
     */
    public void startEvaluation(long unscreened) {
        require(status == CallStatus.CLOSED, "rule.call.evaluateOnlyClosed", status);
        require(unscreened == 0, "rule.call.unscreenedProposals", unscreened);
        status = CallStatus.IN_EVALUATION;
    }

    /** The funding decision is recorded ({@code IN_EVALUATION → DECIDED}). */
    public void decided() {
        require(status == CallStatus.IN_EVALUATION, "rule.call.decideOnlyInEvaluation", status);
        status = CallStatus.DECIDED;
    }

    /** A decided call is put away ({@code DECIDED → ARCHIVED}): read-only, out of the working lists. */
    public void archive() {
        require(status == CallStatus.DECIDED, "rule.call.archiveOnlyDecided", status);
        status = CallStatus.ARCHIVED;
    }

    public void cancel(String reason, Instant now) {
        require(isChangeable(), "rule.call.cancelOnlyDraftOrOpen", status);
        String why = PlainText.paragraphs(reason, "call.field.cancelReason");
        require(why != null, "rule.call.cancelNeedsReason");
        status = CallStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = why;
    }

    /**
     * Adds a document (call text, guide, template…) while the call is a draft or open: applicants may
     * need a corrected guide before the deadline, but a closed or cancelled call's documents are a
     * record and stay as they were. The same file twice is refused, as is a 21st document.
     */
    public CallDocument attachDocument(CallDocument.Upload upload, String uploadedBy, Instant now) {
        requireDocumentsChangeable();
        String title = PlainText.line(upload.title(), "documents.column.title");
        require(title != null, "rule.call.documentNeedsTitle");
        require(title.length() <= CallDocument.MAX_TITLE, "rule.call.documentTitleTooLong", CallDocument.MAX_TITLE);
        require(documents.size() < MAX_DOCUMENTS, "rule.call.tooManyDocuments", MAX_DOCUMENTS);
        documents.stream().filter(d -> d.getSha256().equals(upload.sha256())).findFirst().ifPresent(same -> {
            throw new org.scicoop.secretariat.platform.rules.RuleViolation("rule.call.documentDuplicate",
                    same.getTitle());
        });
        CallDocument document = new CallDocument(this, upload.titled(title), uploadedBy, now);
        documents.add(document);
        return document;
    }

    /** Removes a document, under the same rule as adding one. */
    public void removeDocument(CallDocument document) {
        requireDocumentsChangeable();
        documents.remove(document);
    }

    public Optional<CallDocument> document(long documentId) {
        return documents.stream().filter(d -> d.getId() != null && d.getId() == documentId).findFirst();
    }

    private void requireDocumentsChangeable() {
        require(isChangeable(), "rule.call.documentsFrozen", status);
    }

    /** Whether texts, documents and (for a draft) everything else may still change, or the call be cancelled. */
    public boolean isChangeable() {
        return status == CallStatus.DRAFT || status == CallStatus.OPEN;
    }

    /** Whether {@link #open} may publish it: a draft (its other conditions are checked when it is opened). */
    public boolean isOpenable() {
        return status == CallStatus.DRAFT;
    }

    /** Whether the call has reached its evaluation: closed, in evaluation, decided or archived. */
    public boolean hasReachedEvaluation() {
        return status == CallStatus.CLOSED || status == CallStatus.IN_EVALUATION || status == CallStatus.DECIDED
                || status == CallStatus.ARCHIVED;
    }

    /** Whether {@link #extendDeadline} may move its deadline: an open call. */
    public boolean isExtendable() {
        return status == CallStatus.OPEN;
    }

    /**
     * A new draft with this call's texts, themes, rules, dates and budgets, under another code. Documents
     * are not copied: they name the old call's dates and code. The dates may have passed (last year's call is the
     * usual model): the officer sets new ones before the copy can be saved or opened.
     */
    public Call cloneAsDraft(String newCode, Instant now) {
        Call clone = drafted(newCode, new CallText(title, summary, themes), new Schedule(opensAt, deadline), rules, now);
        clone.commonFundEur = commonFundEur;
        for (Commitment commitment : commitments) {
            clone.commitments.add(new Commitment(clone, commitment.getAgency(), commitment.getAmount(),
                    commitment.getMaxRequestPerPartner()));
        }
        return clone;
    }

    /** Whether the public sees it: every call that has been opened, whatever happened since. */
    public boolean isPublished() {
        return openedAt != null;
    }

    /** How the public sees the call at {@code now}; empty for a draft. */
    public Optional<PublicPhase> phase(Instant now) {
        if (!isPublished()) {
            return Optional.empty();
        }
        if (status == CallStatus.CANCELLED) {
            return Optional.of(PublicPhase.CANCELLED);
        }
        if (status != CallStatus.OPEN || !now.isBefore(deadline)) {
            return Optional.of(PublicPhase.CLOSED);
        }
        return Optional.of(now.isBefore(opensAt) ? PublicPhase.FORTHCOMING : PublicPhase.OPEN);
    }

    /** What the call is to people at {@code now}: its status, forthcoming or closed as the public sees it. */
    public CallState state(Instant now) {
        return CallState.of(status, phase(now).orElse(null));
    }

    /** Whether a proposal may be submitted at {@code now}: open, and between opening and deadline. */
    public boolean acceptsProposals(Instant now) {
        return phase(now).filter(p -> p == PublicPhase.OPEN).isPresent();
    }

    /** The committed budgets added up per currency (the common fund counts in EUR). */
    public Map<Currency, BigDecimal> budgetByCurrency() {
        Map<Currency, BigDecimal> totals = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        for (Commitment commitment : commitments) {
            totals.merge(commitment.getCurrency(), commitment.getAmount(), BigDecimal::add);
        }
        if (commonFundEur.signum() > 0) {
            totals.merge(Currency.getInstance("EUR"), commonFundEur, BigDecimal::add);
        }
        return totals;
    }

    public Optional<Commitment> commitmentOf(FundingAgency agency) {
        return commitments.stream()
                .filter(c -> c.getAgency().equals(agency)
                        || (agency.getId() != null && agency.getId().equals(c.getAgency().getId())))
                .findFirst();
    }

    private void requireDraft() {
        require(status == CallStatus.DRAFT, "rule.call.onlyDraft", status);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public CallStatus getStatus() {
        return status;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public BigDecimal getCommonFundEur() {
        return commonFundEur;
    }

    public EligibilityRules getRules() {
        return rules;
    }

    public Set<ThematicArea> getThemes() {
        return Collections.unmodifiableSet(themes);
    }

    public List<Commitment> getCommitments() {
        return Collections.unmodifiableList(commitments);
    }

    public List<DeadlineExtension> getExtensions() {
        return Collections.unmodifiableList(extensions);
    }

    public List<CallDocument> getDocuments() {
        return Collections.unmodifiableList(documents);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Call other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    /** What a call says: title, summary and the thematic areas it addresses. */
    public record CallText(String title, String summary, Collection<ThematicArea> themes) {
        public CallText {
            Objects.requireNonNull(title);
            Objects.requireNonNull(summary);
            themes = List.copyOf(themes);
        }
    }

    /** When a call opens and when its deadline falls. */
    public record Schedule(Instant opensAt, Instant deadline) {
        public Schedule {
            Objects.requireNonNull(opensAt);
            Objects.requireNonNull(deadline);
        }

        /** A new or revised call's dates: the deadline ahead of {@code now}, both within the horizon around it. */
        void requireAhead(Instant now) {
            require(deadline.isAfter(now), "rule.call.deadlineInPast");
            require(!deadline.isAfter(horizon(now)) && !opensAt.isBefore(now.atZone(ZoneOffset.UTC).minus(HORIZON)
                    .toInstant()), "rule.call.beyondHorizon", HORIZON.getYears());
        }
    }

    private static Instant horizon(Instant now) {
        return now.atZone(ZoneOffset.UTC).plus(HORIZON).toInstant();
    }
}
