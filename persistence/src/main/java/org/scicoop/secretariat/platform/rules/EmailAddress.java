package org.scicoop.secretariat.platform.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as Keycloak and mail servers take it: a dot-atom local part of ASCII letters, digits and
 * {@code !#$%&'*+/=?^_`{|}~-} (no quoted strings, no comments, no spaces), at most 64 characters, then {@code @} and a
 * host name of at least two labels (letters, digits, inner hyphens, each at most 63 characters), the last not
 * numeric, at most 254 characters in all. RFC 5322 allows more ({@code "<script>alert(1)</script>"@example.org}),
 * but Keycloak refuses it and many servers do, so an invitation to it could never reach anyone. Addresses are kept
 * in lower case: people type them in any case and mean one mailbox.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL
            + ")*\\.(?:[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]|[A-Za-z])");

    private EmailAddress() {
    }

    /** The address in lower case, null for null or blank; refused ({@code rule.email.invalid}) when not usable. */
    public static String normalise(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String address = value.strip();
        int at = address.lastIndexOf('@');
        boolean valid = address.length() <= MAX_LENGTH && at > 0 && at <= 64 && ADDRESS.matcher(address).matches();
        RuleViolation.require(valid, "rule.email.invalid");
        return address.toLowerCase(Locale.ROOT);
    }
}
