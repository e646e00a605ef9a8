package org.scicoop.secretariat.project.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.Change;
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
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.platform.file.entity.DocumentFileName;
import org.scicoop.secretariat.project.control.ProjectAccess;
import org.scicoop.secretariat.project.control.ProjectHistory;
import org.scicoop.secretariat.project.control.ProjectMail;
import org.scicoop.secretariat.project.control.ProjectReports;
import org.scicoop.secretariat.project.control.ProjectWork;
import org.scicoop.secretariat.project.control.ProjectViews;
import org.scicoop.secretariat.project.entity.Milestone;
import org.scicoop.secretariat.project.entity.Project;
import org.scicoop.secretariat.project.entity.ProjectState;
import org.scicoop.secretariat.project.entity.Report;
import org.scicoop.secretariat.project.entity.ReportStatus;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Projects and milestones (issue 14): the consortium's members draft and submit reports on their projects'
 * milestones and say why one is late; officers accept or return reports, set the start date, add milestones, move due
 * dates and close projects; national contacts read their country's projects, administrators all. Every method
 * declares who may call it, and every read or write goes through {@link ProjectAccess}: another consortium's project
 * does not exist for the caller. Every change names the project's version it was read at ({@link Versioned}).
 */
@Stateless
public class ProjectService {

    static final PagedQuery<Project> PROJECTS = PagedQuery.of(Project.class, "p", "p.startDate desc, p.id desc")
            .sortable("acronym", "p.acronym")
            .sortable("title", "p.title")
            .sortable("state", "p.state")
            .sortable("call", "p.call.code")
            .sortable("startDate", "p.startDate")
            .sortable("endDate", "p.endDate")
            .filterable("call", "p.call.code = :value", String::trim)
            .filterable("state", "p.state = :value", value -> BadInput.oneOf("state", ProjectState.class, value))
            .filterable("country", "exists (select x from Partner x where x.proposal = p.proposal"
                    + " and x.country.code = :value)", value -> value.trim().toUpperCase(Locale.ROOT))
            .filterable("text", "lower(p.acronym) like :value escape '\\' or lower(p.title) like :value escape '\\'",
                    PagedQuery::containsPattern);

    private static final String ACCEPTED = "org.scicoop.secretariat.project.entity.MilestoneState.ACCEPTED";

    /** At most this many projects in an export (the portfolio's whole filtered list). */
    public static final int EXPORT_LIMIT = 50_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectReports reports;

    @Inject
    Callers callers;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectViews views;

    @Inject
    ProjectHistory history;

    @Inject
    FileStore files;

    @Inject
    ProjectWork work;

    @Inject
    Event<ProjectMail.Submitted> submitted;

    @Inject
    Event<ProjectMail.Reviewed> reviewed;

    @Inject
    Clock clock;

    /** The projects of the consortia the caller belongs to ("My projects"); filters as {@link #list}. */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public Page<ProjectSummary> mine(@NotNull PageRequest request) {
        return page(request, access.mine());
    }

    /**
     * The projects the caller may see, a page at a time: officers and administrators all (the portfolio), national
     * contacts those with a partner of their country, members their own. Filters: {@code call}, {@code state},
     * {@code country}, {@code text}, {@code overdue=true} (a milestone overdue now), {@code due=this-month} (a
     * milestone not yet accepted due this calendar month, UTC).
     */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public Page<ProjectSummary> list(@NotNull PageRequest request) {
        return page(request, access.restriction());
    }

    /**
     * The portfolio (officers and administrators: every project; national contacts: those with a partner of their
     * country): the list's filters, each project with its milestones as marks along its period.
     */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public Page<ProjectLine> portfolio(@NotNull PageRequest request) {
        Instant now = clock.instant();
        Restriction where = filtered(request, access.restriction(), now);
        return PROJECTS.fetch(em, request, where.condition(), where.parameters(), p -> ProjectViews.line(p, now));
    }

    /** Every project the portfolio's filters select (at most {@link #EXPORT_LIMIT}), for its exports. */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public List<ProjectSummary> export(@NotNull PageRequest request) {
        Instant now = clock.instant();
        Restriction where = filtered(request, access.restriction(), now);
        return PROJECTS.fetchAll(em, request, where.condition(), where.parameters(),
                p -> ProjectViews.summary(p, now), EXPORT_LIMIT);
    }

