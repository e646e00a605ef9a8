package org.scicoop.secretariat.reference.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A thematic area's names in the programme's four languages. */
public record ThemeCommand(@NotBlank @Size(max = 120) String en, @NotBlank @Size(max = 120) String zh,
                           @NotBlank @Size(max = 120) String fr, @NotBlank @Size(max = 120) String es) {
}
