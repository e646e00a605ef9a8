package org.scicoop.secretariat.call.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One recorded change of a call: who, when, and each field's value before and after. Field names
 * are stable keys ({@code title}, {@code deadline}, {@code commitment.NSFC} …) that pages translate; values
 * are what the call holds (texts, instants, numbers, states, and the themes as a list of codes that pages name).
 */
public record CallChange(long revision, Instant at, String username, List<FieldChange> fields) implements Serializable {

    public record FieldChange(String field, Object before, Object after) implements Serializable {
    }
}