    /**
     * The portfolio's figures over the projects its {@code filters} select among those the caller may see (officers
     * and administrators: all; national contacts: their country's): milestones by state, overdue by country, granted
     * euros by country and theme.
     */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public ProjectFigures figures(@NotNull Map<String, String> filters) {
        Instant now = clock.instant();
        PageRequest request = new PageRequest(0, 1, null, true, filters);
        return reports.figures(PROJECTS.restriction(filters, filtered(request, access.restriction(), now)), now);
    }

    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public ProjectView get(long id) {
        return view(readable(id));
    }

    /** The versions of a milestone's report the caller may read (drafts: the consortium and officers only). */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public List<ProjectView.ReportView> reports(long id, long milestoneId) {
        Project project = readable(id);
        Milestone milestone = milestone(project, milestoneId);
        boolean drafts = seesDrafts(project);
        return milestone.getReports().stream().filter(r -> drafts || r.getStatus() != ReportStatus.DRAFT)
                .map(r -> ProjectViews.report(r, new HashSet<>())).toList();
    }

    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public ProjectView.ReportView report(long id, long milestoneId, int number) {
        Project project = readable(id);
        return ProjectViews.report(visibleReport(project, milestone(project, milestoneId), number), new HashSet<>());
    }

    /**
     * A file of a report version the caller may read (every version keeps its files); no bytes when
     * {@code knownSha256} names this very file.
     */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public ReportFile attachment(long id, long milestoneId, long attachmentId, String knownSha256) {
        Project project = readable(id);
        boolean drafts = seesDrafts(project);
        ProjectView.AttachmentView attachment = milestone(project, milestoneId).getReports().stream()
                .filter(r -> drafts || r.getStatus() != ReportStatus.DRAFT)
                .flatMap(r -> r.attachment(attachmentId).stream()).findFirst().map(ProjectViews::attachment)
                .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        return new ReportFile(attachment, attachment.sha256().equals(knownSha256)
                ? null : files.content(attachment.sha256()));
    }

    /**
     * The project's history (Envers), newest first, a page at a time: its dates, milestones and reports — who changed
     * what and when. Report drafts only for those who read drafts (the consortium, officers).
     */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public Page<Change> history(long id, @NotNull PageRequest request) {
        Project project = readable(id);
        return AuditTrail.page(history.of(project, seesDrafts(project)), request);
    }

