package org.scicoop.secretariat.proposal.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The proposal tiles of the caller's dashboard: a member's drafts with their deadlines, the proposals
 * officers have to screen, the proposals with a partner from a national contact's country.
 */
public record DashboardFigures(List<Draft> myDrafts, long toScreen, long myCountrysProposals) {

    public record Draft(long id, String acronym, String callCode, Instant deadline) {
    }
}
