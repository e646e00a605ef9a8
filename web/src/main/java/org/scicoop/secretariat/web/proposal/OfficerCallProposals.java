package org.scicoop.secretariat.web.proposal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.web.person.CurrentUser;

import java.util.HashMap;
import java.util.Map;

/** How many proposals of a call the reader may see, for the link from the call's page to its list. */
@Named
@RequestScoped
public class OfficerCallProposals {

    @Inject
    ProposalService proposals;

    @Inject
    CurrentUser user;

    private final Map<String, Long> counts = new HashMap<>();

    /** Whether the reader has a list of proposals (reviewers have none yet). */
    public boolean isAvailable() {
        return user.hasRole(Roles.PROGRAMME_OFFICER) || user.hasRole(Roles.ADMIN)
                || user.hasRole(Roles.NATIONAL_CONTACT);
    }

    public long count(String callCode) {
        return counts.computeIfAbsent(callCode, code -> proposals.list(
                new PageRequest(0, 1, null, true, Map.of("call", code))).total());
    }
}
