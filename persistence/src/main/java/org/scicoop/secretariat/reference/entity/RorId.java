package org.scicoop.secretariat.reference.entity;

import org.scicoop.secretariat.platform.rules.RuleViolation;

import java.util.Locale;

/**
 * The rules of a Research Organization Registry identifier: {@code 0}, six characters of Crockford's
 * base 32 (no i, l, o, u) and two check digits (ISO 7064 mod 97-10 over the first seven characters
 * read as a base-32 number). People paste either the id or its https://ror.org/ URL; the id is stored.
 */
public final class RorId {

    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final String URL_PREFIX = "ror.org/";

    private RorId() {
    }

    /**
     * The 9-character id in {@code input} (an id or a ROR URL, any case); null for blank input.
     * Refuses, with the reason, anything that is not a valid ROR id.
     */
    public static String normalise(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String id = input.trim().toLowerCase(Locale.ROOT);
        int url = id.indexOf(URL_PREFIX);
        if (url >= 0) {
            id = id.substring(url + URL_PREFIX.length());
            if (id.endsWith("/")) {
                id = id.substring(0, id.length() - 1);
            }
        }
        RuleViolation.require(id.matches(Organisation.ROR_PATTERN), "rule.organisation.rorFormat", input.trim());
        RuleViolation.require(checksum(id.substring(0, 7)) == Integer.parseInt(id.substring(7)),
                "rule.organisation.rorChecksum", id);
        return id;
    }

    /** The two check digits of the first seven characters of a ROR id. */
    static int checksum(String body) {
        long number = 0;
        for (char c : body.toCharArray()) {
            number = number * 32 + ALPHABET.indexOf(c);
        }
        return (int) (98 - (number * 100) % 97);
    }
}
