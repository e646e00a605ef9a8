package org.scicoop.secretariat.web.proposal;

import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.reference.entity.Country;

import java.util.Locale;

/**
 * What the proposal's preview ({@code WEB-INF/includes/proposal-preview.xhtml}) shows besides the proposal itself: its
 * coordinator by name, its budget in totals and countries in the reader's language. The editor's review step and the
 * reviewer's page show the same preview from it.
 */
public final class ProposalPreview {

    private final ProposalView view;
    private final Locale locale;
    private ProposalTotals totals;

    public ProposalPreview(ProposalView view, Locale locale) {
        this.view = view;
        this.locale = locale;
    }

    /** The coordinator by name (their partner's investigator), by username only where no name was given. */
    public String getCoordinatorName() {
        return view.coordinatorName();
    }

    /** The proposal's budget in totals. */
    public ProposalTotals getTotals() {
        if (totals == null) {
            totals = ProposalTotals.of(view.content().partners());
        }
        return totals;
    }

    public String countryName(String code) {
        return Country.displayName(code, code, locale);
    }
}
