package org.scicoop.secretariat.proposal.boundary;

import org.scicoop.secretariat.reference.entity.IncomeGroup;

import java.math.BigDecimal;
import java.util.List;

/**
 * A call's submitted proposals counted by partner country and by income group: how many proposals
 * have a partner there, how many partners, and their request in euros.
 */
public record ProposalFigures(List<ByCountry> byCountry, List<ByIncomeGroup> byIncomeGroup) {

    public record ByCountry(String countryCode, String countryName, IncomeGroup incomeGroup, long proposals,
                            long partners, BigDecimal requestedEur) {
    }

    public record ByIncomeGroup(IncomeGroup incomeGroup, long proposals, long partners, BigDecimal requestedEur) {
    }
}
