package org.scicoop.secretariat.reference.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.reference.entity.OrganisationType;

/** What an administrator enters for an organisation; the ROR id may be pasted as its URL. */
public record OrganisationCommand(@NotBlank @Size(max = 300) String name,
                                  @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String countryCode,
                                  @NotNull OrganisationType type,
                                  @Size(max = 120) String city,
                                  @Size(max = 200) String rorId) {
}
