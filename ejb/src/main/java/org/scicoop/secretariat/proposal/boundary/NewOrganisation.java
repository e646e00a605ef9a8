package org.scicoop.secretariat.proposal.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.reference.entity.OrganisationType;

import java.io.Serializable;

/** An organisation not yet known to the programme, named by an applicant (an existing match is reused). */
public record NewOrganisation(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String countryCode,
        @NotNull OrganisationType type,
        @Size(max = 60) String rorId) implements Serializable {
}
