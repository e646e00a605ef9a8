package org.scicoop.secretariat.evaluation.control;

import org.scicoop.secretariat.evaluation.entity.FundingDecision;

import java.time.Instant;

/**
 * A call's funding decision was recorded, fired inside the deciding transaction: what follows from it (the funded
 * proposals' projects) is made in the same transaction, or nothing is.
 */
public record FundingDecided(FundingDecision decision, Instant at) {
}
