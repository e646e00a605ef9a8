package org.scicoop.secretariat.call.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.call.entity.CallDocument;
import org.scicoop.secretariat.call.entity.DocumentKind;

/** What an officer says about a file they upload; the bytes travel beside it. */
public record DocumentCommand(@NotBlank @Size(max = CallDocument.MAX_TITLE) String title,
                              @NotNull DocumentKind kind,
                              @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?") String language,
                              @Size(max = 255) String fileName) {
}
