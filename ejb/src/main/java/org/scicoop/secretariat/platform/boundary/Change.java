package org.scicoop.secretariat.platform.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One recorded revision of a thing (a proposal, a project), as its history reader shows it: who made it (username, and
 * the display name; {@code system} for timers and migrations), when, and what changed. Field names are stable keys
 * ({@code title}, {@code partner.requested}, {@code milestone.dueDate}, {@code report.status} …) that pages translate;
 * a part added or removed is the field of its kind ({@code partner}, {@code attachment}) with its name after or before.
 */
public record Change(long revision, Instant at, String username, String name, List<FieldChange> fields)
        implements Serializable {

    public Change {
        fields = List.copyOf(fields);
    }

    /**
     * One field of one part: {@code subject} names the part (an organisation, a milestone's title; none for the thing
     * itself), {@code version} a report's version number where the part is one, {@code note} what was said with the
     * change (the reason given for a new due date).
     */
    public record FieldChange(String subject, Integer version, String field, Object before, Object after, String note)
            implements Serializable {

        public static FieldChange of(String field, Object before, Object after) {
            return new FieldChange(null, null, field, before, after, null);
        }
    }
}
