package org.scicoop.secretariat.platform.boundary;

import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A request that cannot be understood (a parameter outside its values, a malformed header, paging out of range):
 * 400 on the API, with a message key and its values, so that the caller reads why in their language. It is a
 * {@link RuleViolation} (the one exception that carries a reason to people) of the request's form rather than of
 * the programme's rules; any other {@link IllegalArgumentException} stays internal: its message never reaches a
 * client.
 */
public class BadInput extends RuleViolation {

    public BadInput(String messageKey, Object... arguments) {
        super(messageKey, arguments);
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
