package org.scicoop.secretariat.evaluation.control;

import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.Commitment;
import org.scicoop.secretariat.evaluation.boundary.AllocationView;
import org.scicoop.secretariat.evaluation.entity.Award;
import org.scicoop.secretariat.evaluation.entity.CommonPot;
import org.scicoop.secretariat.evaluation.entity.Consensus;
import org.scicoop.secretariat.evaluation.entity.DecisionLine;
import org.scicoop.secretariat.evaluation.entity.FundingDecision;
import org.scicoop.secretariat.evaluation.entity.PaidBy;
import org.scicoop.secretariat.evaluation.entity.TopUp;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.reference.entity.FundingAgency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The common pot's results, computed or recorded, as {@link AllocationView}s with names instead of ids. */
public final class AllocationViews {

    private static final String EUR = "EUR";

    private AllocationViews() {
    }

    /** A walk's result (not saved): {@code input} and its {@code result} over the call's data. */
    public static AllocationView computed(Call call, CommonPot.Input input, CommonPot.Result result, LocalDate ratesOn,
                                          Map<Long, Proposal> proposals, Map<Long, Partner> partners,
                                          Map<Long, Consensus> consensus) {
        Map<Long, FundingAgency> agencies = agencies(call);
        List<AllocationView.Line> lines = new ArrayList<>();
        for (CommonPot.Line line : result.lines()) {
            Proposal proposal = proposals.get(line.proposalId());
            List<AllocationView.Grant> grants = line.grants().stream()
                    .map(g -> grant(partners.get(g.partnerId()), g.payer().isCommonFund() ? null
                            : agencies.get(g.payer().agencyId()), g.currency().getCurrencyCode(), g.amount()))
                    .toList();
            List<AllocationView.Gap> gaps = line.gaps().stream()
                    .map(g -> gap(g.payer().isCommonFund() ? null : agencies.get(g.payer().agencyId()),
                            g.currency().getCurrencyCode(), g.needed(), g.available()))
                    .toList();
            lines.add(new AllocationView.Line(line.rank(), line.proposalId(), proposal.getAcronym(),
                    consensus.get(line.proposalId()).total(), line.outcome(), line.reason(),
                    line.override() == null ? null : line.override().reason(), grants, gaps));
        }
        Map<Long, BigDecimal> budgets = new HashMap<>();
        input.budgets().forEach(b -> budgets.put(b.agencyId(), b.amount()));
        Map<Long, BigDecimal> allocated = new HashMap<>();
        BigDecimal commonFund = BigDecimal.ZERO;
        for (CommonPot.Use use : result.uses()) {
            if (use.payer().isCommonFund()) {
                commonFund = commonFund.add(use.allocated());
            } else {
                allocated.merge(use.payer().agencyId(), use.allocated(), BigDecimal::add);
            }
        }
        return view(call, false, ratesOn, input.threshold(), lines, budgets, allocated, input.commonFundEur(),
                commonFund);
    }

