package org.scicoop.secretariat.web.proposal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory;
import org.scicoop.secretariat.proposal.boundary.OrganisationDirectory.FundingChoice;
import org.scicoop.secretariat.web.i18n.LocaleBean;
import org.scicoop.secretariat.web.platform.Texts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The budget step of the proposal page: the funding a partner from a country may choose in the
 * call (asked once per country and view) and its words. The step's inputs (funding, request,
 * person-months) are on the partners' rows ({@link ProposalPartners}).
 */
@Named
@ViewScoped
public class ProposalBudget implements Serializable {

    @Inject
    ProposalPage page;

    @Inject
    OrganisationDirectory directory;

    @Inject
    LocaleBean locale;

    private final Map<String, List<FundingChoice>> fundingByCountry = new HashMap<>();

    /** The funding a partner from {@code countryCode} may choose in the proposal's call, the default first. */
    List<FundingChoice> options(String countryCode) {
        if (page.getView() == null) {
            return List.of();
        }
        String call = page.getView().callCode();
        return fundingByCountry.computeIfAbsent(countryCode, code -> directory.fundingOptions(call, code));
    }

    /** A funding option in words: "ANR (EUR)", "Common fund (EUR)", "Self-funded". */
    public String fundingLabel(FundingChoice choice) {
        if (choice == null) {
            return "";
        }
        String source = Texts.of(locale.getLocale(), "FundingSource." + choice.source().name());
        return switch (choice.source()) {
            case AGENCY -> choice.agency() + " · " + choice.agencyName() + " (" + choice.currency() + ")";
            case COMMON_FUND -> source + " (" + choice.currency() + ")";
            case SELF_FUNDED -> source;
        };
    }
}
