package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.proposal.boundary.DashboardFigures;
import org.scicoop.secretariat.proposal.boundary.ProposalFigures;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.control.ExchangeRates;
import org.scicoop.secretariat.reference.entity.IncomeGroup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposal component's reporting queries: a call's figures by country and income group, and the dashboard's
 * tiles. The boundary ({@code ProposalService}) decides who may ask; these say what the numbers are.
 */
@Dependent
public class ProposalReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProposalAccess access;

    @Inject
    ExchangeRates rates;

    @Inject
    Clock clock;

    public ProposalFigures figures(String callCode) {
        List<ProposalStatus> counting = Arrays.stream(ProposalStatus.values())
                .filter(ProposalStatus::hasCountingSubmission).toList();
        List<Object[]> rows = em.createQuery("""
                        select x.country.code, x.country.name, x.country.incomeGroup, x.currency,
                               count(distinct x.proposal), count(x), sum(x.requested)
                        from Partner x
                        where x.proposal.call.code = :code and x.proposal.status in :counting
                        group by x.country.code, x.country.name, x.country.incomeGroup, x.currency
                        order by x.country.code""", Object[].class)
                .setParameter("code", callCode)
                .setParameter("counting", counting)
                .getResultList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, ProposalFigures.ByCountry> byCountry = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String code = (String) row[0];
            Currency currency = (Currency) row[3];
            BigDecimal sum = (BigDecimal) row[6];
            BigDecimal eur = currency == null || sum.signum() == 0 ? BigDecimal.ZERO
                    : rates.toEur(sum, currency, today).orElse(BigDecimal.ZERO);
            ProposalFigures.ByCountry known = byCountry.get(code);
            byCountry.put(code, new ProposalFigures.ByCountry(code, (String) row[1],
                    (IncomeGroup) row[2],
                    Math.max(known == null ? 0 : known.proposals(), (Long) row[4]),
                    (known == null ? 0 : known.partners()) + (Long) row[5],
                    (known == null ? BigDecimal.ZERO : known.requestedEur()).add(eur)));
        }
        // Proposals per income group are counted in the database: one proposal may have several countries.
        Map<IncomeGroup, Long> proposalsByGroup = new HashMap<>();
        em.createQuery("""
                        select x.country.incomeGroup, count(distinct x.proposal) from Partner x
                        where x.proposal.call.code = :code and x.proposal.status in :counting
                        group by x.country.incomeGroup""", Object[].class)
                .setParameter("code", callCode)
                .setParameter("counting", counting)
                .getResultList()
                .forEach(r -> proposalsByGroup.put((IncomeGroup) r[0], (Long) r[1]));
        List<ProposalFigures.ByIncomeGroup> byGroup = new ArrayList<>();
        for (IncomeGroup group
                : IncomeGroup.values()) {
            List<ProposalFigures.ByCountry> in = byCountry.values().stream().filter(c -> c.incomeGroup() == group)
                    .toList();
            if (!in.isEmpty()) {
                byGroup.add(new ProposalFigures.ByIncomeGroup(group, proposalsByGroup.getOrDefault(group, 0L),
                        in.stream().mapToLong(ProposalFigures.ByCountry::partners).sum(),
                        in.stream().map(ProposalFigures.ByCountry::requestedEur)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        }
        return new ProposalFigures(List.copyOf(byCountry.values()), byGroup);
    }

    public DashboardFigures dashboard() {
        List<DashboardFigures.Draft> drafts = List.of();
        if (access.isMember()) {
            drafts = em.createQuery("""
                            select p from Proposal p join fetch p.call c
                            where p.status in :editable and c.deadline > :now
                              and (p.coordinator = :me
                                   or exists (select x from Partner x where x.proposal = p and x.member = :me))
                            order by c.deadline, p.acronym""", Proposal.class)
                    .setParameter("editable", List.of(ProposalStatus.DRAFT, ProposalStatus.REOPENED))
                    .setParameter("now", clock.instant())
                    .setParameter("me", access.username())
                    .setMaxResults(20)
                    .getResultList().stream()
                    .map(p -> new DashboardFigures.Draft(p.getId(), p.getAcronym(), p.getCall().getCode(),
                            p.getCall().getDeadline()))
                    .toList();
        }
        long toScreen = access.isOfficer() ? em.createQuery("""
                        select count(p) from Proposal p where p.status = :submitted and p.call.deadline <= :now""",
                        Long.class)
                .setParameter("submitted", ProposalStatus.SUBMITTED)
                .setParameter("now", clock.instant()).getSingleResult() : 0;
        long mine = 0;
        if (access.isNationalContact()) {
            ProposalAccess.Restriction restriction = access.restriction();
            var count = em.createQuery("select count(p) from Proposal p where " + restriction.condition(), Long.class);
            restriction.parameters().forEach(count::setParameter);
            mine = count.getSingleResult();
        }
        return new DashboardFigures(drafts, toScreen, mine);
    }
}
