package org.scicoop.secretariat.project.entity;

/**
 * A milestone's life cycle: {@code PLANNED → SUBMITTED → ACCEPTED | REVISION_REQUESTED → SUBMITTED …}. The rules are
 * {@link Milestone}'s.
 */
public enum MilestoneState {
    PLANNED, SUBMITTED, ACCEPTED, REVISION_REQUESTED;

    /** Whether the consortium may draft and submit a report now. */
    public boolean awaitsReport() {
        return this == PLANNED || this == REVISION_REQUESTED;
    }
}
