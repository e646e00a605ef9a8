package org.scicoop.secretariat.web.proposal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.proposal.boundary.AccountLinkView;
import org.scicoop.secretariat.proposal.boundary.ProposalService;

import java.util.List;

/**
 * A proposal's account history (who linked which investigator's account, when, and what became of invitations
 * that could link none), read once per request for the page that includes it.
 */
@Named
@RequestScoped
public class AccountHistoryView {

    @Inject
    ProposalService proposals;

    private Long read;
    private List<AccountLinkView> links = List.of();

    /** The history of the proposal with this id; empty when there is none the reader may see. */
    public List<AccountLinkView> of(Long id) {
        if (id != null && !id.equals(read)) {
            read = id;
            try {
                links = proposals.accountLinks(id);
            } catch (NotFound unknown) {
                links = List.of();
            }
        }
        return links;
    }
}
