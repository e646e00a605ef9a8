package org.scicoop.secretariat.call.entity;

/**
 * What a call is to people at a given instant, in one vocabulary for every page, list, badge, export and figure
 * (issue 12): its {@link CallStatus}, except that an opened call is forthcoming before its opening instant and
 * closed from its deadline on (before the closing timer has run), as the public sees it ({@link PublicPhase}).
 */
public enum CallState {
    DRAFT,
    FORTHCOMING,
    OPEN,
    CLOSED,
    IN_EVALUATION,
    DECIDED,
    ARCHIVED,
    CANCELLED;

    /** The state of a call in {@code status} that the public sees in {@code phase} (null for a draft). */
    public static CallState of(CallStatus status, PublicPhase phase) {
        if (status == CallStatus.OPEN && phase != null) {
            return switch (phase) {
                case FORTHCOMING -> FORTHCOMING;
                case OPEN -> OPEN;
                case CLOSED -> CLOSED;
                case CANCELLED -> CANCELLED;
            };
        }
        return valueOf(status.name());
    }
}
