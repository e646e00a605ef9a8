package org.scicoop.secretariat.web.project;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.ConcurrentChange;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.PdfContent;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.project.boundary.ProjectCommands;
import org.scicoop.secretariat.project.boundary.ProjectService;
import org.scicoop.secretariat.project.boundary.ProjectView;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.project.entity.OutputKind;
import org.scicoop.secretariat.project.entity.ReportStatus;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.person.CurrentUser;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Pages;
import org.scicoop.secretariat.web.platform.Refusals;
import org.scicoop.secretariat.web.platform.UploadBudget;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The report editor of one milestone ({@code ?project=&milestone=}, optionally {@code &version=} to read an earlier
 * version): the consortium's members write the draft — the narrative as rich text (sanitised by the server, shown as
 * kept after each save), the outputs as rows, PDF attachments — save it, submit it, and say why an overdue milestone
 * is late. A returned version's comments are shown above the editor, earlier versions read-only; a submitted or
 * accepted milestone is read-only. Nothing typed is lost: a refused save keeps the form as typed and says why beside
 * the field the service names ({@code /narrative}, {@code /outputs/i/link}); a save over someone else's says so (the
 * proposal editor's conflict) and offers to load theirs. Others than the consortium's members get the styled 403; a
 * project they may not see, the 404.
 */
@Named
@ViewScoped
public class ReportEditor implements Serializable {

    static final String FORM = "report-form";
    private static final String FILE_FIELD = FORM + ":report-file";
    private static final String JUSTIFICATION_FIELD = "late-form:justification";

    @Inject
    ProjectService projects;

    @Inject
    LocaleBean locale;

    @Inject
    CurrentUser user;

    private String projectParameter;
    private String milestoneParameter;
    private String versionParameter;

    private long projectId;
    private long milestoneId;
    private ProjectView project;
    private ProjectView.MilestoneView milestone;
    /** The version read-only on the page: the one asked for, else the last when nothing may be written. */
    private ProjectView.ReportView shown;
    private boolean conflict;

    private String narrative;
    private List<OutputRow> rows = new ArrayList<>();
    private String justification;
    private transient UploadedFile file;

