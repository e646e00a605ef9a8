package org.scicoop.secretariat.web.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.boundary.Change;
import org.scicoop.secretariat.platform.boundary.Page;
import org.scicoop.secretariat.platform.boundary.PageRequest;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.web.platform.HistoryPage;

/** A proposal's history ({@code /app/proposals/history.xhtml?id=}, {@code ProposalService.history}). */
@Named
@ViewScoped
public class ProposalHistoryPage extends HistoryPage<ProposalView> {

    @Inject
    ProposalService proposals;

    @Override
    protected ProposalView read(long id) {
        return proposals.get(id);
    }

    @Override
    protected Page<Change> history(long id, PageRequest request) {
        return proposals.history(id, request);
    }

    @Override
    protected String what() {
        return "proposal";
    }
}
