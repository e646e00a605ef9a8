package org.scicoop.secretariat.call.entity;

/** Life cycle of a call: DRAFT → OPEN → CLOSED → IN_EVALUATION → DECIDED → ARCHIVED; CANCELLED from DRAFT or OPEN. */
public enum CallStatus {
    DRAFT,
    OPEN,
    CLOSED,
    IN_EVALUATION,
    DECIDED,
    ARCHIVED,
    CANCELLED
}
