package org.scicoop.secretariat.call.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.scicoop.secretariat.call.entity.PublicPhase;

import java.util.Set;

/** Part of the public list of calls: the calls in {@code phases} (all published for none), a page of them. */
public record PublicSlice(@NotNull Set<PublicPhase> phases, @Min(0) int first,
                          @Min(1) @Max(CallService.MAX_PUBLIC_PAGE) int size) {

    public PublicSlice {
        phases = Set.copyOf(phases);
    }
}
