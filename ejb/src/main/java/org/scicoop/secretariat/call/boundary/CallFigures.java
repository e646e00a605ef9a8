package org.scicoop.secretariat.call.boundary;

import org.scicoop.secretariat.call.entity.CallState;

import java.util.List;
import java.util.Map;

/**
 * Calls in figures for the homes: how many the caller may see in each state (every state present, in life-cycle
 * order; forthcoming and open as the public sees them), and the published calls whose deadlines come next.
 */
public record CallFigures(Map<CallState, Long> byState, List<CallSummary> nextDeadlines) {
}
