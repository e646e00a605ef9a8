package org.scicoop.secretariat.proposal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.person.entity.Person;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.NotAllowed;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.platform.boundary.WorkItem;
import org.scicoop.secretariat.platform.control.AuditTrail;
import org.scicoop.secretariat.platform.control.FileStore;
import org.scicoop.secretariat.platform.control.PagedQuery;
import org.scicoop.secretariat.platform.control.PdfContent;
import org.scicoop.secretariat.platform.control.ReceivedFile;
import org.scicoop.secretariat.platform.control.Restriction;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.platform.file.entity.DocumentFileName;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.control.AccountLinks;
import org.scicoop.secretariat.proposal.control.MemberAccounts;
import org.scicoop.secretariat.proposal.control.PartnerOrganisations;
import org.scicoop.secretariat.proposal.control.ProposalAccess;
import org.scicoop.secretariat.proposal.control.ProposalEditor;
import org.scicoop.secretariat.proposal.control.ProposalHistory;
import org.scicoop.secretariat.proposal.control.ProposalMail;
import org.scicoop.secretariat.proposal.control.ProposalReports;
import org.scicoop.secretariat.proposal.control.ProposalViews;
import org.scicoop.secretariat.proposal.entity.AttachmentKind;
import org.scicoop.secretariat.proposal.entity.Eligibility;
import org.scicoop.secretariat.proposal.entity.Finding;
import org.scicoop.secretariat.proposal.entity.Funding;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.proposal.entity.ProposalSubmission;
import org.scicoop.secretariat.reference.entity.Organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proposals: consortium members draft, submit, reopen and withdraw their consortium's proposals;
 * officers screen them; national contacts read the submitted ones of their country. Every method
 * declares who may call it, and every read or write checks that the caller may see the proposal
 * ({@link ProposalAccess}): another consortium's proposal does not exist for them.
 */
@Stateless
public class ProposalService {

    static final PagedQuery<Proposal> PROPOSALS = PagedQuery.of(Proposal.class, "p", "p.createdAt desc, p.id desc")
            .sortable("acronym", "p.acronym")
            .sortable("title", "p.title")
            .sortable("status", "p.status")
            .sortable("createdAt", "p.createdAt")
            .sortable("submittedAt", "p.submittedAt")
            .sortable("deadline", "p.call.deadline")
            .filterable("call", "p.call.code = :value", String::trim)
            .filterable("status", "p.status = :value", ProposalService::status)
            .filterable("country", "exists (select x from Partner x where x.proposal = p and x.country.code = :value)",
                    value -> value.trim().toUpperCase(Locale.ROOT))
            .filterable("theme", "exists (select t from p.call.themes t where t.code = :value)", String::trim)
            .filterable("text", "lower(p.acronym) like :value escape '\\' or lower(p.title) like :value escape '\\'",
                    PagedQuery::containsPattern);

    public static final int EXPORT_LIMIT = 50_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProposalHistory history;

    @Inject
    ProposalAccess access;

    @Inject
    ProposalViews views;

    @Inject
    PartnerOrganisations organisations;

    @Inject
    ProposalEditor editor;

    @Inject
    MemberAccounts accounts;

    @Inject
    AccountLinks links;

    @Inject
    ProposalReports reports;

    @Inject
    Event<ProposalMail.Submitted> submitted;

