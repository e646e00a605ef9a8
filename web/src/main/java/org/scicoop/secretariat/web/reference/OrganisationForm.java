package org.scicoop.secretariat.web.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.reference.boundary.OrganisationCommand;
import org.scicoop.secretariat.reference.boundary.OrganisationRow;
import org.scicoop.secretariat.reference.entity.OrganisationType;

/**
 * The administrators' organisation form: the {@link OrganisationFields}, each checked beside its
 * input as {@link OrganisationCommand} requires (the constraints sit on the getters, so that the
 * applicants' use of the same fields is not checked with every save of their proposal).
 */
public class OrganisationForm extends OrganisationFields {

    static OrganisationForm of(OrganisationRow row) {
        OrganisationForm form = new OrganisationForm();
        form.setName(row.name());
        form.setCountryCode(row.countryCode());
        form.setType(row.type());
        form.setCity(row.city());
        form.setRorId(row.rorId());
        return form;
    }

    OrganisationCommand command() {
        return new OrganisationCommand(getName(), getCountryCode(), getType(), getCity(), getRorId());
    }

    @Override
    @NotBlank
    @Size(max = 300)
    public String getName() {
        return super.getName();
    }

    @Override
    @NotBlank
    public String getCountryCode() {
        return super.getCountryCode();
    }

    @Override
    @NotNull
    public OrganisationType getType() {
        return super.getType();
    }

    @Override
    @Size(max = 120)
    public String getCity() {
        return super.getCity();
    }

    @Override
    @Size(max = 200)
    public String getRorId() {
        return super.getRorId();
    }
}