    /** The recorded decision, as it was confirmed; budgets are the commitments and top-ups recorded before it. */
    public static AllocationView recorded(Call call, FundingDecision decision, Map<Long, Consensus> consensus,
                                          List<TopUp> topUps) {
        Map<Long, List<Award>> awards = new HashMap<>();
        decision.getAwards().forEach(a -> awards.computeIfAbsent(a.getProposal().getId(), k -> new ArrayList<>()).add(a));
        List<AllocationView.Line> lines = new ArrayList<>();
        Map<Long, BigDecimal> allocated = new HashMap<>();
        BigDecimal commonFund = BigDecimal.ZERO;
        for (DecisionLine line : decision.getLines()) {
            Proposal proposal = line.getProposal();
            List<AllocationView.Grant> grants = new ArrayList<>();
            for (Award award : awards.getOrDefault(proposal.getId(), List.of())) {
                PaidBy paidBy = award.getPaidBy();
                grants.add(grant(award.getPartner(), paidBy.getAgency(), paidBy.getCurrency().getCurrencyCode(),
                        award.getAmount()));
                if (paidBy.isCommonFund()) {
                    commonFund = commonFund.add(award.getAmount());
                } else {
                    allocated.merge(paidBy.getAgency().getId(), award.getAmount(), BigDecimal::add);
                }
            }
            List<AllocationView.Gap> gaps = line.getGaps().stream()
                    .map(g -> gap(g.getPayer().getAgency(), g.getPayer().getCurrency().getCurrencyCode(), g.getNeeded(),
                            g.getAvailable()))
                    .toList();
            Consensus set = consensus.get(proposal.getId());
            lines.add(new AllocationView.Line(line.getRank(), proposal.getId(), proposal.getAcronym(),
                    set == null ? null : set.total(), line.getOutcome(), line.getReason(), line.getOverrideReason(),
                    grants, gaps));
        }
        Map<Long, BigDecimal> budgets = new HashMap<>();
        Evaluations.budgets(call, topUps.stream().filter(t -> !t.getAddedAt().isAfter(decision.getDecidedAt()))
                .toList()).forEach(b -> budgets.put(b.agencyId(), b.amount()));
        return view(call, true, decision.getRatesOn(), decision.getThreshold(), lines, budgets, allocated,
                decision.getCommonFundEur(), commonFund);
    }

    private static AllocationView view(Call call, boolean decided, LocalDate ratesOn, BigDecimal threshold,
                                       List<AllocationView.Line> lines, Map<Long, BigDecimal> budgets,
                                       Map<Long, BigDecimal> allocated, BigDecimal commonFundBudget,
                                       BigDecimal commonFundAllocated) {
        List<AllocationView.Use> uses = new ArrayList<>();
        for (Commitment commitment : call.getCommitments()) {
            FundingAgency agency = commitment.getAgency();
            BigDecimal budget = budgets.getOrDefault(agency.getId(), commitment.getAmount());
            BigDecimal used = allocated.getOrDefault(agency.getId(), BigDecimal.ZERO);
            uses.add(new AllocationView.Use(agency.getId(), agency.getAcronym(), agency.getCountry().getCode(),
                    agency.getCurrency().getCurrencyCode(), commitment.getAmount(),
                    budget.subtract(commitment.getAmount()), budget, used, budget.subtract(used)));
        }
        BigDecimal common = Objects.requireNonNullElse(commonFundBudget, BigDecimal.ZERO);
        uses.add(new AllocationView.Use(null, null, null, EUR, common, BigDecimal.ZERO, common, commonFundAllocated,
                common.subtract(commonFundAllocated)));
        int funded = count(lines, CommonPot.Outcome.FUNDED);
        int reserve = count(lines, CommonPot.Outcome.RESERVE);
        return new AllocationView(call.getCode(), decided, ratesOn, threshold, lines, uses, funded, reserve,
                lines.size() - funded - reserve);
    }

    private static int count(List<AllocationView.Line> lines, CommonPot.Outcome outcome) {
        return (int) lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    private static AllocationView.Grant grant(Partner partner, FundingAgency agency, String currency,
                                              BigDecimal amount) {
        return new AllocationView.Grant(partner.getId(), partner.getOrganisation().getName(),
                partner.getCountry().getCode(), agency == null ? null : agency.getId(),
                agency == null ? null : agency.getAcronym(), currency, amount);
    }

    private static AllocationView.Gap gap(FundingAgency agency, String currency, BigDecimal needed,
                                          BigDecimal available) {
        return new AllocationView.Gap(agency == null ? null : agency.getId(), agency == null ? null
                : agency.getAcronym(), currency, needed, available, needed.subtract(available));
    }

    private static Map<Long, FundingAgency> agencies(Call call) {
        Map<Long, FundingAgency> agencies = new LinkedHashMap<>();
        call.getCommitments().forEach(c -> agencies.put(c.getAgency().getId(), c.getAgency()));
        return agencies;
    }
}
