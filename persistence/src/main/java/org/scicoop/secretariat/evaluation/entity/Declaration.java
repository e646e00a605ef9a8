package org.scicoop.secretariat.evaluation.entity;

/** What a reviewer declared about an assigned proposal before reading it. */
public enum Declaration {
    /** Not yet: the reviewer sees the proposal's title and acronym only. */
    PENDING,
    /** No conflict of interest: the reviewer reads and scores the proposal. */
    NO_CONFLICT,
    /** A conflict: the assignment goes back to the officers, who choose another reviewer. */
    CONFLICT
}
