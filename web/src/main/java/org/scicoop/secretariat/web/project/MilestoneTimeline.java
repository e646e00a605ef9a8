package org.scicoop.secretariat.web.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.scicoop.secretariat.project.boundary.ProjectView;
import org.scicoop.secretariat.project.entity.MilestoneState;

import java.util.List;

/**
 * How the members' timeline of milestones marks them (the project page): an icon beside each state's words, the next
 * milestone due (the first, in due order, still waiting for a report that is not yet overdue), and where a member
 * writes or reads its report.
 */
@Named
@ApplicationScoped
public class MilestoneTimeline {

    /** PrimeIcons' name for a state (decoration: the state is always also in words). */
    public String icon(MilestoneState state) {
        return switch (state) {
            case PLANNED -> "pi-calendar";
            case SUBMITTED -> "pi-send";
            case ACCEPTED -> "pi-check-circle";
            case REVISION_REQUESTED -> "pi-replay";
        };
    }

    /** The id of the next milestone due, or null when none waits. */
    public Long next(List<ProjectView.MilestoneView> milestones) {
        return milestones.stream().filter(m -> m.state().awaitsReport() && !m.overdue())
                .min(java.util.Comparator.comparing(ProjectView.MilestoneView::dueDate))
                .map(ProjectView.MilestoneView::id).orElse(null);
    }

    /** The report editor of a milestone (read-only once submitted). */
    public String editor(long projectId, ProjectView.MilestoneView milestone) {
        return "/app/projects/report.xhtml?project=" + projectId + "&milestone=" + milestone.id();
    }
}
