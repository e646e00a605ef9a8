package org.scicoop.secretariat.reference.boundary;

import java.io.Serializable;

/** A funding agency as forms offer it. */
public record AgencyView(Long id, String acronym, String name, String countryCode, String currency)
        implements Serializable {
}
