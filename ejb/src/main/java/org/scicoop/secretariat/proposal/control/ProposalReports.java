package org.scicoop.secretariat.proposal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.platform.boundary.WorkItem;
import org.scicoop.secretariat.platform.control.Restriction;
import org.scicoop.secretariat.proposal.boundary.ProposalFigures;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.control.ExchangeRates;
import org.scicoop.secretariat.reference.entity.IncomeGroup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposal component's reporting queries: a call's figures by country and income group, and what the homes
 * show (work items, counts by state). The boundary ({@code ProposalService}) decides who may ask; these say what the numbers are.
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

    /** How far ahead a member's home offers open calls they have no proposal in. */
    static final Duration APPLY_WINDOW = Duration.ofDays(30);

    /**
     * What needs the caller's action in the proposal component: a member's drafts and reopened proposals to
     * (re)submit, partner data to complete in other consortia, submitted proposals and where they stand, open
     * calls closing soon they have no proposal in; the officers' screening to do, by call; a national contact's
     * submitted proposals with a partner from their country, by call.
     */
    public List<WorkItem> work() {
        Instant now = clock.instant();
        List<WorkItem> items = new ArrayList<>();
        if (access.isMember()) {
            String me = access.username();
            em.createQuery("""
                            select p from Proposal p join fetch p.call c
                            where p.status in :editable and c.deadline > :now
                              and (p.coordinator = :me
                                   or exists (select x from Partner x where x.proposal = p and x.member = :me))
                            order by c.deadline, p.acronym""", Proposal.class)
                    .setParameter("editable", List.of(ProposalStatus.DRAFT, ProposalStatus.REOPENED))
                    .setParameter("now", now)
                    .setParameter("me", me)
                    .setMaxResults(WorkItem.MAX_PER_KIND)
                    .getResultList()
                    .forEach(p -> items.add(item(!p.isCoordinator(me) ? "proposal.partnerData"
                            : p.getStatus() == ProposalStatus.REOPENED ? "proposal.reopened" : "proposal.draft", p)));
            em.createQuery("""
                            select p from Proposal p join fetch p.call c
                            where p.status in :submitted and c.status <> :archived
                              and (p.coordinator = :me
                                   or exists (select x from Partner x where x.proposal = p and x.member = :me))
                            order by c.deadline, p.acronym""", Proposal.class)
                    .setParameter("submitted", List.of(ProposalStatus.SUBMITTED, ProposalStatus.ELIGIBLE,
                            ProposalStatus.INELIGIBLE))
                    .setParameter("archived", CallStatus.ARCHIVED)
                    .setParameter("me", me)
                    .setMaxResults(WorkItem.MAX_PER_KIND)
                    .getResultList()
                    .forEach(p -> items.add(item(p.getStatus() != ProposalStatus.SUBMITTED ? "proposal.screened"
                            : p.getCall().getDeadline().isAfter(now) ? "proposal.submitted"
                            : "proposal.awaitingScreening", p)));
            em.createQuery("""
                            select c from Call c
                            where c.status = :open and c.opensAt <= :now and c.deadline > :now and c.deadline <= :until
                              and not exists (select p from Proposal p where p.call = c and p.status <> :withdrawn
                                  and (p.coordinator = :me
                                       or exists (select x from Partner x where x.proposal = p and x.member = :me)))
                            order by c.deadline, c.code""", Call.class)
                    .setParameter("open", CallStatus.OPEN)
                    .setParameter("now", now)
                    .setParameter("until", now.plus(APPLY_WINDOW))
                    .setParameter("withdrawn", ProposalStatus.WITHDRAWN)
                    .setParameter("me", me)
                    .setMaxResults(WorkItem.MAX_PER_KIND)
                    .getResultList()
                    .forEach(c -> items.add(new WorkItem("call.apply", c.getCode(), c.getCode(), c.getTitle(),
                            c.getDeadline(), c.state(now), 1)));
        }
        if (access.isOfficer()) {
            byCall("proposal.screen", "p.status = :submitted and c.deadline <= :now",
                    Map.of("submitted", ProposalStatus.SUBMITTED, "now", now), items);
        }
        if (access.isNationalContact()) {
            Restriction restriction = access.restriction();
            Map<String, Object> parameters = new HashMap<>(restriction.parameters());
            parameters.put("recent", now.minus(Duration.ofDays(365)));
            byCall("proposal.country", restriction.condition() + " and c.deadline > :recent", parameters, items);
        }
        return items;
    }

    /** One item per call: how many of its proposals meet {@code condition} (alias {@code p}, its call {@code c}). */
    private void byCall(String kind, String condition, Map<String, Object> parameters, List<WorkItem> items) {
        var query = em.createQuery("select c.code, c.title, c.deadline, count(p) from Proposal p join p.call c where "
                + condition + " group by c.code, c.title, c.deadline order by c.deadline, c.code", Object[].class);
        parameters.forEach(query::setParameter);
        query.setMaxResults(WorkItem.MAX_PER_KIND).getResultList().forEach(row -> items.add(new WorkItem(kind, (String) row[0],
                (String) row[0], (String) row[1], (Instant) row[2], null, (Long) row[3])));
    }

    private static WorkItem item(String kind, Proposal p) {
        return new WorkItem(kind, String.valueOf(p.getId()), p.getAcronym(), p.getCall().getCode(),
                p.getCall().getDeadline(), p.getStatus(), 1);
    }

    /** How many of the proposals the caller may see are in each state (every state present). */
    public Map<ProposalStatus, Long> countsByStatus() {
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        for (ProposalStatus status : ProposalStatus.values()) {
            counts.put(status, 0L);
        }
        Restriction restriction = access.restriction();
        var query = em.createQuery("select p.status, count(p) from Proposal p"
                + restriction.clause("where")
                + " group by p.status", Object[].class);
        restriction.bind(query);
        query.getResultList().forEach(row -> counts.put((ProposalStatus) row[0], (Long) row[1]));
        return counts;
    }
}
