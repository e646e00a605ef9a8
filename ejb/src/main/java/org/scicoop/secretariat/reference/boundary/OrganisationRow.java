package org.scicoop.secretariat.reference.boundary;

import org.scicoop.secretariat.reference.entity.OrganisationType;

import java.io.Serializable;

/** An organisation as the administrators' list and form show it. */
public record OrganisationRow(Long id, String name, String countryCode, OrganisationType type, String city,
                              String rorId, long version) implements Serializable {

    public String rorUrl() {
        return rorId == null ? null : "https://ror.org/" + rorId;
    }
}
