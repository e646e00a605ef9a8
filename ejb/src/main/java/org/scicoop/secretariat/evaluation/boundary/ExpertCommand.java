package org.scicoop.secretariat.evaluation.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.evaluation.entity.Expert;

import java.util.List;

/**
 * An expert of the reviewer pool as an officer records them: the account's username (an account with Keycloak's
 * reviewer role), name, e-mail, organisation (a known one, or none), country, and the thematic areas they review.
 */
public record ExpertCommand(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        Long organisationId,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
        @NotNull @Size(max = Expert.MAX_THEMES) List<@NotBlank @Size(max = 40) String> expertise) {
}