    /**
     * What needs the caller's action (the home's work): for a member, their consortia's milestones due within 30
     * days or overdue without a report in and reports returned for a revision; for an officer, the reports waiting
     * for a review. Others: nothing.
     */
    @RolesAllowed({Roles.CONSORTIUM_MEMBER, Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public List<WorkItem> work() {
        List<WorkItem> items = new ArrayList<>();
        if (access.isMember()) {
            items.addAll(work.membersWork(clock.instant()));
        }
        if (access.isOfficer()) {
            items.addAll(work.officersWork());
        }
        return items;
    }

    // ---------------------------------------------------------------- the secretariat's work

    /** A new start date (and zone), while no report has been submitted; the milestones move with it. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ProjectView setStart(long id, long expectedVersion, @NotNull @Valid ProjectCommands.StartDate command) {
        Project project = managed(id, expectedVersion);
        project.startOn(command.startDate(), zone(command.timeZone()));
        return flushed(project, expectedVersion);
    }

    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ProjectView addMilestone(long id, long expectedVersion,
                                    @NotNull @Valid ProjectCommands.NewMilestone command) {
        Project project = managed(id, expectedVersion);
        Partner responsible = command.responsibleId() == null ? null
                : project.getProposal().partner(command.responsibleId())
                .orElseThrow(() -> new BadInput("problem.project.unknownPartner", command.responsibleId()));
        project.addMilestone(command.title(), command.kind(), command.dueDate(), responsible);
        return flushed(project, expectedVersion);
    }

    /** Moves a milestone's due date, with the reason (audited). */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ProjectView moveDueDate(long id, long expectedVersion, long milestoneId,
                                   @NotNull @Valid ProjectCommands.DueDate command) {
        Project project = managed(id, expectedVersion);
        milestone(project, milestoneId).move(command.dueDate(), command.reason());
        return flushed(project, expectedVersion);
    }

    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ProjectView close(long id, long expectedVersion, @NotNull @Valid ProjectCommands.Closing command) {
        Project project = managed(id, expectedVersion);
        project.close(command.state(), command.reason(), access.username(), clock.instant());
        return flushed(project, expectedVersion);
    }

    /** Accepts the submitted report; the consortium's members are told. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ProjectView accept(long id, long expectedVersion, long milestoneId) {
        Project project = managed(id, expectedVersion);
        Milestone milestone = milestone(project, milestoneId);
        Report report = milestone.accept(access.username(), clock.instant());
        tellMembers(project, milestone, report, true);
        return flushed(project, expectedVersion);
    }

    /** Returns the submitted report with comments for a revision; the consortium's members are told. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ProjectView returnReport(long id, long expectedVersion, long milestoneId,
                                    @NotNull @Valid ProjectCommands.Comments command) {
        Project project = managed(id, expectedVersion);
        Milestone milestone = milestone(project, milestoneId);
        Report report = milestone.requestRevision(command.comments(), access.username(), clock.instant());
        tellMembers(project, milestone, report, false);
        return flushed(project, expectedVersion);
    }

    // ---------------------------------------------------------------- the consortium's work

    /** Keeps the report draft (a new version after a return, a copy of the last one) as written. */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProjectView saveReport(long id, long expectedVersion, long milestoneId,
                                  @NotNull @Valid ProjectCommands.ReportDraft command) {
        Project project = reported(id, expectedVersion);
        milestone(project, milestoneId).draft().write(command.narrative(), command.domain(), access.username(),
                clock.instant());
        return flushed(project, expectedVersion);
    }

    /**
     * Adds a PDF to the report draft: checked by content and size ({@link Settings#maxProposalAttachmentBytes()}, as
     * a proposal's attachments); its bytes go to the {@link FileStore}.
     */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProjectView attach(long id, long expectedVersion, long milestoneId,
                              @NotBlank @Size(max = 255) String fileName, @NotNull ReceivedFile content) {
        Project project = reported(id, expectedVersion);
        Milestone milestone = milestone(project, milestoneId);
        Report draft = milestone.draft();
        PdfContent.check(content, Settings.maxProposalAttachmentBytes());
        draft.attach(DocumentFileName.sanitise(fileName), files.store(content), content.size(), access.username(),
                clock.instant());
        return flushed(project, expectedVersion);
    }

    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProjectView detach(long id, long expectedVersion, long milestoneId, long attachmentId) {
        Project project = reported(id, expectedVersion);
        Report draft = milestone(project, milestoneId).currentDraft()
                .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        draft.detach(draft.attachment(attachmentId).orElseThrow(() -> new NotFound("attachment " + attachmentId)),
                access.username(), clock.instant());
        return flushed(project, expectedVersion);
    }

    /** Submits the draft; the officer in charge is told (in {@code language}, the submitter's). */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProjectView submit(long id, long expectedVersion, long milestoneId,
                              @NotNull @Pattern(regexp = "[a-zA-Z-]{2,12}") String language) {
        Project project = reported(id, expectedVersion);
        Milestone milestone = milestone(project, milestoneId);
        Report report = milestone.submit(access.username(), clock.instant());
        String officerEmail = project.getOfficer() == null ? null : callers.email(project.getOfficer()).orElse(null);
        submitted.fire(new ProjectMail.Submitted(officerEmail, language, project.getAcronym(), milestone.getTitle(),
                report.getNumber(), milestone.getDueDate().toString(), project.getId(), Settings.appUrl()));
        return flushed(project, expectedVersion);
    }

    /** Says why an overdue milestone is late. */
    @RolesAllowed(Roles.CONSORTIUM_MEMBER)
    public ProjectView justifyLate(long id, long expectedVersion, long milestoneId,
                                   @NotNull @Valid ProjectCommands.LateJustification command) {
        Project project = reported(id, expectedVersion);
        milestone(project, milestoneId).justifyLate(command.justification(), clock.instant());
        return flushed(project, expectedVersion);
    }

    // ---------------------------------------------------------------- internals

    private Page<ProjectSummary> page(PageRequest request, Restriction restriction) {
        Instant now = clock.instant();
        Restriction where = filtered(request, restriction, now);
        return PROJECTS.fetch(em, request, where.condition(), where.parameters(), p -> ProjectViews.summary(p, now));
    }

    /** The caller's restriction with the filters that are not plain fields ({@code overdue}, {@code due}). */
    private static Restriction filtered(PageRequest request, Restriction restriction, Instant now) {
        StringBuilder condition = new StringBuilder(Objects.requireNonNullElse(restriction.condition(), "1 = 1"));
        Map<String, Object> parameters = new HashMap<>(restriction.parameters());
        String overdue = request.filters().get("overdue");
        if (overdue != null && !overdue.isBlank()) {
            if (!overdue.strip().equals("true")) {
                throw new BadInput("problem.project.filter", "overdue", "true");
            }
            condition.append(" and ").append(ProjectReports.HAS_OVERDUE);
            parameters.put("now", now);
        }
        String due = request.filters().get("due");
        if (due != null && !due.isBlank()) {
            if (!due.strip().equals("this-month")) {
                throw new BadInput("problem.project.filter", "due", "this-month");
            }
            LocalDate first = LocalDate.ofInstant(now, ZoneOffset.UTC).withDayOfMonth(1);
            condition.append(" and exists (select d from Milestone d where d.project = p and d.state <> " + ACCEPTED
                    + " and d.dueDate >= :monthStart and d.dueDate < :monthEnd)");
            parameters.put("monthStart", first);
            parameters.put("monthEnd", first.plusMonths(1));
        }
        return new Restriction(condition.toString(), parameters);
    }

    private Project readable(long id) {
        return access.readable(em.find(Project.class, id), id);
    }

    private Project managed(long id, long expectedVersion) {
        Project project = access.managed(em.find(Project.class, id), id);
        Versioned.require("project " + id, expectedVersion, project.getVersion());
        return project;
    }

    private Project reported(long id, long expectedVersion) {
        Project project = access.reported(em.find(Project.class, id), id);
        Versioned.require("project " + id, expectedVersion, project.getVersion());
        return project;
    }

    private static Milestone milestone(Project project, long milestoneId) {
        return project.milestone(milestoneId).orElseThrow(() -> new NotFound("milestone " + milestoneId));
    }

    private boolean seesDrafts(Project project) {
        return access.isOfficer() || access.isMemberOf(project);
    }

    private Report visibleReport(Project project, Milestone milestone, int number) {
        return milestone.report(number).filter(r -> seesDrafts(project) || r.getStatus() != ReportStatus.DRAFT)
                .orElseThrow(() -> new NotFound("report " + number));
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new BadInput("problem.project.timeZone", timeZone.strip());
        }
    }

    private void tellMembers(Project project, Milestone milestone, Report report, boolean accepted) {
        Proposal proposal = project.getProposal();
        List<String> emails = proposal.getPartners().stream()
                .filter(p -> p.isCoordinating() || p.getMember() != null)
                .map(Partner::getPiEmail).filter(Objects::nonNull).distinct().toList();
        reviewed.fire(new ProjectMail.Reviewed(emails, Objects.requireNonNullElse(proposal.getLanguage(), "en"),
                project.getAcronym(), milestone.getTitle(), report.getNumber(), accepted, report.getComments(),
                project.getId(), Settings.appUrl()));
    }

    private ProjectView flushed(Project project, long expectedVersion) {
        Versioned.flushAggregate(em, project, "project " + project.getId(), expectedVersion);
        return view(project);
    }

    private ProjectView view(Project project) {
        boolean member = access.isMemberOf(project);
        boolean officer = access.isOfficer();
        boolean active = project.getState() == ProjectState.ACTIVE;
        ProjectView.Rights rights = new ProjectView.Rights(member && active, officer && active, officer && active,
                officer && project.isStartMovable());
        return views.view(project, clock.instant(), rights, member || officer);
    }
}
