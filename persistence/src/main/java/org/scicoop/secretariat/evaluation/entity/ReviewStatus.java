package org.scicoop.secretariat.evaluation.entity;

/** A review's life cycle: NOT_STARTED → DRAFT → SUBMITTED, reopened to DRAFT until the consensus starts. */
public enum ReviewStatus {
    NOT_STARTED, DRAFT, SUBMITTED
}
