package org.scicoop.secretariat.reference.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters for a funding agency. */
public record AgencyCommand(@NotBlank @Size(max = 30) String acronym,
                            @NotBlank @Size(max = 200) String name,
                            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String countryCode,
                            @NotBlank @Size(min = 3, max = 3) String currency,
                            @Size(max = 300) String website) {
}
