package org.scicoop.secretariat.call.entity;

/** How a published call looks to the public at a given instant. */
public enum PublicPhase {
    /** Opened by the secretariat, but its opening instant has not come yet. */
    FORTHCOMING,
    /** Accepting proposals until its deadline. */
    OPEN,
    /** Past its deadline: in the archive. */
    CLOSED,
    CANCELLED
}
