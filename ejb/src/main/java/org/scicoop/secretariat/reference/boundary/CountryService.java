package org.scicoop.secretariat.reference.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.IncomeGroup;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Administrators record the World Bank income classification of countries, with its year. The group
 * decides which countries count as developing for the programme's rules from then on.
 */
@Stateless
public class CountryService {

    /** A country as administrators edit it. */
    public record CountryRow(String code, String name, IncomeGroup incomeGroup, Integer incomeYear,
                             boolean developing, long version) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.ADMIN)
    public List<CountryRow> list() {
        return em.createQuery("select c from Country c order by c.code", Country.class)
                .getResultStream().map(CountryService::row).toList();
    }

    /** Records a new classification for a country read at {@code expectedVersion}. */
    @RolesAllowed(Roles.ADMIN)
    public CountryRow reclassify(@NotBlank String code, long expectedVersion, IncomeGroup group, Integer year) {
        Country country = em.find(Country.class, code.trim().toUpperCase(Locale.ROOT));
        if (country == null) {
            throw new NotFound("country " + code);
        }
        Versioned.require("country " + code, expectedVersion, country.getVersion());
        country.reclassify(group, year, LocalDate.now(clock).getYear());
        Versioned.flush(em, "country " + code, expectedVersion);
        return row(country);
    }

    private static CountryRow row(Country c) {
        return new CountryRow(c.getCode(), c.getName(), c.getIncomeGroup(), c.getIncomeYear(), c.isDeveloping(),
                c.getVersion());
    }
}
