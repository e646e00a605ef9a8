package org.scicoop.secretariat.web.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.reference.boundary.AgencyCommand;
import org.scicoop.secretariat.reference.boundary.AgencyRow;

import java.io.Serializable;

/** A funding agency as the administrator types it (fields in the page's order). */
public class AgencyForm implements Serializable {

    @NotBlank
    @Size(max = 30)
    private String acronym;
    @NotBlank
    private String countryCode;
    @NotBlank
    @Size(min = 3, max = 3)
    private String currency;
    @NotBlank
    @Size(max = 200)
    private String name;
    @Size(max = 300)
    private String website;
    private long commitments;

    static AgencyForm of(AgencyRow row) {
        AgencyForm form = new AgencyForm();
        form.acronym = row.acronym();
        form.countryCode = row.countryCode();
        form.currency = row.currency();
        form.name = row.name();
        form.website = row.website();
        form.commitments = row.commitments();
        return form;
    }

    AgencyCommand command() {
        return new AgencyCommand(acronym, name, countryCode, currency, website);
    }

    /** Whether the currency is fixed: the agency has committed budgets in it. */
    public boolean isCurrencyFixed() {
        return commitments > 0;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
