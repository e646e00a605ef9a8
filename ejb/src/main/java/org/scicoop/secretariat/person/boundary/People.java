package org.scicoop.secretariat.person.boundary;

import org.scicoop.secretariat.platform.boundary.Page;

/** A page of the administrators' list of people, and whether Keycloak answered for its rows. */
public record People(Page<PersonAccount> page, boolean keycloakAnswered) {
}
