package org.scicoop.secretariat.project.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.platform.boundary.WorkItem;
import org.scicoop.secretariat.platform.control.Restriction;
import org.scicoop.secretariat.project.entity.Milestone;
import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.project.entity.ProjectState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the projects' homes show (issue 14): the milestones that need a member's report — due within
 * {@link #DUE_WITHIN_DAYS} days or overdue, and reports returned for a revision — and, for officers, the reports
 * waiting for their review. Only active projects; a member's are their consortia's ({@link ProjectAccess#mine}).
 * The boundary ({@code ProjectService.work}) decides who may ask.
 */
@Dependent
public class ProjectWork {

    /** How far ahead a member's home looks for milestones due. */
    public static final int DUE_WITHIN_DAYS = 30;

    /** A member's milestone work: the editor's reference, "project/milestone". */
    public static final String DUE = "milestone.due";
    public static final String RETURNED = "report.returned";
    /** An officer's: the project page's milestone, the same reference. */
    public static final String REVIEW = "report.review";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    /** The consortium's: milestones due soon or overdue without a report in, and reports returned. */
    public List<WorkItem> membersWork(Instant now) {
        List<WorkItem> items = new ArrayList<>();
        LocalDate horizon = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(DUE_WITHIN_DAYS);
        milestones(access.mine(), "m.state = :state and m.dueDate <= :horizon", MilestoneState.PLANNED, horizon)
                .forEach(m -> items.add(item(DUE, m)));
        milestones(access.mine(), "m.state = :state", MilestoneState.REVISION_REQUESTED, null)
                .forEach(m -> items.add(item(RETURNED, m)));
        return items;
    }

    /** The secretariat's: submitted reports waiting to be accepted or returned. */
    public List<WorkItem> officersWork() {
        return milestones(Restriction.NONE, "m.state = :state", MilestoneState.SUBMITTED, null).stream()
                .map(m -> item(REVIEW, m)).toList();
    }

    private List<Milestone> milestones(Restriction restriction, String condition, MilestoneState state,
                                       LocalDate horizon) {
        var query = em.createQuery("select m from Milestone m join fetch m.project p where p.state = :active and "
                        + condition + restriction.clause("and") + " order by m.dueDate, p.acronym, m.ordinal",
                        Milestone.class)
                .setParameter("active", ProjectState.ACTIVE)
                .setParameter("state", state)
                .setMaxResults(WorkItem.MAX_PER_KIND);
        if (horizon != null) {
            query.setParameter("horizon", horizon);
        }
        return restriction.bind(query).getResultList();
    }

    private static WorkItem item(String kind, Milestone milestone) {
        return new WorkItem(kind, reference(milestone.getProject().getId(), milestone.getId()),
                milestone.getProject().getAcronym(), milestone.getTitle(), milestone.getOverdueFrom(),
                milestone.getState(), 1);
    }

    /** The reference of a milestone's work item: {@code project/milestone}. */
    public static String reference(long projectId, long milestoneId) {
        return projectId + "/" + milestoneId;
    }
}
