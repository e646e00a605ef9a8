package org.scicoop.secretariat.reference.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.reference.control.ReferenceQueries;

import java.util.List;

/** The programme's reference data: countries, funding agencies, organisations, thematic areas. */
@Stateless
public class ReferenceDataService {

    @Inject
    ReferenceQueries queries;

    /** All countries with their income group: public open data, no login needed. From the cache, as themes. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CountryView> countries() {
        return queries.countries().stream().map(CountryView::of).toList();
    }

    /**
     * The thematic areas with their names in every interface language: public. Served from the cache
     * without a transaction of its own, so that a page showing them beside a list still makes one.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ThemeView> thematicAreas() {
        return queries.thematicAreas().stream()
                .map(t -> new ThemeView(t.getCode(), t.name(java.util.Locale.ENGLISH),
                        t.name(java.util.Locale.SIMPLIFIED_CHINESE), t.name(java.util.Locale.FRENCH),
                        t.name(java.util.Locale.forLanguageTag("es")), t.isActive()))
                .toList();
    }

    /** The funding agencies, by country then acronym. */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.CONSORTIUM_MEMBER, Roles.REVIEWER, Roles.NATIONAL_CONTACT,
            Roles.ADMIN})
    public List<AgencyView> agencies() {
        return queries.agencies().stream()
                .map(a -> new AgencyView(a.getId(), a.getAcronym(), a.getName(), a.getCountry().getCode(),
                        a.getCurrency().getCurrencyCode()))
                .toList();
    }

    /** Reference statistics: the administrators' home (issue 12: others' homes start with their work). */
    @RolesAllowed(Roles.ADMIN)
    public ReferenceFigures figures() {
        return queries.figures();
    }
}
