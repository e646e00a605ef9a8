package org.scicoop.secretariat.proposal.entity;

import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.NationalRules;

import java.util.ArrayList;
import java.util.List;

/**
 * The national rules of the agencies that fund a proposal's partners (PRODUCT.md, "Evaluation": national
 * eligibility as data), checked with the call's rules by {@link Eligibility}: a partner funded by an agency must be
 * of a type the agency funds, request at most what it grants one partner, in a project no longer than it funds,
 * and have made each of its declarations. Partners on the common fund or self-funded answer to the call alone.
 */
final class NationalEligibility {

    private NationalEligibility() {
    }

    static List<Finding> rules(Proposal proposal) {
        List<Finding> findings = new ArrayList<>();
        List<FundingAgency> durationChecked = new ArrayList<>();
        List<Partner> partners = proposal.getPartners();
        for (int i = 0; i < partners.size(); i++) {
            Partner partner = partners.get(i);
            FundingAgency agency = partner.getAgency();
            if (partner.getSource() != FundingSource.AGENCY || agency == null) {
                continue;
            }
            NationalRules rules = agency.getNationalRules();
            String name = partner.getOrganisation().getName();
            if (!rules.funds(partner.getOrganisation().getType())) {
                findings.add(Finding.at(Finding.partner(i, "organisationId"), "nationalOrganisationType", name,
                        agency.getAcronym()));
            }
            if (rules.getMaxRequest() != null && partner.getRequested().compareTo(rules.getMaxRequest()) > 0) {
                findings.add(Finding.at(Finding.partner(i, "requested"), "nationalRequestOverMaximum", name,
                        agency.getAcronym(), rules.getMaxRequest(), agency.getCurrency().getCurrencyCode()));
            }
            Integer duration = proposal.getDurationMonths();
            if (rules.getMaxDurationMonths() != null && duration != null && duration > rules.getMaxDurationMonths()
                    && !durationChecked.contains(agency)) {
                durationChecked.add(agency);
                findings.add(Finding.at("/durationMonths", "nationalDurationOverMaximum", agency.getAcronym(),
                        rules.getMaxDurationMonths()));
            }
            for (String declaration : rules.getDeclarations()) {
                if (!partner.getDeclarations().contains(declaration)) {
                    findings.add(Finding.at(Finding.partner(i, "declarations"), "nationalDeclarationMissing", name,
                            declaration));
                }
            }
        }
        return findings;
    }
}
