package org.scicoop.secretariat.platform.rules;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Objects;

/**
 * A business rule refused what was asked: the one exception that carries a reason to people. It
 * names the rule by a message key (resolved in the reader's language by the web tier and the API)
 * and the values the message needs. The transaction is rolled back; nothing is half-done.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;
    private String field;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = List.of(arguments);
    }

    /** The key of the message that explains the refusal, e.g. {@code rule.call.deadlineInPast}. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /**
     * Names the field the refusal is about, as a JSON pointer into the command the caller sent (e.g.
     * {@code /email}); the API's problem document then names it, a page shows it beside the field.
     */
    public RuleViolation at(String pointer) {
        this.field = pointer;
        return this;
    }

    /** The field the refusal is about ({@link #at}); null when it is about the whole request. */
    public String field() {
        return field;
    }

    /** Refuses with {@code messageKey} unless {@code condition} holds. */
    public static void require(boolean condition, String messageKey, Object... arguments) {
        if (!condition) {
            throw new RuleViolation(messageKey, arguments);
        }
    }
}
