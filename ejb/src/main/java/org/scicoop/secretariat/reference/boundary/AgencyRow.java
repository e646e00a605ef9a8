package org.scicoop.secretariat.reference.boundary;

import java.io.Serializable;

/** A funding agency as administrators edit it, with how many call commitments it has. */
public record AgencyRow(Long id, String acronym, String name, String countryCode, String currency, String website,
                        long version, long commitments) implements Serializable {
}
