package org.scicoop.secretariat.evaluation.entity;

import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.proposal.entity.Funding;
import org.scicoop.secretariat.proposal.entity.FundingSource;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.reference.entity.ExchangeRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The virtual common pot (PRODUCT.md, "Funding decision"): the funding decision of a call computed from its ranking
 * list and the budgets of its agencies and common fund. Pure and deterministic: the same input gives the same
 * result, so a decision can be recomputed and explained years later, and a what-if is one more call.
 * <p>
 * The walk: from the top of the ranking, a proposal below the thresholds is not funded; one that passes them is
 * funded only if every partner's request can be paid at once — by the partner's agency from what it has left, or,
 * for a partner from a developing country whose agency has not enough, by the common fund (in euros, at the rates
 * of the decision date) — and then those amounts are taken; otherwise it goes to the reserve list with each
 * <em>funding gap</em> named (which payer blocked it, by how much) and the walk goes on. A proposal with a
 * nationally ineligible partner is not funded. An officer's {@link Override} funds a proposal regardless (a payer
 * may then end below zero, shown as such) or skips one that would be funded, each with its reason.
 * <p>
 * Amounts are in the payer's currency: an agency's own, the common fund's euros. Partners within a proposal are paid
 * in the order given (the proposal's order), which decides which of two partners of one agency falls back to the
 * common fund.
 */
public final class CommonPot {

    private CommonPot() {
    }

    /** What an agency has for the call: its commitment and any national top-ups, in its currency. */
    public record Budget(long agencyId, Currency currency, BigDecimal amount) {
        public Budget {
            Objects.requireNonNull(currency);
            Objects.requireNonNull(amount);
        }
    }

    /**
     * One partner's request: in its agency's currency for {@link FundingSource#AGENCY}, in euros for
     * {@link FundingSource#COMMON_FUND}, nothing for {@link FundingSource#SELF_FUNDED}. {@code developing}: the
     * partner's country is a developing one, so it may fall back to the common fund.
     */
    public record Request(long partnerId, FundingSource source, Long agencyId, boolean developing, BigDecimal amount) {
        public Request {
            Objects.requireNonNull(source);
            Objects.requireNonNull(amount);
            if ((source == FundingSource.AGENCY) != (agencyId != null)) {
                throw new IllegalArgumentException("an agency goes with the agency source only");
            }
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("a request is not negative");
            }
        }

        public static Request agency(long partnerId, long agencyId, boolean developing, BigDecimal amount) {
            return new Request(partnerId, FundingSource.AGENCY, agencyId, developing, amount);
        }

        public static Request commonFund(long partnerId, BigDecimal amountEur) {
            return new Request(partnerId, FundingSource.COMMON_FUND, null, true, amountEur);
        }

        public static Request selfFunded(long partnerId) {
            return new Request(partnerId, FundingSource.SELF_FUNDED, null, false, BigDecimal.ZERO);
        }
    }

    /**
     * A proposal as ranked: its consensus total, whether it meets every criterion's threshold, whether every
     * partner's agency confirmed it nationally eligible, and its partners' requests.
     */
    public record Candidate(long proposalId, BigDecimal total, boolean meetsCriteria, boolean nationallyEligible,
                            List<Request> requests) {
        public Candidate {
            Objects.requireNonNull(total);
            requests = List.copyOf(requests);
        }
    }

    /** An officer's decision on one line, against the walk, with the reason written down. */
    public record Override(long proposalId, Kind kind, String reason) {
        public enum Kind { FUND, SKIP }

        public Override {
            Objects.requireNonNull(kind);
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an override needs its reason");
            }
        }
    }

    /**
     * Everything the walk reads. {@code ranking} best first; {@code eurPerUnit}: how many euros one unit of each
     * agency currency is worth on the decision date (needed where a partner falls back to the common fund).
     */
    public record Input(List<Candidate> ranking, List<Budget> budgets, BigDecimal commonFundEur, BigDecimal threshold,
                        Map<Currency, BigDecimal> eurPerUnit, List<Override> overrides) {
        public Input {
            ranking = List.copyOf(ranking);
            budgets = List.copyOf(budgets);
            Objects.requireNonNull(commonFundEur);
            Objects.requireNonNull(threshold);
            eurPerUnit = Map.copyOf(eurPerUnit);
            overrides = List.copyOf(overrides);
        }

        /** The same input with other budgets (national top-ups) or another threshold: a what-if. */
        public Input with(List<Budget> otherBudgets, BigDecimal otherThreshold) {
            return new Input(ranking, otherBudgets, commonFundEur, otherThreshold, eurPerUnit, overrides);
        }
    }

    /** Who pays: an agency (by id) or the common fund ({@code agencyId} null). */
    public record Payer(Long agencyId) {
        public static final Payer COMMON_FUND = new Payer(null);

        public boolean isCommonFund() {
            return agencyId == null;
        }
    }

    /** What a partner gets, from whom, in the payer's currency. */
    public record Grant(long partnerId, Payer payer, Currency currency, BigDecimal amount) {
    }

    /** A payer that could not pay its part of a proposal: needed, what it had left, and the shortfall. */
    public record Gap(Payer payer, Currency currency, BigDecimal needed, BigDecimal available) {
        public BigDecimal shortfall() {
            return needed.subtract(available);
        }
    }

    public enum Outcome { FUNDED, RESERVE, NOT_FUNDED }

    /** Why a line ended as it did. */
    public enum Reason { WITHIN_BUDGETS, FUNDING_GAP, BELOW_THRESHOLD, NATIONALLY_INELIGIBLE, OVERRIDDEN_FUND, OVERRIDDEN_SKIP }

    /** One line of the result, in ranking order ({@code rank} from 1). */
    public record Line(int rank, long proposalId, Outcome outcome, Reason reason, List<Grant> grants, List<Gap> gaps,
                       Override override) {
        public Line {
            grants = List.copyOf(grants);
            gaps = List.copyOf(gaps);
        }
    }

    /** A payer's use after the walk, in its currency: its budget, what was allocated, what remains (may be negative after an override). */
    public record Use(Payer payer, Currency currency, BigDecimal budget, BigDecimal allocated) {
        public BigDecimal remaining() {
            return budget.subtract(allocated);
        }
    }

    public record Result(List<Line> lines, List<Use> uses) {
        public Result {
            lines = List.copyOf(lines);
            uses = List.copyOf(uses);
        }

        public List<Line> lines(Outcome outcome) {
            return lines.stream().filter(line -> line.outcome() == outcome).toList();
        }
    }

    /** The budgets of {@code call}: each committing agency's commitment, in its currency. */
    public static List<Budget> budgets(Call call) {
        return call.getCommitments().stream()
                .map(c -> new Budget(c.getAgency().getId(), c.getAgency().getCurrency(), c.getAmount())).toList();
    }

    /** {@code proposal} as the walk sees it, with its consensus {@code total} and what the evaluation found. */
    public static Candidate candidate(Proposal proposal, BigDecimal total, boolean meetsCriteria,
                                      boolean nationallyEligible) {
        List<Request> requests = new ArrayList<>();
        for (Partner partner : proposal.getPartners()) {
            requests.add(switch (partner.getSource()) {
                case AGENCY -> Request.agency(partner.getId(), partner.getAgency().getId(),
                        partner.getCountry().isDeveloping(), partner.getRequested());
                case COMMON_FUND -> Request.commonFund(partner.getId(), partner.getRequested());
                case SELF_FUNDED -> Request.selfFunded(partner.getId());
            });
        }
        return new Candidate(proposal.getId(), total, meetsCriteria, nationallyEligible, requests);
    }

    public static Result allocate(Input input) {
        Ledger ledger = new Ledger(input);
        Map<Long, Override> overrides = new HashMap<>();
        for (Override override : input.overrides()) {
            if (overrides.put(override.proposalId(), override) != null) {
                throw new IllegalArgumentException("one override per proposal: " + override.proposalId());
            }
        }
        List<Line> lines = new ArrayList<>(input.ranking().size());
        int rank = 0;
        for (Candidate candidate : input.ranking()) {
            rank++;
            Override override = overrides.get(candidate.proposalId());
            lines.add(decide(rank, candidate, override, input.threshold(), ledger));
        }
        return new Result(lines, ledger.uses());
    }

    private static Line decide(int rank, Candidate candidate, Override override, BigDecimal threshold, Ledger ledger) {
        if (override != null && override.kind() == Override.Kind.SKIP) {
            return new Line(rank, candidate.proposalId(), Outcome.NOT_FUNDED, Reason.OVERRIDDEN_SKIP, List.of(),
                    List.of(), override);
        }
        Attempt attempt = ledger.attempt(candidate);
        if (override != null) {
            ledger.take(attempt);
            return new Line(rank, candidate.proposalId(), Outcome.FUNDED, Reason.OVERRIDDEN_FUND, attempt.grants,
                    attempt.gaps, override);
        }
        if (!candidate.meetsCriteria() || candidate.total().compareTo(threshold) < 0) {
            return new Line(rank, candidate.proposalId(), Outcome.NOT_FUNDED, Reason.BELOW_THRESHOLD, List.of(),
                    List.of(), null);
        }
        if (!candidate.nationallyEligible()) {
            return new Line(rank, candidate.proposalId(), Outcome.NOT_FUNDED, Reason.NATIONALLY_INELIGIBLE, List.of(),
                    List.of(), null);
        }
        if (!attempt.gaps.isEmpty()) {
            return new Line(rank, candidate.proposalId(), Outcome.RESERVE, Reason.FUNDING_GAP, List.of(), attempt.gaps,
                    null);
        }
        ledger.take(attempt);
        return new Line(rank, candidate.proposalId(), Outcome.FUNDED, Reason.WITHIN_BUDGETS, attempt.grants, List.of(),
                null);
    }

    /** How one proposal would be paid from what is left now: the grants, and the gaps that block it. */
    private record Attempt(List<Grant> grants, List<Gap> gaps) {
    }

    /** What each payer has left during the walk. */
    private static final class Ledger {

        private final Map<Payer, Currency> currencies = new LinkedHashMap<>();
        private final Map<Payer, BigDecimal> budgets = new LinkedHashMap<>();
        private final Map<Payer, BigDecimal> allocated = new HashMap<>();
        private final Map<Currency, BigDecimal> eurPerUnit;

        Ledger(Input input) {
            for (Budget budget : input.budgets()) {
                Payer payer = new Payer(budget.agencyId());
                if (currencies.put(payer, budget.currency()) != null) {
                    throw new IllegalArgumentException("one budget per agency: " + budget.agencyId());
                }
                budgets.put(payer, budget.amount());
            }
            currencies.put(Payer.COMMON_FUND, Funding.EURO);
            budgets.put(Payer.COMMON_FUND, input.commonFundEur());
            eurPerUnit = input.eurPerUnit();
        }

        private BigDecimal left(Payer payer, Map<Payer, BigDecimal> taken) {
            return budgets.get(payer).subtract(allocated.getOrDefault(payer, BigDecimal.ZERO))
                    .subtract(taken.getOrDefault(payer, BigDecimal.ZERO));
        }

        Attempt attempt(Candidate candidate) {
            Map<Payer, BigDecimal> taken = new LinkedHashMap<>();
            Set<Payer> blocked = new LinkedHashSet<>();
            List<Grant> grants = new ArrayList<>();
            for (Request request : candidate.requests()) {
                if (request.source() == FundingSource.SELF_FUNDED || request.amount().signum() == 0) {
                    continue;
                }
                Payer own = request.source() == FundingSource.AGENCY ? new Payer(request.agencyId()) : Payer.COMMON_FUND;
                if (!budgets.containsKey(own)) {
                    throw new IllegalArgumentException("no budget for agency " + request.agencyId());
                }
                Payer payer = own;
                BigDecimal amount = request.amount();
                boolean enough = left(own, taken).compareTo(amount) >= 0;
                if (!enough && !own.isCommonFund() && request.developing()) {
                    BigDecimal inEuros = ExchangeRate.toEur(amount, rate(currencies.get(own)));
                    if (left(Payer.COMMON_FUND, taken).compareTo(inEuros) >= 0) {
                        payer = Payer.COMMON_FUND;
                        amount = inEuros;
                        enough = true;
                    }
                }
                if (!enough) {
                    blocked.add(own);
                }
                taken.merge(payer, amount, BigDecimal::add);
                grants.add(new Grant(request.partnerId(), payer, currencies.get(payer), amount));
            }
            List<Gap> gaps = new ArrayList<>();
            for (Payer payer : blocked) {
                // what the proposal needs of this payer in all, against what the payer had before it
                BigDecimal available = left(payer, Map.of());
                gaps.add(new Gap(payer, currencies.get(payer), taken.get(payer), available));
            }
            return new Attempt(grants, gaps);
        }

        void take(Attempt attempt) {
            for (Grant grant : attempt.grants()) {
                allocated.merge(grant.payer(), grant.amount(), BigDecimal::add);
            }
        }

        private BigDecimal rate(Currency currency) {
            if (currency.equals(Funding.EURO)) {
                return BigDecimal.ONE;
            }
            BigDecimal rate = eurPerUnit.get(currency);
            if (rate == null) {
                throw new IllegalArgumentException("no exchange rate for " + currency + " on the decision date");
            }
            return rate;
        }

        List<Use> uses() {
            List<Use> uses = new ArrayList<>();
            for (Map.Entry<Payer, BigDecimal> budget : budgets.entrySet()) {
                Payer payer = budget.getKey();
                uses.add(new Use(payer, currencies.get(payer), budget.getValue(),
                        allocated.getOrDefault(payer, BigDecimal.ZERO)));
            }
            return uses;
        }
    }
}
