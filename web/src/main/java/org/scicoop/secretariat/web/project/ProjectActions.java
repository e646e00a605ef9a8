package org.scicoop.secretariat.web.project;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.project.boundary.ProjectCommands;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.boundary.ProjectView;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.project.entity.ProjectState;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Refusals;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The officers' actions on the project page ({@link ProjectPage}), each shown only where the view's rights allow it:
 * the start date and zone (while movable), a new milestone, a due date moved with a reason, a submitted report
 * accepted or returned with comments, the project closed. Done: the page is loaded again with what happened (the
 * growl); refused: the message at the field (the inputs carry the command's field names) and in the dialog's
 * summary, everything typed kept; a change by someone else meanwhile: the conflict message, the typed values kept and
 * the project read again so that sending once more applies to what is there now.
 */
@Named
@ViewScoped
public class ProjectActions implements Serializable {

    @Inject
    ProjectService projects;

    @Inject
    ProjectPage page;

    private LocalDate startDate;
    private String timeZone;
    private String milestoneTitle;
    private MilestoneKind kind;
    private LocalDate milestoneDue;
    private Long responsibleId;
    private Long milestoneId;
    private LocalDate dueDate;
    private String reason;
    private String comments;
    private ProjectState outcome;
    private String closeReason;

    private ProjectView project() {
        return page.getProject();
    }

    public ProjectView.Rights getRights() {
        return project().rights();
    }

    /** A milestone whose due date may move: officers, an active project, the milestone not yet accepted. */
    public boolean movable(ProjectView.MilestoneView milestone) {
        return getRights().manage() && milestone.state() != MilestoneState.ACCEPTED;
    }

    /** A milestone with a submitted report to accept or return: officers, an active project. */
    public boolean reviewable(ProjectView.MilestoneView milestone) {
        return getRights().review() && milestone.state() == MilestoneState.SUBMITTED;
    }

    /** The start date dialog, filled with what the project has. */
    public void prepareStart() {
        startDate = project().startDate();
        timeZone = project().timeZone();
    }

    /** The due date or review dialog of one milestone. */
    public void choose(long id) {
        milestoneId = id;
        dueDate = project().milestones().stream().filter(m -> m.id() == id).findFirst()
                .map(ProjectView.MilestoneView::dueDate).orElse(null);
        reason = null;
        comments = null;
    }

    public String getChosenTitle() {
        return project().milestones().stream().filter(m -> milestoneId != null && m.id() == milestoneId).findFirst()
                .map(ProjectView.MilestoneView::title).orElse("");
    }

    public String saveStart() {
        return act(() -> projects.setStart(project().id(), project().version(),
                new ProjectCommands.StartDate(startDate, timeZone)), "project.start.done", "start-form:startDate");
    }

    public String addMilestone() {
        return act(() -> projects.addMilestone(project().id(), project().version(),
                        new ProjectCommands.NewMilestone(milestoneTitle, kind, milestoneDue, responsibleId)),
                "project.milestone.added", "milestone-form:dueDate");
    }

    public String moveDueDate() {
        return act(() -> projects.moveDueDate(project().id(), project().version(), milestoneId,
                new ProjectCommands.DueDate(dueDate, reason)), "project.move.done", "move-form:dueDate");
    }

    public String accept(long id) {
        return act(() -> projects.accept(project().id(), project().version(), id), "project.accept.done", null);
    }

    public String returnReport() {
        return act(() -> projects.returnReport(project().id(), project().version(), milestoneId,
                new ProjectCommands.Comments(comments)), "project.return.done", "return-form:comments");
    }

    public String close() {
        return act(() -> projects.close(project().id(), project().version(),
                new ProjectCommands.Closing(outcome, closeReason)), "project.close.done", "close-form:reason");
    }

    /** The zones an officer may choose from, by their IANA names. */
    public List<String> getZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList();
    }

    public MilestoneKind[] getKinds() {
        return MilestoneKind.values();
    }

    public List<ProjectState> getOutcomes() {
        return List.of(ProjectState.COMPLETED, ProjectState.TERMINATED);
    }

    private String act(Supplier<ProjectView> change, String done, String field) {
        ProjectView changed;
        try {
            changed = change.get();
        } catch (ConcurrentChange stale) {
            FacesContext context = FacesContext.getCurrentInstance();
            Refusals.refused(context.getExternalContext().getRemoteUser(), context.getViewRoot().getViewId(), 412,
                    stale);
            Messages.error("project.concurrentChange", stale.currentVersion());
            page.reload();
            return null;
        } catch (RuleViolation | NotFound refused) {
            Messages.refusedAt(field, refused);
            return null;
        } catch (EJBException invalid) {
            Messages.invalid(invalid, "project.action.invalid");
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(done, changed.acronym());
        return context.getViewRoot().getViewId() + "?faces-redirect=true&id=" + changed.id();
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public void setMilestoneTitle(String milestoneTitle) {
        this.milestoneTitle = milestoneTitle;
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public void setKind(MilestoneKind kind) {
        this.kind = kind;
    }

    public LocalDate getMilestoneDue() {
        return milestoneDue;
    }

    public void setMilestoneDue(LocalDate milestoneDue) {
        this.milestoneDue = milestoneDue;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public ProjectState getOutcome() {
        return outcome;
    }

    public void setOutcome(ProjectState outcome) {
        this.outcome = outcome;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}
