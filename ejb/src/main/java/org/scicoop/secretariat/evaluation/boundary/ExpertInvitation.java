package org.scicoop.secretariat.evaluation.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.evaluation.entity.Expert;

import java.util.List;

/**
 * An officer invites a new expert by e-mail: who they are (name, e-mail), where they work (a known organisation, or
 * none; their country), what they review, and the language of the e-mails they get (en, zh, fr, es).
 */
public record ExpertInvitation(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        Long organisationId,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
        @NotNull @Size(max = Expert.MAX_THEMES) List<@NotBlank @Size(max = 40) String> expertise,
        @NotNull @Pattern(regexp = "en|zh|fr|es") String language) {
}
