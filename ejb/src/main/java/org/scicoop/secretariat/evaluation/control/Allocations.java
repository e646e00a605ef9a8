package org.scicoop.secretariat.evaluation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.evaluation.boundary.AllocationChoices;
import org.scicoop.secretariat.evaluation.boundary.AllocationView;
import org.scicoop.secretariat.evaluation.entity.CommonPot;
import org.scicoop.secretariat.evaluation.entity.Consensus;
import org.scicoop.secretariat.evaluation.entity.Evaluation;
import org.scicoop.secretariat.evaluation.entity.FundingDecision;
import org.scicoop.secretariat.evaluation.entity.TopUp;
import org.scicoop.secretariat.platform.rules.PlainText;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The virtual common pot over a call's data: the walk as things stand (or with an officer's what-if choices), and
 * the allocation to show — the recorded decision once there is one, never recomputed.
 */
@Dependent
public class Allocations {

    @Inject
    Evaluations evaluations;

    @Inject
    Clock clock;

    /** One walk of the common pot over the call's data, with what it was computed from. */
    public record Walk(Call call, CommonPot.Input input, CommonPot.Result result, LocalDate ratesOn,
                       Map<Long, Proposal> proposals, Map<Long, Partner> partners, Map<Long, Consensus> consensus) {
        public AllocationView view() {
            return AllocationViews.computed(call, input, result, ratesOn, proposals, partners, consensus);
        }
    }

    /** The recorded decision of a decided call, or the walk over today's data (nothing saved). */
    public AllocationView current(Call call, Evaluation evaluation) {
        Map<Long, Consensus> consensus = evaluations.consensus(evaluation);
        FundingDecision decision = evaluations.decision(call).orElse(null);
        if (decision != null) {
            return AllocationViews.recorded(call, decision, consensus, evaluations.topUps(call));
        }
        return walk(call, evaluation, consensus, AllocationChoices.NONE).view();
    }

    /** The walk with {@code choices}: overrides, and for a what-if extra budgets and another threshold. */
    public Walk walk(Call call, Evaluation evaluation, Map<Long, Consensus> consensus, AllocationChoices choices) {
        List<Proposal> proposals = evaluations.proposals(call);
        LocalDate ratesOn = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<CommonPot.Override> overrides = choices.overrides().stream()
                .map(o -> new CommonPot.Override(o.proposalId(), o.kind(),
                        PlainText.requiredParagraphs(o.reason(), "decision.field.overrideReason")))
                .toList();
        Set<Long> ids = proposals.stream().map(Proposal::getId).collect(Collectors.toSet());
        RuleViolation.require(overrides.stream().map(CommonPot.Override::proposalId).distinct().count()
                == overrides.size(), "rule.decision.overrideTwice");
        overrides.forEach(o -> RuleViolation.require(ids.contains(o.proposalId()), "rule.decision.unknownProposal",
                o.proposalId()));
        List<TopUp> topUps = evaluations.topUps(call);
        CommonPot.Input input = evaluations.input(call, evaluation, proposals, consensus, evaluations.checks(call),
                topUps, ratesOn, overrides);
        if (!choices.extraBudgets().isEmpty() || choices.threshold() != null) {
            Map<Long, BigDecimal> extra = new HashMap<>();
            choices.extraBudgets().forEach(b -> extra.merge(b.agencyId(), b.amount(), BigDecimal::add));
            Set<Long> committed = input.budgets().stream().map(CommonPot.Budget::agencyId).collect(Collectors.toSet());
            extra.keySet().forEach(id -> RuleViolation.require(committed.contains(id), "rule.decision.unknownAgency",
                    id));
            input = input.with(input.budgets().stream()
                    .map(b -> new CommonPot.Budget(b.agencyId(), b.currency(),
                            b.amount().add(extra.getOrDefault(b.agencyId(), BigDecimal.ZERO))))
                    .toList(), Objects.requireNonNullElse(choices.threshold(), input.threshold()));
        }
        Map<Long, Proposal> byId = proposals.stream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
        return new Walk(call, input, CommonPot.allocate(input), ratesOn, byId, Evaluations.partners(proposals),
                consensus);
    }
}
