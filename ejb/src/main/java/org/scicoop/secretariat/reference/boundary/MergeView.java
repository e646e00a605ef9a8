package org.scicoop.secretariat.reference.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A merge of a duplicate organisation into the one kept: what was merged, by whom, when. */
public record MergeView(Long keptId, String keptName, Long mergedId, String mergedName, String mergedRorId,
                        int referencesMoved, String mergedBy, Instant mergedAt) implements Serializable {
}
