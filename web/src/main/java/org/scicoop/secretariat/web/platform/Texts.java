package org.scicoop.secretariat.web.platform;

import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;

import org.scicoop.secretariat.proposal.entity.Finding;
import org.scicoop.secretariat.reference.entity.Country;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way a reason becomes words: the resource bundle of the reader's language. Enum values
 * among the arguments are named by their own keys ({@code CallStatus.OPEN}), when the bundle has them, and a
 * field's {@link PlainText.Label} by its label.
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
            words[i] = word(bundle, locale, arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(words);
    }

    /** What a finding says, in the reader's language. */
    public static String of(Locale locale, Finding finding) {
        return of(locale, finding.messageKey(), finding.values().toArray());
    }

    private static Object word(ResourceBundle bundle, Locale locale, Object argument) {
        if (argument instanceof Enum<?> value) {
            return enumName(bundle, value);
        }
        if (argument instanceof PlainText.Label label) {
            return bundle.containsKey(label.key()) ? bundle.getString(label.key()) : label.key();
        }
        if (argument instanceof Finding.CountryName country) {
            return Country.displayName(country.code(), country.name(), locale);
        }
        return argument;
    }

    public static String of(Locale locale, RuleViolation violation) {
        return of(locale, violation.messageKey(), violation.arguments().toArray());
    }

    private static String enumName(ResourceBundle bundle, Enum<?> value) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }
}
