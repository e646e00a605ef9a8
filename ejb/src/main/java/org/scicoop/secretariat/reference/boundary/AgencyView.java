package org.scicoop.secretariat.reference.boundary;

/** A funding agency as forms offer it. */
public record AgencyView(Long id, String acronym, String name, String countryCode, String currency) {
}