    public void load() throws IOException {
        if (project != null) {
            return;
        }
        Long id = Pages.id(projectParameter);
        Long milestoneAsked = Pages.id(milestoneParameter);
        try {
            if (id == null || milestoneAsked == null) {
                throw new NotFound("milestone");
            }
            projectId = id;
            milestoneId = milestoneAsked;
            show(projects.get(id), true);
            if (!isReporter() && !(user.hasRole(Roles.CONSORTIUM_MEMBER) && !user.hasRole(Roles.PROGRAMME_OFFICER)
                    && !user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.NATIONAL_CONTACT))) {
                FacesContext context = FacesContext.getCurrentInstance();
                Refusals.refused(context.getExternalContext().getRemoteUser(), "report editor of project " + id, 403,
                        new NotFound("the consortium's report"));
                context.getExternalContext().responseSendError(403, "the consortium's members only");
                context.responseComplete();
                return;
            }
            if (Pages.given(versionParameter)) {
                Long number = Pages.id(versionParameter);
                shown = milestone.reports().stream().filter(r -> number != null && r.number() == number
                        && r.status() != ReportStatus.DRAFT).findFirst().orElseThrow(() -> new NotFound("version"));
            }
        } catch (NotFound unknown) {
            Pages.notFound("milestone");
        }
    }

    /** The project as the server has it now; {@code fill}: the form too (else it keeps what was typed). */
    private void show(ProjectView current, boolean fill) {
        project = current;
        milestone = current.milestones().stream().filter(m -> m.id() == milestoneId).findFirst()
                .orElseThrow(() -> new NotFound("milestone " + milestoneId));
        conflict = false;
        shown = isEditable() ? null : last().orElse(null);
        if (fill) {
            ProjectView.ReportView source = getDraft() != null ? getDraft()
                    : milestone.state() == MilestoneState.REVISION_REQUESTED ? last().orElse(null) : null;
            narrative = source == null ? null : source.narrative();
            rows = new ArrayList<>(source == null ? List.of() : source.outputs().stream().map(OutputRow::of).toList());
            justification = milestone.lateJustification();
        }
    }

    private java.util.Optional<ProjectView.ReportView> last() {
        List<ProjectView.ReportView> reports = milestone.reports();
        return reports.stream().filter(r -> r.status() != ReportStatus.DRAFT).reduce((a, b) -> b);
    }

    // ---------------------------------------------------------------- the draft

    public void save() {
        if (saved()) {
            Messages.info("report.saved");
        }
    }

    /** Saves the narrative and the outputs at the version read; false, with the reason at its field, when refused. */
    boolean saved() {
        List<ProjectCommands.Output> outputs = new ArrayList<>();
        List<Integer> rowOfOutput = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < rows.size(); i++) {
            OutputRow row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            if (!row.hasLink()) {
                Messages.errorAt(FORM + ":outputs:" + i + ":link", "report.output.linkRequired");
                complete = false;
                continue;
            }
            outputs.add(row.command());
            rowOfOutput.add(i);
        }
        if (!complete) {
            return false;
        }
        return change(() -> projects.saveReport(projectId, project.version(), milestoneId,
                new ProjectCommands.ReportDraft(narrative, outputs)), true, rowOfOutput);
    }

    public void submit() {
        if (!saved()) {
            return;
        }
        if (change(() -> projects.submit(projectId, project.version(), milestoneId, locale.getLanguage().getCode()),
                true, List.of())) {
            Messages.info("report.submittedMessage", milestone.title());
        }
    }

    public void addOutput() {
        rows.add(new OutputRow());
    }

    public void removeOutput(OutputRow row) {
        rows.remove(row);
    }

    /** Saves what was typed (nothing is lost by the page's reload), then attaches the PDF, as a proposal's. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.refusedAt(FILE_FIELD, new RuleViolation("rule.document.empty"));
            return;
        }
        if (!saved()) {
            file = null;
            return;
        }
        long largest = Settings.maxProposalAttachmentBytes();
        try {
            PdfContent.checkSize(file.getSize(), largest);
            UploadedFile uploaded = file;
            if (!UploadBudget.receive(uploaded::getInputStream, largest, received -> show(projects.attach(projectId,
                    project.version(), milestoneId, uploaded.getFileName(), received), false))) {
                Messages.refusedAt(FILE_FIELD, new RuleViolation("problem.proposal.uploadsBusy"));
                return;
            }
            Messages.info("proposal.attachment.uploaded", uploaded.getFileName());
        } catch (RuleViolation refused) {
            Messages.refusedAt(FILE_FIELD, refused);
        } catch (ConcurrentChange changed) {
            conflicted(changed);
        } catch (NotFound refused) {
            Messages.refused(refused);
        } catch (EJBException invalid) {
            Messages.invalidAt(FILE_FIELD, invalid, "proposal.attachment.invalid");
        } finally {
            file = null;
        }
    }

    public void detach(long attachmentId) {
        if (change(() -> projects.detach(projectId, project.version(), milestoneId, attachmentId), false, List.of())) {
            Messages.info("proposal.attachment.removed");
        }
    }

    /** Says why the overdue milestone is late (its own small form). */
    public void justify() {
        if (justification == null || justification.isBlank()) {
            Messages.errorAt(JUSTIFICATION_FIELD, "report.late.required");
            return;
        }
        try {
            show(projects.justifyLate(projectId, project.version(), milestoneId,
                    new ProjectCommands.LateJustification(justification)), false);
            Messages.info("report.late.saved");
        } catch (ConcurrentChange changed) {
            conflicted(changed);
        } catch (RuleViolation | NotFound refused) {
            Messages.refusedAt(JUSTIFICATION_FIELD, refused);
        } catch (EJBException invalid) {
            Messages.invalid(invalid, "report.invalidInput");
        }
    }

    /** After a conflict: the report as saved by the other person (what this reader typed is dropped). */
    public void reload() {
        show(projects.get(projectId), true);
        Messages.info("report.reloaded");
    }

    /**
     * Runs a change of the draft; {@code fill}: take the narrative and outputs as the server kept them (sanitised,
     * DOIs normalised). A refusal about one field is said beside it: {@code rowOfOutput} maps the command's outputs to
     * the form's rows (empty rows are left out).
     */
    private boolean change(Supplier<ProjectView> change, boolean fill, List<Integer> rowOfOutput) {
        try {
            show(change.get(), fill);
            return true;
        } catch (ConcurrentChange changed) {
            return conflicted(changed);
        } catch (RuleViolation refused) {
            return Messages.refusedAt(fieldOf(refused, rowOfOutput), refused);
        } catch (NotFound refused) {
            return Messages.refused(refused);
        } catch (EJBException invalid) {
            return Messages.invalid(invalid, "report.invalidInput");
        }
    }

    /** The input a refusal names: the narrative, an output row's field; null for the page. */
    static String fieldOf(RuleViolation refused, List<Integer> rowOfOutput) {
        String field = refused.field();
        if (field == null) {
            return null;
        }
        String[] parts = field.split("/");
        if (parts.length == 4 && parts[1].equals("outputs") && parts[2].matches("[0-9]{1,3}")) {
            int index = Integer.parseInt(parts[2]);
            int row = index < rowOfOutput.size() ? rowOfOutput.get(index) : index;
            return FORM + ":outputs:" + row + ":" + parts[3];
        }
        return FORM + ":" + parts[parts.length - 1];
    }

    /** Someone else saved the project meanwhile: say so, keep what was typed, offer to load theirs. */
    private boolean conflicted(ConcurrentChange changed) {
        conflict = true;
        Messages.error("report.concurrentChange", changed.currentVersion());
        return false;
    }

    // ---------------------------------------------------------------- what the page asks

    /** A member of the consortium while the project is active. */
    public boolean isReporter() {
        return project != null && project.rights().report();
    }

    /** The draft may be written now: a member, the milestone awaiting a report, no earlier version asked for. */
    public boolean isEditable() {
        return isReporter() && milestone.state().awaitsReport() && !Pages.given(versionParameter);
    }

    /** An overdue milestone the consortium may say why it is late. */
    public boolean isJustifiable() {
        return isReporter() && milestone.overdue();
    }

    /** The open draft, if any. */
    public ProjectView.ReportView getDraft() {
        List<ProjectView.ReportView> reports = milestone.reports();
        return reports.isEmpty() || reports.get(reports.size() - 1).status() != ReportStatus.DRAFT ? null
                : reports.get(reports.size() - 1);
    }

    /** The comments of the version returned for this revision (shown above the editor). */
    public ProjectView.ReportView getReturned() {
        if (!isEditable()) {
            return null;
        }
        return last().filter(r -> r.status() == ReportStatus.RETURNED).orElse(null);
    }

    /** The versions submitted so far, newest first, each readable on its own. */
    public List<ProjectView.ReportView> getVersions() {
        List<ProjectView.ReportView> versions = new ArrayList<>(milestone.reports().stream()
                .filter(r -> r.status() != ReportStatus.DRAFT).toList());
        java.util.Collections.reverse(versions);
        return versions;
    }

    /** The attachments of the draft (or, before the first save of a revision, of the version it will copy). */
    public List<ProjectView.AttachmentView> getAttachments() {
        if (getDraft() != null) {
            return getDraft().attachments();
        }
        return getReturned() == null ? List.of() : getReturned().attachments();
    }

    public Instant getSavedAt() {
        return getDraft() == null ? null : getDraft().savedAt();
    }

    /** Where an attachment of this milestone's report is downloaded ({@link ReportFileServlet}). */
    public String path(ProjectView.AttachmentView attachment) {
        return "/app/projects/files/" + projectId + "/" + milestoneId + "/" + attachment.id() + "/"
                + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String versionPath(ProjectView.ReportView version) {
        return "/app/projects/report.xhtml?project=" + projectId + "&milestone=" + milestoneId + "&version="
                + version.number();
    }

    public long getMaxMegabytes() {
        return Settings.maxProposalAttachmentBytes() / (1024 * 1024);
    }

    public OutputKind[] getKinds() {
        return OutputKind.values();
    }

    public ProjectView getProject() {
        return project;
    }

    public ProjectView.MilestoneView getMilestone() {
        return milestone;
    }

    public ProjectView.ReportView getShown() {
        return shown;
    }

    public boolean isConflict() {
        return conflict;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public List<OutputRow> getRows() {
        return rows;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getProjectParameter() {
        return projectParameter;
    }

    public void setProjectParameter(String projectParameter) {
        this.projectParameter = projectParameter;
    }

    public String getMilestoneParameter() {
        return milestoneParameter;
    }

    public void setMilestoneParameter(String milestoneParameter) {
        this.milestoneParameter = milestoneParameter;
    }

    public String getVersionParameter() {
        return versionParameter;
    }

    public void setVersionParameter(String versionParameter) {
        this.versionParameter = versionParameter;
    }
}
