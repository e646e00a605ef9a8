package org.scicoop.secretariat.reference.boundary;

import org.scicoop.secretariat.reference.entity.IncomeGroup;

import java.util.List;
import java.util.Map;

/**
 * The reference data in figures, for the dashboards: partner countries (countries with a funding
 * agency) by income group, and how many agencies, organisations and thematic areas there are.
 */
public record ReferenceFigures(Map<IncomeGroup, Long> partnerCountriesByIncomeGroup, long partnerCountries,
                               long developingPartnerCountries, long fundingAgencies, long organisations,
                               long thematicAreas, List<AgencyRow> agencies) {

    public record AgencyRow(String acronym, String name, String countryCode, String countryName, String currency,
                            IncomeGroup incomeGroup) {
    }
}
