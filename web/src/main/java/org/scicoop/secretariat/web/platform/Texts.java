package org.scicoop.secretariat.web.platform;

import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way a reason becomes words: the resource bundle of the reader's language. Enum values
 * among the arguments are named by their own keys ({@code CallStatus.OPEN}), when the bundle has them.
 */
public final class Texts {

    public static final String BUNDLE = "org.scicoop.secretariat.web.messages";

    private Texts() {
    }

    public static String of(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException unknown) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] words = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            words[i] = arguments[i] instanceof Enum<?> value ? enumName(bundle, value) : arguments[i];
        }
        return new MessageFormat(pattern, locale).format(words);
    }

    public static String of(Locale locale, RuleViolation violation) {
        return of(locale, violation.messageKey(), violation.arguments().toArray());
    }

    private static String enumName(ResourceBundle bundle, Enum<?> value) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }
}
