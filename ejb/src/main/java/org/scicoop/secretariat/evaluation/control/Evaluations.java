package org.scicoop.secretariat.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.evaluation.entity.Assignment;
import org.scicoop.secretariat.evaluation.entity.CommonPot;
import org.scicoop.secretariat.evaluation.entity.Consensus;
import org.scicoop.secretariat.evaluation.entity.Declaration;
import org.scicoop.secretariat.evaluation.entity.Evaluation;
import org.scicoop.secretariat.evaluation.entity.Expert;
import org.scicoop.secretariat.evaluation.entity.FundingDecision;
import org.scicoop.secretariat.evaluation.entity.NationalCheck;
import org.scicoop.secretariat.evaluation.entity.Ranking;
import org.scicoop.secretariat.evaluation.entity.ReviewStatus;
import org.scicoop.secretariat.evaluation.entity.TopUp;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.control.ExchangeRates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the evaluation's services read together: a call's evaluation, its proposals, assignments and consensus, the
 * national checks and top-ups, and from them the ranking and the common pot's input. Each list is one query, so a
 * call of a thousand proposals costs what a call of ten costs.
 */
@Dependent
public class Evaluations {

    private static final Currency EUR = Currency.getInstance("EUR");

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRates rates;

    /** The call's evaluation with its criteria (one query). */
    public Optional<Evaluation> of(Call call) {
        return em.createQuery("select e from Evaluation e left join fetch e.criteria where e.call = :call",
                        Evaluation.class)
                .setParameter("call", call).getResultStream().findFirst();
    }

    /**
     * How far an evaluation is, counted by the database in one statement: the proposals in evaluation (or decided),
     * the assignments, those handed back with a conflict, the drafts, the reviews submitted, the consensus set.
     */
    public record Counts(long proposals, long assignments, long conflicts, long drafts, long submitted,
                         long consensusSet) {
    }

