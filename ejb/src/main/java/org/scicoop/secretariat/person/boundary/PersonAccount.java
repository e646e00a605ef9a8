package org.scicoop.secretariat.person.boundary;

import org.scicoop.secretariat.person.entity.Person;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A person the application knows (their record, written from their token at each sign-in) beside what Keycloak says
 * of their account now, for the administrators' list of people: {@code keycloakId} is the account's id ({@code sub}),
 * {@code consoleUrl} its page in the realm's admin console; {@code keycloak} is null when Keycloak could not be asked
 * (the list still shows what the application knows).
 */
public record PersonAccount(String username, String displayName, String email, String organisation, String language,
                            String countryCode, Instant lastLoginAt, String keycloakId, String consoleUrl,
                            Account keycloak) implements Serializable {

    static PersonAccount of(Person person, String consoleUrl, Account account) {
        return new PersonAccount(person.getUsername(), person.getDisplayName(), person.getEmail(),
                person.getOrganisation(), person.getLanguage(), person.countryCode(), person.getLastLoginAt(),
                person.getSubject(), consoleUrl, account);
    }

    /**
     * The account in Keycloak: whether it still exists, is enabled, its {@code country} attribute, the application's
     * realm roles it holds (directly or through a group; in {@code Roles.ALL}'s order), whether a one-time-code
     * authenticator is configured.
     */
    public record Account(boolean exists, boolean enabled, String country, List<String> roles,
                          boolean secondFactor) implements Serializable {

        public Account {
            roles = List.copyOf(roles);
        }

        /** An id Keycloak no longer knows: the account was deleted there. */
        public static Account gone() {
            return new Account(false, false, null, List.of(), false);
        }

        public boolean holds(String role) {
            return roles.contains(role);
        }
    }
}
