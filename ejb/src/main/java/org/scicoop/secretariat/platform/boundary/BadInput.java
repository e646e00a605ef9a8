package org.scicoop.secretariat.platform.boundary;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request that cannot be understood (a parameter outside its values, a malformed header): 400 on
 * the API, with a message key and its values, so that the caller reads why in their language. Any
 * other {@link IllegalArgumentException} stays internal: its message never reaches a client.
 */
@ApplicationException(rollback = true)
public class BadInput extends IllegalArgumentException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public BadInput(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The constant of {@code type} that {@code text} names (any case), or a refusal listing the allowed values. */
    public static <E extends Enum<E>> E oneOf(String parameter, Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new BadInput("problem.input.oneOf", parameter,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
