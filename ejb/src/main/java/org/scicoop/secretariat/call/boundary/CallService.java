package org.scicoop.secretariat.call.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.call.control.CallAccess;
import org.scicoop.secretariat.call.control.CallClosingTimer;
import org.scicoop.secretariat.call.control.CallHistory;
import org.scicoop.secretariat.call.control.CallLookup;
import org.scicoop.secretariat.call.control.CallReports;
import org.scicoop.secretariat.call.control.CallViews;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallDocument;
import org.scicoop.secretariat.call.entity.CallState;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.call.entity.EligibilityRules;
import org.scicoop.secretariat.call.entity.PublicPhase;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.boundary.WorkItem;
import org.scicoop.secretariat.platform.control.FileStore;
import org.scicoop.secretariat.platform.control.PagedQuery;
import org.scicoop.secretariat.platform.control.PdfContent;
import org.scicoop.secretariat.platform.control.ReceivedFile;
import org.scicoop.secretariat.platform.control.Restriction;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Calls for proposals. Only programme officers create and change them; the secretariat,
 * administrators, reviewers and national contacts read every call; consortium members and the
 * public read published calls.
 */
@Stateless
public class CallService {

    private static final PagedQuery<Call> CALLS = PagedQuery.of(Call.class, "c", "c.deadline desc, c.code")
            .sortable("code", "c.code")
            .sortable("title", "c.title")
            .sortable("status", "c.status")
            .sortable("opensAt", "c.opensAt")
            .sortable("deadline", "c.deadline")
            .filterable("status", "c.status = :value", CallService::status)
            .filterable("theme", "exists (select t from c.themes t where t.code = :value)", String::trim)
            .filterable("year", "year(c.deadline) = :value", CallService::year)
            .filterable("text", "lower(c.code) like :value escape '\\' or lower(c.title) like :value escape '\\'",
                    PagedQuery::containsPattern);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallAccess access;

    @Inject
    CallLookup calls;

    @Inject
    CallViews views;

    @EJB
    CallClosingTimer closing;

    @Inject
    CallHistory history;

    @Inject
    CallReports reports;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public CallView create(@NotNull @Valid CallCommand command) {
        RuleViolation.require(byCode(command.code()) == null, "rule.call.codeTaken", command.code());
        Call call = Call.draft(command.code(), text(command, Set.of()), schedule(command), rules(command), clock.instant());
        applyBudget(call, command);
        em.persist(call);
        em.flush();
        return views.of(call);
    }

