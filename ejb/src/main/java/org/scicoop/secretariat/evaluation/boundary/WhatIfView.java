package org.scicoop.secretariat.evaluation.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A what-if beside the current allocation: the same ranking with the officer's extra top-ups, threshold and
 * overrides, and the proposals whose outcome differs.
 */
public record WhatIfView(AllocationView current, AllocationView whatIf, List<Long> changed) implements Serializable {
}
