package org.scicoop.secretariat.project.boundary;

import org.scicoop.secretariat.project.entity.ProjectState;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A project in a list: enough to find it and see where it stands — its milestones by state, how many are overdue, and
 * the next one due (not yet accepted).
 */
public record ProjectSummary(long id, String acronym, String title, String callCode, ProjectState state,
                             String coordinatorName, List<String> countries, LocalDate startDate, LocalDate endDate,
                             int milestones, int accepted, int overdue, LocalDate nextDue, String nextMilestone)
                                     implements Serializable {
}
