package org.scicoop.secretariat.project.boundary;

import org.scicoop.secretariat.project.entity.MilestoneState;
import org.scicoop.secretariat.proposal.entity.MilestoneKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's calendar feed: the due dates of the milestones of every project they may report on, and the language
 * they chose when they made the feed's address (a calendar app sends none).
 */
public record CalendarView(String language, List<DueDate> dueDates) {

    /**
     * A milestone's due date: a calendar day in the project's time zone (overdue from the end of that day there).
     * {@code revision} grows with every change of the milestone (a moved date, a new state), so that a calendar
     * replaces its copy; {@code closed} says the project was closed before the milestone was accepted.
     */
    public record DueDate(long milestoneId, long projectId, String acronym, String title, MilestoneKind kind,
                          LocalDate dueDate, String timeZone, MilestoneState state, boolean overdue, boolean closed,
                          long revision) {
    }
}
