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
    private final String field;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = List.of(arguments);
        this.field = field;
    }

    /**
     * The same refusal about one field of the command, a JSON pointer into it as the API names fields ({@code /amount},
     * as {@code StrictJson} and the findings do): the API's problem
     * document lists it under {@code errors}, a page tells it beside the input named by its last segment.
     */
    public RuleViolation at(String field) {
        return new RuleViolation(Objects.requireNonNull(field), messageKey, arguments.toArray());
    }

    /** The command's field the refusal is about, or null when it is about the whole. */
    public String field() {
        return field;
    }

    /** The key of the message that explains the refusal, e.g. {@code rule.call.deadlineInPast}. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** Refuses with {@code messageKey} unless {@code condition} holds. */
    public static void require(boolean condition, String messageKey, Object... arguments) {
        if (!condition) {
            throw new RuleViolation(messageKey, arguments);
        }
    }

    /** Refuses with {@code messageKey} about {@code field} unless {@code condition} holds. */
    public static void requireAt(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            throw new RuleViolation(field, messageKey, arguments);
        }
    }
}
