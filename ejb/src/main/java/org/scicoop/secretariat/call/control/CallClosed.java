package org.scicoop.secretariat.call.control;

/**
 * A call closed at its deadline (fired synchronously, inside the closing transaction): whatever the
 * deadline settles (the proposals' counting versions) happens with the closing, or not at all. {@code closedAt}
 * is the instant it closed, by the server's clock.
 */
public record CallClosed(long callId, String code, java.time.Instant closedAt) {
}