    /**
     * Revises a call the caller read at {@code expectedVersion}. If someone saved it since, nothing
     * changes and {@link ConcurrentChange} says so. A draft changes freely; an open call only in its
     * texts (its deadline moves by {@link #extendDeadline}).
     */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public CallView update(@NotBlank String code, long expectedVersion, @NotNull @Valid CallCommand command) {
        Call call = existing(code, expectedVersion);
        RuleViolation.require(code.equals(command.code()), "rule.call.codeImmutable");
        call.revise(text(command, call.getThemes()), schedule(command), rules(command), clock.instant());
        if (call.getStatus() == CallStatus.DRAFT) {
            applyBudget(call, command);
        }
        return flushed(call, expectedVersion);
    }

    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public CallView open(@NotBlank String code, long expectedVersion) {
        Call call = existing(code, expectedVersion);
        call.open(clock.instant());
        closing.schedule(call);
        return flushed(call, expectedVersion);
    }

    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public CallView extendDeadline(@NotBlank String code, long expectedVersion, @NotNull Instant newDeadline,
                                   @NotBlank @Size(max = 1000) String reason) {
        Call call = existing(code, expectedVersion);
        call.extendDeadline(newDeadline, reason, access.username(), clock.instant());
        closing.schedule(call);
        return flushed(call, expectedVersion);
    }

    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public CallView cancel(@NotBlank String code, long expectedVersion, @NotBlank @Size(max = 1000) String reason) {
        Call call = existing(code, expectedVersion);
        call.cancel(reason, clock.instant());
        closing.cancel(code);
        return flushed(call, expectedVersion);
    }

    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public CallView cloneAsDraft(@NotBlank String code, @NotBlank @Size(max = 40) String newCode) {
        Call original = existing(code);
        RuleViolation.require(newCode.matches(Call.CODE_PATTERN), "rule.call.codePattern");
        RuleViolation.require(byCode(newCode) == null, "rule.call.codeTaken", newCode);
        Call clone = original.cloneAsDraft(newCode, clock.instant());
        em.persist(clone);
        em.flush();
        return views.of(clone);
    }

    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.REVIEWER, Roles.NATIONAL_CONTACT,
            Roles.CONSORTIUM_MEMBER})
    public CallView get(@NotBlank String code) {
        return views.of(access.readable(byCode(code), code));
    }

    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.REVIEWER, Roles.NATIONAL_CONTACT,
            Roles.CONSORTIUM_MEMBER})
    public Page<CallSummary> list(@NotNull PageRequest request) {
        Restriction restriction = access.restriction();
        return CALLS.fetch(em, request, restriction.condition(), restriction.parameters(), views::summary);
    }

    /** The codes of the published calls, latest deadline first: what a list's call filter offers (one query). */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.REVIEWER, Roles.NATIONAL_CONTACT})
    public List<String> publishedCodes() {
        return em.createQuery("select c.code from Call c where " + CallAccess.PUBLISHED_ONLY
                + " order by c.deadline desc, c.code", String.class).getResultList();
    }

    /** The most rows one export carries: the whole filtered list for any realistic programme. */
    public static final int EXPORT_LIMIT = 50_000;

    /** Every call the filters select (not just a page) that the caller may see, for exports. Not for applicants. */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.REVIEWER, Roles.NATIONAL_CONTACT})
    public List<CallSummary> export(@NotNull PageRequest request) {
        Restriction restriction = access.restriction();
        return CALLS.fetchAll(em, request, restriction.condition(), restriction.parameters(), views::summary,
                EXPORT_LIMIT);
    }

    /**
     * Adds a PDF to a draft or open call. The bytes must be a readable, unencrypted PDF (checked by
     * content, not by name) of at most {@link Settings#maxDocumentBytes()}; the call takes at most
     * {@link Call#MAX_DOCUMENTS}, and not the same file twice. The bytes go to the {@link FileStore}.
     */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public CallView attachDocument(@NotBlank String code, long expectedVersion, @NotNull @Valid DocumentCommand command,
                                   @NotNull ReceivedFile content) {
        Call call = existing(code, expectedVersion);
        PdfContent.check(content, Settings.maxDocumentBytes());
        call.attachDocument(new CallDocument.Upload(command.title(), command.kind(), command.language(),
                command.fileName(), files.store(content), content.size()), access.username(), clock.instant());
        return flushed(call, expectedVersion);
    }

    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public CallView removeDocument(@NotBlank String code, long expectedVersion, long documentId) {
        Call call = existing(code, expectedVersion);
        call.removeDocument(call.document(documentId).orElseThrow(() -> new NotFound("document " + documentId)));
        return flushed(call, expectedVersion);
    }

    /**
     * A document of a call the caller may read (drafts: not for members). Its bytes are left out when
     * {@code knownSha256} names this very file.
     */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.REVIEWER, Roles.NATIONAL_CONTACT,
            Roles.CONSORTIUM_MEMBER})
    public DocumentFile document(@NotBlank String code, long documentId, String knownSha256) {
        return file(access.readable(byCode(code), code), documentId, knownSha256);
    }

    /** A document of a published call, for anyone; a draft's documents do not exist for the public. */
    @PermitAll
    public DocumentFile publishedDocument(@NotBlank String code, long documentId, String knownSha256) {
        return file(access.published(byCode(code), code), documentId, knownSha256);
    }

    private DocumentFile file(Call call, long documentId, String knownSha256) {
        CallDocument document = call.document(documentId).orElseThrow(() -> new NotFound("document " + documentId));
        CallView.DocumentView view = views.document(call, document);
        return new DocumentFile(view,
                document.getSha256().equals(knownSha256) ? null : files.content(document.getSha256()));
    }

    /** The most calls one public page or API response lists. */
    public static final int MAX_PUBLIC_PAGE = 200;

    /**
     * Published calls in the given public phases (every published call for none), for anyone: open
     * data, a page at a time. Open and forthcoming calls come soonest deadline first; a list that
     * includes the archive comes latest deadline first. The count and the page share one transaction.
     */
    @PermitAll
    public Page<CallSummary> published(@NotNull Set<PublicPhase> phases, @Min(0) int first,
                                       @Min(1) @Max(MAX_PUBLIC_PAGE) int size) {
        return slice(new PublicSlice(phases, first, size), false);
    }

    /**
     * Several lists of published calls in one transaction, for a page that shows several (the public
     * list: open, forthcoming, archive). A slice that starts past the end of its list gives the last page.
     */
    @PermitAll
    public List<Page<CallSummary>> published(@NotNull List<@NotNull @Valid PublicSlice> slices) {
        return slices.stream().map(slice -> slice(slice, true)).toList();
    }

    private Page<CallSummary> slice(PublicSlice slice, boolean lastPageWhenBeyond) {
        Set<PublicPhase> phases = slice.phases();
        String where = " from Call c where " + CallAccess.PUBLISHED_ONLY + (phases.isEmpty() ? ""
                : phases.stream().map(CallReports::phase).collect(Collectors.joining(") or (", " and ((", "))")));
        boolean upcoming = !phases.isEmpty()
                && Set.of(PublicPhase.OPEN, PublicPhase.FORTHCOMING).containsAll(phases);
        boolean usesNow = phases.stream().anyMatch(phase -> phase != PublicPhase.CANCELLED);
        Instant now = clock.instant();
        TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
        TypedQuery<Call> page = em.createQuery("select c" + where
                + (upcoming ? " order by c.deadline, c.code" : " order by c.deadline desc, c.code"), Call.class);
        if (usesNow) {
            count.setParameter("now", now);
            page.setParameter("now", now);
        }
        long total = count.getSingleResult();
        int first = slice.first();
        if (total <= first) {
            if (!lastPageWhenBeyond || total == 0) {
                return new Page<>(List.of(), total);
            }
            first = (int) ((total - 1) / slice.size() * slice.size());
        }
        // a list, not a stream: the themes of the whole page then load in one batch
        return new Page<>(page.setFirstResult(first).setMaxResults(slice.size()).getResultList().stream()
                .map(views::summary).toList(), total);
    }

    /** Every recorded change of a call: who, when, which field from what to what. Not for applicants. */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.REVIEWER, Roles.NATIONAL_CONTACT})
    public List<CallChange> history(@NotBlank String code) {
        return history.of(access.readable(byCode(code), code));
    }

    /** A published call, for anyone; drafts do not exist for the public. */
    @PermitAll
    public CallView publishedCall(@NotBlank String code) {
        return views.of(access.published(byCode(code), code));
    }

    /**
     * How many calls the caller may see are in each state (an opened call counts as forthcoming, open or closed
     * as the public sees it), and the open ones whose deadlines come next.
     */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.REVIEWER, Roles.NATIONAL_CONTACT,
            Roles.CONSORTIUM_MEMBER})
    public CallFigures figures() {
        return reports.figures();
    }

    /**
     * What needs the caller's action among the calls, for their home ({@link WorkItem}): for officers the drafts to
     * open and the open calls closing within two weeks; for a national contact the same of the calls their
     * country's agency commits to. Other roles have no work on calls.
     */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.REVIEWER, Roles.NATIONAL_CONTACT,
            Roles.CONSORTIUM_MEMBER})
    public List<WorkItem> work() {
        return reports.work();
    }

    private CallView flushed(Call call, long expectedVersion) {
        Versioned.flushAggregate(em, call, "call " + call.getCode(), expectedVersion);
        return views.of(call);
    }

    /** The call to change, as the caller read it at {@code expectedVersion}. */
    private Call existing(String code, long expectedVersion) {
        Call call = existing(code);
        Versioned.require("call " + code, expectedVersion, call.getVersion());
        return call;
    }

    private Call existing(String code) {
        return calls.existing(code);
    }

    private Call byCode(String code) {
        return calls.byCode(code);
    }

    /**
     * The call's texts and themes. A deactivated thematic area is no longer chosen for a call; a call
     * that already has it keeps it ({@code current}).
     */
    private Call.CallText text(CallCommand command, Set<ThematicArea> current) {
        // at most CallCommand.MAX_THEMES distinct codes reach the query's IN list
        Set<String> codes = new java.util.LinkedHashSet<>(command.themes());
        List<ThematicArea> themes = em.createQuery("select t from ThematicArea t where t.code in :codes",
                        ThematicArea.class)
                .setParameter("codes", codes).getResultList();
        Set<String> found = new HashSet<>(themes.stream().map(ThematicArea::getCode).toList());
        codes.stream().filter(code -> !found.contains(code)).findFirst()
                .ifPresent(unknown -> {
                    throw new RuleViolation("rule.call.unknownTheme", unknown);
                });
        themes.stream().filter(t -> !t.isActive() && !current.contains(t)).findFirst()
                .ifPresent(inactive -> {
                    throw new RuleViolation("rule.call.inactiveTheme", inactive.getCode());
                });
        return new Call.CallText(command.title().trim(), command.summary().trim(), themes);
    }

    private static Call.Schedule schedule(CallCommand command) {
        return new Call.Schedule(command.opensAt(), command.deadline());
    }

    private static EligibilityRules rules(CallCommand command) {
        return new EligibilityRules(command.minPartners(), command.minCountries(),
                command.developingPartnerRequired(), command.coordinatorCountryFunds(), command.maxDurationMonths());
    }

    private void applyBudget(Call call, CallCommand command) {
        call.commitCommonFund(command.commonFundEur());
        Set<Long> committed = new HashSet<>();
        for (CallCommand.CommitmentCommand commitment : command.commitments()) {
            FundingAgency agency = em.find(FundingAgency.class, commitment.agencyId());
            RuleViolation.require(agency != null, "rule.call.unknownAgency", commitment.agencyId());
            RuleViolation.require(committed.add(agency.getId()), "rule.call.agencyTwice", agency.getAcronym());
            call.commit(agency, commitment.amount(), commitment.maxRequestPerPartner());
        }
        call.getCommitments().stream().map(c -> c.getAgency()).filter(a -> !committed.contains(a.getId())).toList()
                .forEach(call::withdrawCommitment);
    }

    private static Object status(String text) {
        return BadInput.oneOf("status", CallStatus.class, text);
    }

    private static Object year(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInput("problem.input.year");
        }
    }
}
