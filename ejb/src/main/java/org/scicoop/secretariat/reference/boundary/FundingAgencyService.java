package org.scicoop.secretariat.reference.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.NationalRules;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Administrators keep the funding agencies: acronym (unique in its country), name, country, currency
 * (fixed once the agency has committed budgets to calls) and web site. Every change is audited.
 */
@Stateless
public class FundingAgencyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Caller caller;

    @RolesAllowed(Roles.ADMIN)
    public List<AgencyRow> list() {
        Map<Long, Long> commitments = new HashMap<>();
        em.createQuery("select c.agency.id, count(c) from Commitment c group by c.agency.id", Object[].class)
                .getResultList().forEach(r -> commitments.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select a from FundingAgency a join fetch a.country order by a.country.code, a.acronym",
                        FundingAgency.class)
                .getResultList().stream().map(a -> row(a, commitments.getOrDefault(a.getId(), 0L))).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public AgencyRow get(@NotNull Long id) {
        return row(existing(id));
    }

    @RolesAllowed(Roles.ADMIN)
    public AgencyRow create(@NotNull @Valid AgencyCommand command) {
        Country country = country(command.countryCode());
        Currency currency = FundingAgency.currency(command.currency());
        String acronym = command.acronym().trim();
        requireUniqueAcronym(null, country, acronym);
        FundingAgency agency = new FundingAgency(acronym, command.name().trim(), country, currency);
        agency.setWebsite(command.website());
        em.persist(agency);
        em.flush();
        return row(agency);
    }

    /** The agencies whose national rules the caller keeps: every one for administrators, their country's for contacts. */
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public List<NationalRulesView> keptNationalRules() {
        boolean admin = caller.isInRole(Roles.ADMIN);
        String country = callers.country(caller.username()).orElse("--");
        return em.createQuery("select a from FundingAgency a where :all = true or a.country.code = :country"
                        + " order by a.country.code, a.acronym", FundingAgency.class)
                .setParameter("all", admin).setParameter("country", country)
                .getResultList().stream().map(FundingAgencyService::rules).toList();
    }

    /** An agency's national rules: administrators, and national contacts of its country (others: 404). */
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public NationalRulesView nationalRules(@NotNull Long id) {
        return rules(keptBy(id));
    }

    /**
     * New national rules for an agency (read at {@code expectedVersion}): administrators, and national contacts of
     * the agency's country; every change is audited with the agency. Proposals see them at their next check.
     */
    @RolesAllowed({Roles.ADMIN, Roles.NATIONAL_CONTACT})
    public NationalRulesView setNationalRules(@NotNull Long id, long expectedVersion,
                                              @NotNull @Valid NationalRulesView rules) {
        FundingAgency agency = keptBy(id);
        Versioned.require("agency " + id, expectedVersion, agency.getVersion());
        agency.getNationalRules().set(rules.eligibleTypes(), rules.maxRequest(), rules.maxDurationMonths(),
                rules.declarations());
        Versioned.flushAggregate(em, agency, "agency " + id, expectedVersion);
        return rules(agency);
    }

    /** Changes an agency read at {@code expectedVersion}; a concurrent save is refused, nothing lost. */
    @RolesAllowed(Roles.ADMIN)
    public AgencyRow update(@NotNull Long id, long expectedVersion, @NotNull @Valid AgencyCommand command) {
        FundingAgency agency = existing(id);
        Versioned.require("agency " + id, expectedVersion, agency.getVersion());
        Country country = country(command.countryCode());
        String acronym = command.acronym().trim();
        requireUniqueAcronym(id, country, acronym);
        agency.revise(acronym, command.name(), country, FundingAgency.currency(command.currency()),
                command.website(), commitments(agency) > 0);
        Versioned.flush(em, "agency " + id, expectedVersion);
        return row(agency);
    }

    private void requireUniqueAcronym(Long id, Country country, String acronym) {
        boolean taken = em.createQuery("""
                        select a.id from FundingAgency a
                        where a.country = :country and lower(a.acronym) = :acronym and a.id <> :id""",
                        Long.class)
                .setParameter("country", country)
                .setParameter("acronym", acronym.toLowerCase(Locale.ROOT))
                .setParameter("id", id == null ? -1L : id)
                .getResultList().stream().findAny().isPresent();
        RuleViolation.require(!taken, "rule.agency.acronymTaken", acronym, country.getCode());
    }

    private Country country(String code) {
        Country country = em.find(Country.class, code.trim().toUpperCase(Locale.ROOT));
        RuleViolation.require(country != null, "rule.reference.unknownCountry", code);
        return country;
    }

    private long commitments(FundingAgency agency) {
        return em.createQuery("select count(c) from Commitment c where c.agency = :agency", Long.class)
                .setParameter("agency", agency).getSingleResult();
    }

    /** The agency if the caller keeps its national rules (an administrator, or a national contact of its country). */
    private FundingAgency keptBy(Long id) {
        FundingAgency agency = em.find(FundingAgency.class, id);
        if (agency == null || !(caller.isInRole(Roles.ADMIN) || callers.country(
                caller.username()).filter(agency.getCountry().getCode()::equals).isPresent())) {
            throw new NotFound("agency " + id);
        }
        return agency;
    }

    private static NationalRulesView rules(FundingAgency agency) {
        NationalRules rules = agency.getNationalRules();
        return new NationalRulesView(agency.getId(), agency.getAcronym(), agency.getCountry().getCode(),
                agency.getCurrency().getCurrencyCode(), List.copyOf(rules.getEligibleTypes()), rules.getMaxRequest(),
                rules.getMaxDurationMonths(), List.copyOf(rules.getDeclarations()), agency.getVersion());
    }

    private FundingAgency existing(Long id) {
        FundingAgency agency = em.find(FundingAgency.class, id);
        if (agency == null) {
            throw new NotFound("agency " + id);
        }
        return agency;
    }

    private AgencyRow row(FundingAgency a) {
        return row(a, commitments(a));
    }

    private static AgencyRow row(FundingAgency a, long commitments) {
        return new AgencyRow(a.getId(), a.getAcronym(), a.getName(), a.getCountry().getCode(),
                a.getCurrency().getCurrencyCode(), a.getWebsite(), a.getVersion(), commitments);
    }
}
