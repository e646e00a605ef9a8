package org.scicoop.secretariat.person.boundary;

import org.scicoop.secretariat.person.entity.Person;

import java.time.Instant;

/** What screens and the API show of a person. */
public record PersonView(String username, String displayName, String email, String countryCode,
                         String organisation, String zoneinfo, Instant firstLoginAt, Instant lastLoginAt) {

    static PersonView of(Person person) {
        return new PersonView(person.getUsername(), person.getDisplayName(), person.getEmail(), person.countryCode(),
                person.getOrganisation(), person.getZoneinfo(), person.getFirstLoginAt(), person.getLastLoginAt());
    }
}
