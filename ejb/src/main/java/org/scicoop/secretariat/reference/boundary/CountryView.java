package org.scicoop.secretariat.reference.boundary;

import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.IncomeGroup;

/** A country as open data: code, English name, income group and whether it counts as developing. */
public record CountryView(String code, String name, IncomeGroup incomeGroup, Integer incomeYear, boolean developing) {

    static CountryView of(Country country) {
        return new CountryView(country.getCode(), country.getName(), country.getIncomeGroup(),
                country.getIncomeYear(), country.isDeveloping());
    }
}
