package org.scicoop.secretariat.web.reference;

import org.scicoop.secretariat.reference.entity.OrganisationType;

import java.io.Serializable;

/**
 * An organisation as a person types it: name, country, type, city, ROR id. The administrators'
 * form ({@link OrganisationForm}) adds its constraints; applicants name a new partner organisation
 * with the same fields inside the larger proposal form, where they are checked only when the
 * organisation is added ({@code web.proposal.OrganisationPicker}).
 */
public class OrganisationFields implements Serializable {

    private String name;
    private String countryCode;
    private OrganisationType type;
    private String city;
    private String rorId;

    public OrganisationFields() {
    }

    public OrganisationFields(OrganisationType type) {
        this.type = type;
    }

    /** Whether a name, a country and a type are given (the ROR id and the city are optional). */
    public boolean isComplete() {
        return name != null && !name.isBlank() && countryCode != null && type != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public OrganisationType getType() {
        return type;
    }

    public void setType(OrganisationType type) {
        this.type = type;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRorId() {
        return rorId;
    }

    public void setRorId(String rorId) {
        this.rorId = rorId;
    }
}
