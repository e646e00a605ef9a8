package org.scicoop.secretariat.web.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.proposal.boundary.NewOrganisation;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory.OrganisationChoice;
import org.scicoop.secretariat.proposal.boundary.ProposalContent;
import org.scicoop.secretariat.proposal.boundary.ProposalService;
import org.scicoop.secretariat.proposal.boundary.ProposalView;
import org.scicoop.secretariat.reference.boundary.ReferenceDataService;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Messages;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partners step of the proposal page: the partners as the reader edits them (their budget too,
 * see {@link ProposalBudget}), adding one through the {@link OrganisationPicker}, removing one, and
 * inviting a partner's investigator.
 */
@Named
@ViewScoped
public class ProposalPartners implements Serializable {

    @Inject
    ProposalPage page;

    @Inject
    ProposalBudget budget;

    @Inject
    ProposalMilestones milestones;

    @Inject
    ProposalService proposals;

    @Inject
    OrganisationDirectory directory;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    LocaleBean locale;

    private final List<PartnerRow> rows = new ArrayList<>();
    private final OrganisationPicker picker = new OrganisationPicker();
    private Map<String, Boolean> developing;

    /** Fills the step from the proposal as the server has it. */
    void show(List<ProposalView.PartnerView> partners) {
        rows.clear();
        for (ProposalView.PartnerView partner : partners) {
            rows.add(PartnerRow.of(partner, budget.options(partner.countryCode())));
        }
    }

    /** The partners as the service takes them. */
    List<ProposalContent.Entry> entries() {
        return rows.stream().map(row -> new ProposalContent.Entry(row.getId(), row.command())).toList();
    }

    public void searchOrganisations() {
        picker.search(directory);
    }

    public void pickOrganisation(long organisationId) {
        OrganisationChoice chosen = picker.result(organisationId);
        if (chosen != null) {
            add(PartnerRow.added(chosen.id(), null, chosen.name(), chosen.countryCode(),
                    isDeveloping(chosen.countryCode()), budget.options(chosen.countryCode())));
        }
    }

    public void pickNewOrganisation() {
        if (picker.isNewOrganisationValid("proposal-form")) {
            NewOrganisation organisation = picker.newOrganisation();
            add(PartnerRow.added(null, organisation, organisation.name(), organisation.countryCode(),
                    isDeveloping(organisation.countryCode()), budget.options(organisation.countryCode())));
        }
    }

    private void add(PartnerRow row) {
        rows.add(row);
        picker.clear();
        Messages.info("proposal.partner.added", row.getOrganisation());
        page.check();
    }

    public void remove(PartnerRow row) {
        int index = rows.indexOf(row);
        if (index <= 0 || row.isCoordinating()) {
            return;
        }
        rows.remove(index);
        milestones.partnerRemoved(index);
        Messages.info("proposal.partner.removed", row.getOrganisation());
        page.check();
    }

    /** Invites the partner's investigator (the form is saved first: the invitation goes to the saved e-mail). */
    public void invite(PartnerRow row) {
        if (!page.saved()) {
            return;
        }
        PartnerRow current = rows.stream().filter(p -> row.getId() != null && row.getId().equals(p.getId()))
                .findFirst().orElse(null);
        if (current == null) {
            return;
        }
        page.act(() -> proposals.invite(page.getId(), page.getView().version(), current.getId(),
                        locale.getLanguage().getCode()),
                "proposal.invited", current.getPiEmail());
        page.show(page.getView());
    }

    private boolean isDeveloping(String countryCode) {
        if (developing == null) {
            developing = new HashMap<>();
            referenceData.countries().forEach(c -> developing.put(c.code(), c.developing()));
        }
        return developing.getOrDefault(countryCode, false);
    }

    /** A partner named by its position, as a milestone's responsible partner. */
    public String label(Integer index) {
        if (index == null || index < 0 || index >= rows.size()) {
            return Texts.of(locale.getLocale(), "value.none");
        }
        return rows.get(index).getOrganisation();
    }

    /** The partners' positions, the choices of a milestone's responsible partner. */
    public List<Integer> getIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    public List<PartnerRow> getRows() {
        return rows;
    }

    public OrganisationPicker getPicker() {
        return picker;
    }

    /** What the organisation picker updates after a choice: the whole editor (a partner was added). */
    public String getPickerTargets() {
        return ":editor";
    }
}
