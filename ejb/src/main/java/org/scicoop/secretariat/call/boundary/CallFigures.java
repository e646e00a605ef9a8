package org.scicoop.secretariat.call.boundary;

import org.scicoop.secretariat.call.entity.CallStatus;

import java.util.List;
import java.util.Map;

/** Calls in figures for the dashboards: how many in each state, and the next deadlines. */
public record CallFigures(Map<CallStatus, Long> byStatus, List<CallSummary> nextDeadlines) {
}
