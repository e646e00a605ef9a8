package org.scicoop.secretariat.person.entity;

import java.util.Objects;

/**
 * What the identity provider says about a person at login: the token's {@code sub},
 * {@code preferred_username}, names, e-mail, the profile attributes only administrators may set, and the language
 * of their account (the application's code — en, zh, fr, es — or null when the account has none).
 */
public record IdentityClaims(String subject, String username, String givenName, String familyName,
                             String email, String countryCode, String organisation, String zoneinfo,
                             String language) {

    /** Claims without a language (an account that chose none). */
    public IdentityClaims(String subject, String username, String givenName, String familyName, String email,
                          String countryCode, String organisation, String zoneinfo) {
        this(subject, username, givenName, familyName, email, countryCode, organisation, zoneinfo, null);
    }

    public IdentityClaims {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode.trim().toUpperCase();
    }

    /** "Given Family", or the username when the profile has no name. */
    public String displayName() {
        return displayName(givenName, familyName, username);
    }

    public static String displayName(String givenName, String familyName, String username) {
        String full = ((givenName == null ? "" : givenName.trim()) + " "
                + (familyName == null ? "" : familyName.trim())).trim();
        return full.isEmpty() ? username : full;
    }
}
