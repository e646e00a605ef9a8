package org.scicoop.secretariat.call.boundary;

import org.scicoop.secretariat.call.entity.CallState;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.call.entity.PublicPhase;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A row of a list of calls. */
public record CallSummary(String code, String title, CallStatus status, PublicPhase phase, Instant opensAt,
                          Instant deadline, List<String> themes, long version) implements Serializable {

    /** The call's state in the one vocabulary of every page (an opened call is forthcoming before it opens). */
    public CallState state() {
        return CallState.of(status, phase);
    }
}
