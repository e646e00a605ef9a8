package org.scicoop.secretariat.call.control;

/**
 * A call closed at its deadline (fired synchronously, inside the closing transaction): whatever the
 * deadline settles (the proposals' counting versions) happens with the closing, or not at all.
 */
public record CallClosed(long callId, String code) {
}