    public Counts counts(Evaluation evaluation) {
        Object[] row = em.createQuery("""
                        select count(a),
                               sum(case when a.declaration = :conflict then 1 else 0 end),
                               sum(case when a.status = :draft then 1 else 0 end),
                               sum(case when a.status = :submitted then 1 else 0 end),
                               (select count(p) from Proposal p where p.call = :call and p.status in :statuses),
                               (select count(c) from Consensus c where c.evaluation = :evaluation)
                        from Assignment a where a.evaluation = :evaluation""", Object[].class)
                .setParameter("evaluation", evaluation).setParameter("call", evaluation.getCall())
                .setParameter("conflict", Declaration.CONFLICT).setParameter("draft", ReviewStatus.DRAFT)
                .setParameter("submitted", ReviewStatus.SUBMITTED)
                .setParameter("statuses", List.of(ProposalStatus.IN_EVALUATION, ProposalStatus.FUNDED,
                        ProposalStatus.RESERVE, ProposalStatus.NOT_FUNDED))
                .getSingleResult();
        return new Counts(number(row[4]), number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[5]));
    }

    private static long number(Object count) {
        return count == null ? 0 : ((Number) count).longValue();
    }

    public Evaluation existing(Call call) {
        return of(call).orElseThrow(() -> new NotFound("evaluation of " + call.getCode()));
    }

    /** The call's proposals in evaluation or decided, with their partners (one query). */
    public List<Proposal> proposals(Call call) {
        return em.createQuery("select distinct p from Proposal p left join fetch p.partners"
                        + " where p.call = :call and p.status in :statuses order by p.id", Proposal.class)
                .setParameter("call", call)
                .setParameter("statuses", List.of(ProposalStatus.IN_EVALUATION, ProposalStatus.FUNDED,
                        ProposalStatus.RESERVE, ProposalStatus.NOT_FUNDED))
                .getResultList();
    }

    public Proposal proposal(Call call, long proposalId) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null || !proposal.getCall().equals(call) || !(proposal.getStatus() == ProposalStatus.IN_EVALUATION
                || proposal.getStatus().isOutcome())) {
            throw new NotFound("proposal " + proposalId);
        }
        return proposal;
    }

    public List<Assignment> assignments(Evaluation evaluation) {
        return em.createQuery("select a from Assignment a left join fetch a.scores where a.evaluation = :evaluation"
                        + " order by a.proposal.id, a.id", Assignment.class)
                .setParameter("evaluation", evaluation).getResultList().stream().distinct().toList();
    }

    public List<Assignment> assignments(Evaluation evaluation, Proposal proposal) {
        return em.createQuery("select a from Assignment a where a.evaluation = :evaluation and a.proposal = :proposal"
                        + " order by a.id", Assignment.class)
                .setParameter("evaluation", evaluation).setParameter("proposal", proposal).getResultList();
    }

    public Map<Long, Consensus> consensus(Evaluation evaluation) {
        // the scores with their consensus: one statement for the whole ranking
        return em.createQuery("select distinct c from Consensus c left join fetch c.scores"
                        + " where c.evaluation = :evaluation", Consensus.class)
                .setParameter("evaluation", evaluation).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getProposal().getId(), Function.identity()));
    }

    public Optional<Consensus> consensus(Evaluation evaluation, Proposal proposal) {
        return em.createQuery("select c from Consensus c where c.evaluation = :evaluation and c.proposal = :proposal",
                        Consensus.class)
                .setParameter("evaluation", evaluation).setParameter("proposal", proposal)
                .getResultStream().findFirst();
    }

    public List<Expert> experts() {
        return em.createQuery("select e from Expert e order by e.displayName, e.username", Expert.class)
                .getResultList();
    }

    public Optional<Expert> expert(String username) {
        return em.createNamedQuery(Expert.BY_USERNAME, Expert.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The national checks of the call's partners, by partner id. */
    public Map<Long, NationalCheck> checks(Call call) {
        return em.createQuery("select n from NationalCheck n where n.partner.proposal.call = :call",
                        NationalCheck.class)
                .setParameter("call", call).getResultList().stream()
                .collect(Collectors.toMap(n -> n.getPartner().getId(), Function.identity()));
    }

    public List<TopUp> topUps(Call call) {
        return em.createQuery("select t from TopUp t where t.call = :call order by t.addedAt, t.id", TopUp.class)
                .setParameter("call", call).getResultList();
    }

    public Optional<FundingDecision> decision(Call call) {
        return em.createQuery("select d from FundingDecision d where d.call = :call", FundingDecision.class)
                .setParameter("call", call).getResultStream().findFirst();
    }

    /** Whether every partner funded by an agency is not found nationally ineligible (an unconfirmed one counts as eligible). */
    public static boolean nationallyEligible(Proposal proposal, Map<Long, NationalCheck> checks) {
        return proposal.getPartners().stream()
                .map(p -> checks.get(p.getId()))
                .allMatch(check -> check == null || check.isEligible());
    }

    public static int developingPartners(Proposal proposal) {
        return (int) proposal.getPartners().stream().filter(p -> p.getCountry().isDeveloping()).count();
    }

    /** The ranking of the proposals with a consensus, best first. */
    public static List<Ranking.Scored> ranking(Collection<Proposal> proposals, Map<Long, Consensus> consensus) {
        List<Ranking.Scored> scored = new ArrayList<>();
        for (Proposal proposal : proposals) {
            Consensus set = consensus.get(proposal.getId());
            if (set != null) {
                scored.add(set.scored(developingPartners(proposal)));
            }
        }
        return Ranking.rank(scored);
    }

    /** Each committing agency's budget for the call: its commitment and top-ups, in its currency. */
    public static List<CommonPot.Budget> budgets(Call call, List<TopUp> topUps) {
        Map<Long, BigDecimal> extra = new HashMap<>();
        topUps.forEach(t -> extra.merge(t.getAgency().getId(), t.getAmount(), BigDecimal::add));
        return CommonPot.budgets(call).stream()
                .map(b -> new CommonPot.Budget(b.agencyId(), b.currency(),
                        b.amount().add(extra.getOrDefault(b.agencyId(), BigDecimal.ZERO))))
                .toList();
    }

    /**
     * The common pot's input for the call as it stands: the ranking with each proposal's consensus total, thresholds
     * and national sign-off, the budgets with top-ups, the common fund, the rates of {@code ratesOn}.
     */
    public CommonPot.Input input(Call call, Evaluation evaluation, List<Proposal> proposals,
                                 Map<Long, Consensus> consensus, Map<Long, NationalCheck> checks, List<TopUp> topUps,
                                 LocalDate ratesOn, List<CommonPot.Override> overrides) {
        Map<Long, Proposal> byId = proposals.stream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
        List<CommonPot.Candidate> candidates = new ArrayList<>();
        for (Ranking.Scored scored : ranking(proposals, consensus)) {
            Proposal proposal = byId.get(scored.proposalId());
            Consensus set = consensus.get(scored.proposalId());
            candidates.add(CommonPot.candidate(proposal, set.total(), criteriaMet(evaluation, set),
                    nationallyEligible(proposal, checks)));
        }
        Map<Currency, BigDecimal> eurPerUnit = new HashMap<>();
        Set<Currency> currencies = new HashSet<>();
        call.getCommitments().forEach(c -> currencies.add(c.getCurrency()));
        for (Currency currency : currencies) {
            if (EUR.equals(currency)) {
                eurPerUnit.put(currency, BigDecimal.ONE);
            } else {
                // a developing country's partner may fall back to the common fund: every currency needs its rate
                BigDecimal rate = rates.rate(currency, ratesOn).map(r -> r.getEurPerUnit()).orElse(null);
                RuleViolation.require(rate != null, "rule.decision.noRate", currency.getCurrencyCode(), ratesOn);
                eurPerUnit.put(currency, rate);
            }
        }
        return new CommonPot.Input(candidates, budgets(call, topUps), call.getCommonFundEur(),
                evaluation.getTotalThreshold(), eurPerUnit, overrides);
    }

    /** Whether the consensus meets every criterion's threshold (the total's is the walk's, a what-if may move it). */
    private static boolean criteriaMet(Evaluation evaluation, Consensus consensus) {
        List<BigDecimal> scores = consensus.getScores();
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).compareTo(evaluation.getCriteria().get(i).getThreshold()) < 0) {
                return false;
            }
        }
        return true;
    }

    public static Map<Long, Partner> partners(Collection<Proposal> proposals) {
        return proposals.stream().flatMap(p -> p.getPartners().stream())
                .collect(Collectors.toMap(Partner::getId, Function.identity()));
    }
}
