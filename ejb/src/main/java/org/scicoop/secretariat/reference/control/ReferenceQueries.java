package org.scicoop.secretariat.reference.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.reference.boundary.ReferenceFigures;
import org.scicoop.secretariat.reference.entity.Country;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.IncomeGroup;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Read queries over the reference data. */
@Dependent
public class ReferenceQueries {

    /** Hibernate's query-cache hint: for reference data that every page reads and administrators rarely change. */
    private static final String CACHEABLE = "org.hibernate.cacheable";

    @PersistenceContext
    EntityManager em;

    public List<Country> countries() {
        return em.createQuery("select c from Country c order by c.code", Country.class)
                .setHint(CACHEABLE, true).getResultList();
    }

    public List<ThematicArea> thematicAreas() {
        return em.createQuery("select t from ThematicArea t order by t.code", ThematicArea.class)
                .setHint(CACHEABLE, true).getResultList();
    }

    public List<FundingAgency> agencies() {
        return em.createQuery("select a from FundingAgency a join fetch a.country order by a.country.code, a.acronym",
                FundingAgency.class).getResultList();
    }

    public ReferenceFigures figures() {
        Map<IncomeGroup, Long> byGroup = new EnumMap<>(IncomeGroup.class);
        for (IncomeGroup group : IncomeGroup.values()) {
            byGroup.put(group, 0L);
        }
        em.createQuery("""
                        select c.incomeGroup, count(distinct c) from FundingAgency a join a.country c
                        group by c.incomeGroup""", Object[].class)
                .getResultList()
                .forEach(row -> byGroup.put((IncomeGroup) row[0], (Long) row[1]));
        long partners = byGroup.values().stream().mapToLong(Long::longValue).sum();
        long developing = byGroup.entrySet().stream().filter(e -> e.getKey().isDeveloping())
                .mapToLong(Map.Entry::getValue).sum();
        List<ReferenceFigures.AgencyRow> agencies = em.createQuery(
                        "select a from FundingAgency a join fetch a.country order by a.country.name, a.acronym",
                        FundingAgency.class)
                .getResultList().stream()
                .map(a -> new ReferenceFigures.AgencyRow(a.getAcronym(), a.getName(), a.getCountry().getCode(),
                        a.getCountry().getName(), a.getCurrency().getCurrencyCode(),
                        a.getCountry().getIncomeGroup()))
                .toList();
        return new ReferenceFigures(byGroup, partners, developing, agencies.size(),
                count("select count(o) from Organisation o"), count("select count(t) from ThematicArea t"), agencies);
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
