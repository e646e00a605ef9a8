package org.scicoop.secretariat.project.boundary;

import org.scicoop.secretariat.project.entity.MilestoneState;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A project in the portfolio: its summary and its milestones as marks along the period (the portfolio's compact
 * timeline), in due-date order. Made from the same batch-fetched milestones as the summary: no statement per row.
 */
public record ProjectLine(ProjectSummary summary, List<Mark> marks) implements Serializable {

    /** A milestone on the timeline: when it is due, its state, whether it is overdue now, and its title. */
    public record Mark(LocalDate dueDate, MilestoneState state, boolean overdue, String title) implements Serializable {
    }
}