    @Inject
    Event<ProposalMail.Invited> invited;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** A new draft for an open (or forthcoming) call; the caller coordinates it. */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProposalView create(@NotNull @Valid CreateProposal command) {
        Call call = em.createNamedQuery(Call.BY_CODE, Call.class).setParameter("code", command.callCode())
                .getResultStream().filter(Call::isPublished).findFirst()
                .orElseThrow(() -> new NotFound("call " + command.callCode()));
        Organisation organisation = organisations.resolve(command.organisationId(), command.newOrganisation());
        Instant now = clock.instant();
        Proposal proposal = Proposal.draft(call, access.username(), command.acronym(), organisation, now);
        Partner coordinating = proposal.coordinatingPartner();
        Funding.Option option = Funding.options(call, coordinating.getCountry()).get(0);
        coordinating.fundedBy(option, null, now);
        em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", access.username()).getResultStream().findFirst()
                .ifPresent(person -> coordinating.describeInvestigator(person.getDisplayName(), person.getEmail(), now));
        em.persist(proposal);
        em.flush();
        return view(proposal);
    }

    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT,
            Roles.REVIEWER})
    public ProposalView get(long id) {
        return view(readable(id));
    }

    /** Replaces everything the coordinator edits (read at {@code expectedVersion}). */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProposalView replace(long id, long expectedVersion, @NotNull @Valid ProposalContent content) {
        Proposal proposal = coordinated(id, expectedVersion);
        editor.apply(proposal, content, clock.instant());
        return flushed(proposal, expectedVersion);
    }

    /**
     * What stands in the way of submitting {@code content}, without saving it: the same rules as
     * submission, for the editor to show as the applicant types.
     */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public List<Finding> check(long id, @NotNull @Valid ProposalContent content) {
        Proposal proposal = access.coordinated(em.find(Proposal.class, id), id);
        // The changes are made to see their findings, then rolled back: nothing is written. Marking the
        // transaction rollback-only before the work would make every later query fail (the connection
        // refuses statements in a transaction marked so), hence at the end; no flush meanwhile.
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            editor.apply(proposal, content, clock.instant());
            return Eligibility.check(proposal);
        } finally {
            context.setRollbackOnly();
        }
    }

    /** A partner's own data, changed by its investigator or the coordinator. */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProposalView updatePartner(long id, long partnerId, long expectedVersion,
                                      @NotNull @Valid PartnerCommand command) {
        Proposal proposal = readable(id);
        requireVersion(proposal, expectedVersion);
        Partner partner = proposal.partner(partnerId).orElseThrow(() -> new NotFound("partner " + partnerId));
        if (!access.mayEditPartner(proposal, partner)) {
            throw new NotAllowed("rule.proposal.coordinatorOnly");
        }
        boolean coordinator = proposal.isCoordinator(access.username());
        RuleViolation.require(coordinator || command.piEmail() == null
                        || command.piEmail().equalsIgnoreCase(Objects.requireNonNullElse(partner.getPiEmail(), "")),
                "rule.proposal.emailByCoordinator");
        if (!coordinator && command.piEmail() == null) {
            // a partner who sends no e-mail keeps the one the coordinator gave (they may not change it)
            command = new PartnerCommand(command.organisationId(), command.newOrganisation(), command.piName(),
                    partner.getPiEmail(), command.source(), command.agencyId(), command.requested(),
                    command.personMonths(), command.declarations());
        }
        editor.applyPartner(proposal, partner, command, clock.instant());
        return flushed(proposal, expectedVersion);
    }

    /**
     * Adds a PDF to the proposal: checked by content (a readable, unencrypted PDF) and size
     * ({@link Settings#maxProposalAttachmentBytes()}); its bytes go from their temporary file to the {@link FileStore}.
     */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProposalView attach(long id, long expectedVersion, @NotNull AttachmentKind kind,
                               @NotBlank @Size(max = 255) String fileName, @NotNull ReceivedFile content) {
        Proposal proposal = coordinated(id, expectedVersion);
        PdfContent.check(content, Settings.maxProposalAttachmentBytes());
        proposal.attach(kind, DocumentFileName.sanitise(fileName), files.store(content), content.size(),
                access.username(), clock.instant());
        return flushed(proposal, expectedVersion);
    }

    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProposalView detach(long id, long expectedVersion, long attachmentId) {
        Proposal proposal = coordinated(id, expectedVersion);
        proposal.detach(proposal.attachment(attachmentId).orElseThrow(() -> new NotFound("attachment " + attachmentId)),
                clock.instant());
        return flushed(proposal, expectedVersion);
    }

    /**
     * An attachment of a proposal the caller may read, in the working copy or in a submitted version
     * (every version keeps its files); no bytes when {@code knownSha256} names this very file.
     */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT,
            Roles.REVIEWER})
    public AttachmentFile attachment(long id, long attachmentId, String knownSha256) {
        Proposal proposal = readable(id);
        ProposalView.AttachmentView attachment = proposal.attachment(attachmentId).map(ProposalViews::attachment)
                .or(() -> submissions(proposal).stream()
                        .flatMap(s -> ProposalViews.content(s.getContent()).attachments().stream())
                        .filter(a -> a.id() == attachmentId)
                        .findFirst())
                .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        String caller = context.getCallerPrincipal().getName();
        if (!proposal.hasMember(caller)) {
            // a consortium's file read by someone outside it (the secretariat, a national contact, a reviewer)
            SecurityLog.info("file.download", caller, Map.of("proposal", id, "attachment", attachmentId));
        }
        return new AttachmentFile(attachment, attachment.sha256().equals(knownSha256)
                ? null : files.content(attachment.sha256()));
    }

    /**
     * Submits the proposal (read at {@code expectedVersion}) while its call accepts proposals, by the
     * server's clock: refused with every finding when something is missing or a rule fails. Keeps the
     * submitted version as it is, and e-mails the coordinator the receipt (in {@code language}).
     */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProposalView.SubmissionView submit(long id, long expectedVersion,
                                              @NotNull @Pattern(regexp = "[a-zA-Z-]{2,12}") String language) {
        Proposal proposal = coordinated(id, expectedVersion);
        proposal.submit(clock.instant());
        proposal.correspondIn(language);
        int number = submissions(proposal).size() + 1;
        String receipt = proposal.getCall().getCode() + "-P" + proposal.getId() + "-V" + number;
        ProposalSubmission submission = new ProposalSubmission(proposal, number, receipt, proposal.getSubmittedAt(),
                access.username(), ProposalViews.json(views.content(proposal)));
        em.persist(submission);
        flushed(proposal, expectedVersion);
        Partner coordinating = proposal.coordinatingPartner();
        submitted.fire(new ProposalMail.Submitted(coordinating.getPiEmail(), language, receipt, proposal.getAcronym(),
                proposal.getCall().getCode(), number, submission.getSubmittedAt(), proposal.getId(),
                Settings.appUrl()));
        return new ProposalView.SubmissionView(number, receipt, submission.getSubmittedAt(), access.username());
    }

    /** Back to editing before the deadline; the last submission counts until the next one. */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProposalView reopen(long id, long expectedVersion) {
        Proposal proposal = coordinated(id, expectedVersion);
        proposal.reopen(clock.instant());
        return flushed(proposal, expectedVersion);
    }

    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProposalView withdraw(long id, long expectedVersion) {
        Proposal proposal = coordinated(id, expectedVersion);
        proposal.withdraw(clock.instant());
        return flushed(proposal, expectedVersion);
    }

    /** The secretariat's eligibility screening of a submitted proposal, after the call's deadline. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ProposalView screen(long id, long expectedVersion, boolean eligible, @Size(max = 2000) String reasons) {
        Proposal proposal = readable(id);
        requireVersion(proposal, expectedVersion);
        proposal.screen(eligible, reasons, access.username(), clock.instant());
        return flushed(proposal, expectedVersion);
    }

    /**
     * Invites a partner's investigator: an account is linked to the partner only if it proved the address
     * ({@link MemberAccounts#ensureAccount}: found with the address verified and the consortium-member role, or
     * created for the address); otherwise nothing is linked and the secretariat is told. The investigator gets an
     * e-mail about the proposal either way; the coordinator is not told whether an account existed. Every
     * outcome is recorded ({@link #accountLinks}). At most {@link Settings#invitationsPerHour()} invitations per
     * coordinator an hour.
     */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProposalView invite(long id, long expectedVersion, long partnerId,
                               @NotNull @Pattern(regexp = "[a-zA-Z-]{2,12}") String language) {
        Proposal proposal = coordinated(id, expectedVersion);
        RuleViolation.require(proposal.getStatus().isEditable() && clock.instant().isBefore(proposal.getCall().getDeadline()),
                "rule.proposal.notEditable", proposal.getAcronym());
        Partner partner = proposal.partner(partnerId).orElseThrow(() -> new NotFound("partner " + partnerId));
        RuleViolation.require(!partner.isCoordinating(), "rule.proposal.coordinatorNotInvited");
        RuleViolation.require(partner.getPiEmail() != null && partner.getPiName() != null,
                "rule.proposal.investigatorMissing", partner.getOrganisation().getName());
        Instant now = clock.instant();
        RuleViolation.require(links.invitationsSince(access.username(), now.minus(Duration.ofHours(1)))
                < Settings.invitationsPerHour(), "rule.proposal.tooManyInvitations", Settings.invitationsPerHour());
        MemberAccounts.Answer answer = accounts.ensureAccount(MemberAccounts.Kind.CO_APPLICANT,
                MemberAccounts.Invitee.named(partner.getPiEmail(), partner.getPiName(), partner.getCountry().getCode(),
                        language));
        links.invited(partner, answer, access.username(), now);
        ProposalView invitedTo = flushed(proposal, expectedVersion);
        invited.fire(new ProposalMail.Invited(partner.getPiEmail(), language,
                Objects.requireNonNullElse(proposal.coordinatingPartner().getPiName(), access.username()),
                proposal.getAcronym(), proposal.getCall().getCode(), proposal.getId(), Settings.appUrl(),
                !answer.linked()));
        return invitedTo;
    }

    /**
     * The proposal's account history: every account linked to a partner, every invitation that could not link
     * one, every unlink, with who and when. The secretariat also reads why an invitation linked nothing.
     */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public List<AccountLinkView> accountLinks(long id) {
        return links.of(readable(id), access.seesAll());
    }

    /**
     * The proposal's history (Envers), newest first, a page at a time: who changed what and when. Readers of its
     * versions read it (reviewers read the proposal as it is, not how it came to be: they may not); national contacts,
     * who never read drafts, from its first submission on.
     */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public Page<Change> history(long id, @NotNull PageRequest request) {
        Proposal proposal = readable(id);
        boolean drafts = access.seesAll() || access.isMember() && proposal.hasMember(access.username());
        return AuditTrail.page(history.of(proposal, drafts), request);
    }

    /** The proposals of the consortia the caller belongs to (members), or that the caller may see. */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public Page<ProposalSummary> list(@NotNull PageRequest request) {
        Restriction restriction = access.restriction();
        return PROPOSALS.fetch(em, request, restriction.condition(), restriction.parameters(), views::summary);
    }

    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public List<ProposalSummary> export(@NotNull PageRequest request) {
        Restriction restriction = access.restriction();
        return PROPOSALS.fetchAll(em, request, restriction.condition(), restriction.parameters(), views::summary,
                EXPORT_LIMIT);
    }

    /**
     * The codes of the calls that have proposals the caller may see, latest deadline first: what the proposals list's
     * call filter offers (one query). A published call without proposals would only filter the list down to nothing,
     * and with thousands of calls the menu of every published call was most of the list page's weight.
     */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public List<String> callCodes() {
        Restriction restriction = access.restriction();
        return restriction.bind(em.createQuery("select c.code from Call c where exists (select p from Proposal p"
                + " where p.call = c" + restriction.clause("and") + ") order by c.deadline desc, c.code", String.class))
                .getResultList();
    }

    /** The submitted versions of a proposal the caller may read, newest first. */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public ReceiptView submission(long id, int number) {
        Proposal proposal = readable(id);
        ProposalSubmission submission = submissions(proposal).stream().filter(s -> s.getNumber() == number)
                .findFirst().orElseThrow(() -> new NotFound("submission " + number));
        return new ReceiptView(submission.getReceipt(), proposal.getId(), proposal.getAcronym(), proposal.getTitle(),
                proposal.getCall().getCode(), proposal.getCall().getTitle(), submission.getNumber(),
                submission.getSubmittedAt(), submission.getSubmittedBy(), views.name(submission.getSubmittedBy()),
                ProposalViews.content(submission.getContent()));
    }

    /**
     * A call's proposals that count (submitted, screened) by partner country and by income group:
     * proposals with a partner there, partners, and their requests in euros at today's rates (a
     * currency without a rate is left out of the sum).
     */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public ProposalFigures figures(@NotBlank String callCode) {
        return reports.figures(callCode);
    }

    /**
     * What needs the caller's action among the proposals they may see, for their home ({@link WorkItem}): drafts
     * with their deadlines, partner data to complete, submitted proposals and their state, open calls closing soon
     * (members); screening to do (officers); their country's submitted proposals (national contacts).
     */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public List<WorkItem> work() {
        return reports.work();
    }

    /** How many of the proposals the caller may see are in each state. */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public Map<ProposalStatus, Long> countsByStatus() {
        return reports.countsByStatus();
    }

    /**
     * When the proposal's working copy was last saved (by anyone), from its audit trail; empty when no save was
     * recorded (the demo data). The editor shows it as "saved at".
     */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public Optional<Instant> savedAt(long id) {
        Proposal proposal = readable(id);
        Object last = em.createNativeQuery("select max(r.changed_at) from proposal_aud a"
                        + " join audit_revision r on r.id = a.rev where a.id = ?1")
                .setParameter(1, proposal.getId()).getSingleResult();
        return Optional.ofNullable(last).map(millis -> Instant.ofEpochMilli(((Number) millis).longValue()));
    }

    // ---------------------------------------------------------------- internals

    private Proposal readable(long id) {
        return access.readable(em.find(Proposal.class, id), id);
    }

    private Proposal coordinated(long id, long expectedVersion) {
        Proposal proposal = access.coordinated(em.find(Proposal.class, id), id);
        requireVersion(proposal, expectedVersion);
        return proposal;
    }

    private static void requireVersion(Proposal proposal, long expectedVersion) {
        Versioned.require("proposal " + proposal.getId(), expectedVersion, proposal.getVersion());
    }

    private ProposalView flushed(Proposal proposal, long expectedVersion) {
        Versioned.flushAggregate(em, proposal, "proposal " + proposal.getId(), expectedVersion);
        return view(proposal);
    }

    private ProposalView view(Proposal proposal) {
        return views.view(proposal, submissions(proposal));
    }

    private List<ProposalSubmission> submissions(Proposal proposal) {
        if (proposal.getId() == null) {
            return List.of();
        }
        return em.createNamedQuery(ProposalSubmission.OF_PROPOSAL, ProposalSubmission.class)
                .setParameter("proposal", proposal).getResultList();
    }

    static ProposalStatus status(String value) {
        return BadInput.oneOf("status", ProposalStatus.class, value);
    }
}
