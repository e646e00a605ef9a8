package org.scicoop.secretariat.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.control.AuditTrail;
import org.scicoop.secretariat.platform.control.AuditTrail.Field;
import org.scicoop.secretariat.platform.control.AuditTrail.Track;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.project.entity.Narrative;
import org.scicoop.secretariat.project.entity.OutputKind;
import org.scicoop.secretariat.project.entity.Project;
import org.scicoop.secretariat.project.entity.ProjectState;
import org.scicoop.secretariat.project.entity.ReportStatus;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;

import java.util.List;

/**
 * A project's history (issue 14): the project (dates, zone, state, closing), its grants, its milestones (added, due
 * dates moved with their reason, states, late justifications) and their reports (versions saved, submitted, accepted or
 * returned with comments; outputs and attachments of drafts), by revision, newest first. A reader who may not read
 * drafts reads none of a draft's changes: a report's changes only once it is submitted, no draft's outputs or files.
 */
@Dependent
public class ProjectHistory {

    private static final String MILESTONES = "select m.id from project_milestone_aud m where m.project_id = ?1";
    private static final String REPORTS = "select r.id from milestone_report_aud r where r.milestone_id in ("
            + MILESTONES + ")";

    static final Track PROJECT = Track.of(null, "select a.rev, a.revtype, a.id, cast(null as varchar(1)), a.acronym,"
                    + " a.title, a.start_date, a.end_date, a.time_zone, a.state, a.close_reason from project_aud a"
                    + " where a.id = ?1",
            Field.of("acronym"), Field.of("title"), Field.of("startDate"), Field.of("endDate"), Field.of("timeZone"),
            Field.of("state", v -> ProjectState.valueOf(v.toString())), Field.of("closeReason"));

    static final Track GRANTS = Track.of("grant", "select a.rev, a.revtype, a.id, a.organisation_name, a.amount,"
                    + " a.currency from project_grant_aud a where a.project_id = ?1",
            Field.of("amount"), Field.of("currency"));

    static final Track MILESTONE = Track.of("milestone", "select a.rev, a.revtype, a.id, a.title, a.title, a.kind,"
                    + " a.due_date, a.move_reason, a.state, a.late_justification from project_milestone_aud a"
                    + " where a.project_id = ?1",
            Field.of("title"), Field.of("kind", v -> MilestoneKind.valueOf(v.toString())), Field.of("dueDate"),
            Field.of("moveReason"), Field.of("state", v -> MilestoneState.valueOf(v.toString())),
            Field.of("lateJustification")).noting("dueDate", "moveReason");

    static final Track REPORT = Track.of("report", "select a.rev, a.revtype, a.id, m.title, a.version_number,"
                    + " a.status, a.narrative, a.comments from milestone_report_aud a"
                    + " left join project_milestone m on m.id = a.milestone_id where a.milestone_id in (" + MILESTONES
                    + ")",
            Field.of("version"), Field.of("status", v -> ReportStatus.valueOf(v.toString())),
            Field.of("narrative", v -> Narrative.text(v.toString())), Field.of("comments")).versioned("version")
            .tellingOnAdd("narrative");

    static final Track OUTPUTS = Track.of("output", "select a.rev, a.revtype, a.id, coalesce(a.title, a.link), r.version_number,"
                    + " a.kind, a.link from report_output_aud a left join milestone_report r on r.id = a.report_id"
                    + " where a.report_id in (" + REPORTS + ")",
            Field.of("version"), Field.of("kind", v -> OutputKind.valueOf(v.toString())), Field.of("link"))
            .versioned("version");

    static final Track ATTACHMENTS = Track.of("attachment", "select a.rev, a.revtype, a.id, a.file_name,"
                    + " r.version_number from report_attachment_aud a left join milestone_report r on r.id = a.report_id"
                    + " where a.report_id in (" + REPORTS + ")",
            Field.of("version")).versioned("version");

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    /** The history as a reader who may ({@code drafts}) or may not read report drafts reads it. */
    public List<Change> of(Project project, boolean drafts) {
        return AuditTrail.history(em, project.getId(), tracks(drafts), callers::names);
    }

    static List<Track> tracks(boolean drafts) {
        if (drafts) {
            return List.of(PROJECT, GRANTS, MILESTONE, REPORT, OUTPUTS, ATTACHMENTS);
        }
        return List.of(PROJECT, GRANTS, MILESTONE,
                REPORT.visibleWhen(row -> row.get("status") != ReportStatus.DRAFT));
    }
}
