package org.scicoop.secretariat.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.scicoop.secretariat.call.control.CallLookup;
import org.scicoop.secretariat.call.entity.Call;
import org.scicoop.secretariat.call.entity.CallStatus;
import org.scicoop.secretariat.evaluation.control.AllocationViews;
import org.scicoop.secretariat.evaluation.control.Allocations;
import org.scicoop.secretariat.evaluation.control.Evaluations;
import org.scicoop.secretariat.evaluation.control.FundingDecided;
import org.scicoop.secretariat.evaluation.entity.Assignment;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner;
import org.scicoop.secretariat.evaluation.entity.CommonPot;
import org.scicoop.secretariat.evaluation.entity.Consensus;
import org.scicoop.secretariat.evaluation.entity.Criterion;
import org.scicoop.secretariat.evaluation.entity.Declaration;
import org.scicoop.secretariat.evaluation.entity.Evaluation;
import org.scicoop.secretariat.evaluation.entity.Expert;
import org.scicoop.secretariat.evaluation.entity.FundingDecision;
import org.scicoop.secretariat.evaluation.entity.NationalCheck;
import org.scicoop.secretariat.evaluation.entity.Ranking;
import org.scicoop.secretariat.evaluation.entity.ReviewScore;
import org.scicoop.secretariat.evaluation.entity.ReviewStatus;
import org.scicoop.secretariat.evaluation.entity.Score;
import org.scicoop.secretariat.evaluation.entity.TopUp;
import org.scicoop.secretariat.person.control.Callers;
import org.scicoop.secretariat.person.entity.Roles;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.Caller;
import org.scicoop.secretariat.platform.control.SecurityLog;
import org.scicoop.secretariat.platform.control.Settings;
import org.scicoop.secretariat.platform.control.Versioned;
import org.scicoop.secretariat.platform.boundary.WorkItem;
import org.scicoop.secretariat.platform.rules.RuleViolation;
import org.scicoop.secretariat.proposal.control.ProposalMail;
import org.scicoop.secretariat.proposal.entity.Partner;
import org.scicoop.secretariat.proposal.entity.Proposal;
import org.scicoop.secretariat.proposal.entity.ProposalStatus;
import org.scicoop.secretariat.reference.entity.FundingAgency;
import org.scicoop.secretariat.reference.entity.ThematicArea;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation of a call and its funding decision (issue 13, PRODUCT.md "Evaluation" and "Funding decision"), as
 * programme officers run it: start it on a closed call whose proposals are all screened, assign reviewers (by hand or
 * "suggest"), follow the reviews, set the consensus, rank, allocate through the virtual common pot (with what-ifs),
 * decide and archive. Administrators read everything; national contacts read their agency's part of the allocation
 * ({@link SignOffService}). Reviewers work in {@link ReviewService}.
 */
@Stateless
public class EvaluationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallLookup calls;

    @Inject
    Evaluations evaluations;

    @Inject
    Allocations allocations;

    @Inject
    Callers callers;

    @Inject
    Event<ProposalMail.Decided> decided;

    @Inject
    Event<FundingDecided> fundingDecided;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public EvaluationView get(@NotBlank String callCode) {
        Call call = calls.existing(callCode);
        return view(call, evaluations.of(call).orElse(null));
    }

    /**
     * Starts the evaluation of a closed call ({@code CLOSED → IN_EVALUATION}): every submitted proposal must have
     * been screened; the eligible ones go into evaluation.
     */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public EvaluationView start(@NotBlank String callCode, long expectedVersion, @NotNull @Valid EvaluationSettings settings) {
        Call call = calls.existing(callCode);
        Versioned.require("call " + callCode, expectedVersion, call.getVersion());
        long unscreened = em.createQuery("select count(p) from Proposal p where p.call = :call and p.status in :waiting",
                        Long.class).setParameter("call", call)
                .setParameter("waiting", List.of(ProposalStatus.SUBMITTED, ProposalStatus.REOPENED)).getSingleResult();
        call.startEvaluation(unscreened);
        Evaluation evaluation = Evaluation.start(call, settings.domain(), caller.username(), clock.instant());
        em.persist(evaluation);
        em.createQuery("select p from Proposal p where p.call = :call and p.status = :eligible", Proposal.class)
                .setParameter("call", call).setParameter("eligible", ProposalStatus.ELIGIBLE)
                .getResultList().forEach(Proposal::enterEvaluation);
        Versioned.flushAggregate(em, call, "call " + callCode, expectedVersion);
        return view(call, evaluation);
    }

    /** New settings, until the first review is submitted. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public EvaluationView configure(@NotBlank String callCode, long expectedVersion,
                                    @NotNull @Valid EvaluationSettings settings) {
        Call call = inEvaluation(callCode);
        Evaluation evaluation = evaluations.existing(call);
        Versioned.require("evaluation of " + callCode, expectedVersion, evaluation.getVersion());
        boolean submitted = evaluations.assignments(evaluation).stream()
                .anyMatch(a -> a.getStatus() == ReviewStatus.SUBMITTED);
        evaluation.reconfigure(settings.domain(), submitted);
        Versioned.flushAggregate(em, evaluation, "evaluation of " + callCode, expectedVersion);
        return view(call, evaluation);
    }

    /** The assignment board: proposals with their reviewers, and the pool with loads. */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public BoardView board(@NotBlank String callCode) {
        Call call = calls.existing(callCode);
        return board(call, evaluations.existing(call));
    }

    /**
     * "Suggest": fills every proposal up to the call's number of reviewers from the pool (themes matched, loads
     * balanced, never a partner's organisation or a declared conflict) and records the assignments; the officer
     * adjusts by hand afterwards.
     */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public BoardView suggest(@NotBlank String callCode) {
        Call call = inEvaluation(callCode);
        Evaluation evaluation = evaluations.existing(call);
        RuleViolation.require(!evaluation.isConsensusStarted(), "rule.evaluation.consensusStarted");
        List<Proposal> proposals = evaluations.proposals(call);
        List<Assignment> assignments = evaluations.assignments(evaluation);
        Map<Long, Set<String>> reviewing = new HashMap<>();
        Map<String, Integer> load = new HashMap<>();
        Map<String, Set<Long>> conflicts = new HashMap<>();
        for (Assignment a : assignments) {
            if (a.isActive()) {
                reviewing.computeIfAbsent(a.getProposal().getId(), k -> new HashSet<>()).add(a.getReviewer());
                load.merge(a.getReviewer(), 1, Integer::sum);
            } else {
                conflicts.computeIfAbsent(a.getReviewer(), k -> new HashSet<>()).add(a.getProposal().getId());
            }
        }
        Set<String> themes = call.getThemes().stream().map(ThematicArea::getCode).collect(Collectors.toSet());
        List<AssignmentPlanner.Proposal> planned = proposals.stream()
                .filter(p -> p.getStatus() == ProposalStatus.IN_EVALUATION)
                .map(p -> new AssignmentPlanner.Proposal(p.getId(), themes,
                        p.getPartners().stream().map(x -> x.getOrganisation().getId()).collect(Collectors.toSet()),
                        p.coordinatingPartner().getCountry().getCode(),
                        // only the active reviewers hold places; one who declared a conflict is kept out by the
                        // planner through their conflicts, and their place is filled again
                        reviewing.getOrDefault(p.getId(), Set.of())))
                .toList();
        List<AssignmentPlanner.Reviewer> pool = evaluations.experts().stream()
                .map(e -> e.planned(load.getOrDefault(e.getUsername(), 0),
                        conflicts.getOrDefault(e.getUsername(), Set.of())))
                .toList();
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(planned, pool, new AssignmentPlanner.Settings(
                evaluation.getReviewersPerProposal(), evaluation.getMaxLoad(), evaluation.isOtherCountryThanCoordinator()));
        Map<Long, Proposal> byId = proposals.stream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
        Instant now = clock.instant();
        for (AssignmentPlanner.Suggestion suggestion : plan.suggestions()) {
            em.persist(Assignment.assign(evaluation, byId.get(suggestion.proposalId()), suggestion.reviewer(),
                    caller.username(), now));
        }
        em.flush();
        return board(call, evaluation);
    }

    /** Assigns {@code reviewer} (an expert of the pool) to a proposal by hand. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public BoardView assign(@NotBlank String callCode, long proposalId, @NotBlank @Size(max = 100) String reviewer) {
        Call call = inEvaluation(callCode);
        Evaluation evaluation = evaluations.existing(call);
        Proposal proposal = evaluations.proposal(call, proposalId);
        RuleViolation.require(proposal.getStatus() == ProposalStatus.IN_EVALUATION, "rule.evaluation.notInEvaluation");
        Expert expert = evaluations.expert(reviewer).orElseThrow(() -> new NotFound("expert " + reviewer));
        RuleViolation.require(expert.getOrganisation() == null || proposal.getPartners().stream()
                        .noneMatch(p -> p.getOrganisation().getId().equals(expert.getOrganisation().getId())),
                "rule.evaluation.partnerOrganisation", expert.getDisplayName());
        List<Assignment> existing = evaluations.assignments(evaluation, proposal);
        RuleViolation.require(existing.stream().noneMatch(a -> a.getReviewer().equals(reviewer)),
                "rule.evaluation.alreadyAssigned", expert.getDisplayName());
        long load = em.createQuery("select count(a) from Assignment a where a.evaluation = :evaluation"
                        + " and a.reviewer = :reviewer and a.declaration <> :conflict", Long.class)
                .setParameter("evaluation", evaluation).setParameter("reviewer", reviewer)
                .setParameter("conflict", Declaration.CONFLICT).getSingleResult();
        RuleViolation.require(load < evaluation.getMaxLoad(), "rule.evaluation.overloaded", expert.getDisplayName(),
                evaluation.getMaxLoad());
        em.persist(Assignment.assign(evaluation, proposal, reviewer, caller.username(), clock.instant()));
        em.flush();
        return board(call, evaluation);
    }

    /** Takes an assignment back, unless its review was submitted (that one counts). */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public BoardView unassign(@NotBlank String callCode, long assignmentId) {
        Call call = inEvaluation(callCode);
        Evaluation evaluation = evaluations.existing(call);
        Assignment assignment = em.find(Assignment.class, assignmentId);
        if (assignment == null || !assignment.getEvaluation().equals(evaluation)) {
            throw new NotFound("assignment " + assignmentId);
        }
        RuleViolation.require(assignment.getStatus() != ReviewStatus.SUBMITTED, "rule.evaluation.reviewSubmitted");
        RuleViolation.require(!evaluation.isConsensusStarted(), "rule.evaluation.consensusStarted");
        em.remove(assignment);
        em.flush();
        return board(call, evaluation);
    }

    /** Closes the reviews: from now on the officer sets the consensus, and reviews can no longer be reopened. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public EvaluationView startConsensus(@NotBlank String callCode, long expectedVersion) {
        Call call = inEvaluation(callCode);
        Evaluation evaluation = evaluations.existing(call);
        Versioned.require("evaluation of " + callCode, expectedVersion, evaluation.getVersion());
        evaluation.startConsensus(clock.instant());
        Versioned.flushAggregate(em, evaluation, "evaluation of " + callCode, expectedVersion);
        return view(call, evaluation);
    }

    /** The consensus page of a proposal: the submitted reviews side by side, divergences flagged, the consensus. */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public ConsensusView consensus(@NotBlank String callCode, long proposalId) {
        Call call = calls.existing(callCode);
        Evaluation evaluation = evaluations.existing(call);
        return consensusView(evaluation, evaluations.proposal(call, proposalId));
    }

    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public ConsensusView setConsensus(@NotBlank String callCode, long proposalId, long expectedVersion,
                                      @NotNull @Valid ConsensusCommand command) {
        Call call = inEvaluation(callCode);
        Evaluation evaluation = evaluations.existing(call);
        Proposal proposal = evaluations.proposal(call, proposalId);
        Instant now = clock.instant();
        Consensus consensus = evaluations.consensus(evaluation, proposal).orElse(null);
        if (consensus == null) {
            Versioned.require("consensus of " + proposalId, expectedVersion, 0);
            em.persist(Consensus.of(evaluation, proposal, command.scores(), command.report(), caller.username(), now));
            em.flush();
        } else {
            Versioned.require("consensus of " + proposalId, expectedVersion, consensus.getVersion());
            consensus.set(command.scores(), command.report(), caller.username(), now);
            Versioned.flushAggregate(em, consensus, "consensus of " + proposalId, expectedVersion);
        }
        return consensusView(evaluation, proposal);
    }

    /** The ranking list: proposals with a consensus, best first, thresholds marked. */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public RankingView ranking(@NotBlank String callCode) {
        Call call = calls.existing(callCode);
        Evaluation evaluation = evaluations.existing(call);
        List<Proposal> proposals = evaluations.proposals(call);
        Map<Long, Consensus> consensus = evaluations.consensus(evaluation);
        Map<Long, NationalCheck> checks = evaluations.checks(call);
        Map<Long, Proposal> byId = proposals.stream().collect(Collectors.toMap(Proposal::getId, Function.identity()));
        List<RankingView.Line> lines = new ArrayList<>();
        int rank = 0;
        for (Ranking.Scored scored : Evaluations.ranking(proposals, consensus)) {
            Proposal proposal = byId.get(scored.proposalId());
            Consensus set = consensus.get(scored.proposalId());
            lines.add(new RankingView.Line(++rank, proposal.getId(), proposal.getAcronym(), proposal.getTitle(),
                    proposal.coordinatingPartner().getCountry().getCode(), set.getScores(), set.total(),
                    set.meetsThresholds(), scored.developingPartners(),
                    Evaluations.nationallyEligible(proposal, checks)));
        }
        List<RankingView.Pending> pending = proposals.stream().filter(p -> !consensus.containsKey(p.getId()))
                .map(p -> new RankingView.Pending(p.getId(), p.getAcronym())).toList();
        return new RankingView(call.getCode(), evaluation.getCriteria().stream().map(Criterion::getCode).toList(),
                evaluation.getTotalThreshold(), lines, pending);
    }

    /** The allocation: the recorded decision of a decided call, or the walk over today's data (nothing saved). */
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    public AllocationView allocation(@NotBlank String callCode) {
        Call call = calls.existing(callCode);
        return allocations.current(call, evaluations.existing(call));
    }

    /** A what-if beside the current allocation: extra top-ups, another threshold, overrides; nothing saved. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public WhatIfView whatIf(@NotBlank String callCode, @NotNull @Valid AllocationChoices choices) {
        Call call = inEvaluation(callCode);
        Evaluation evaluation = evaluations.existing(call);
        Map<Long, Consensus> consensus = evaluations.consensus(evaluation);
        AllocationView current = allocations.walk(call, evaluation, consensus, AllocationChoices.NONE).view();
        AllocationView whatIf = allocations.walk(call, evaluation, consensus, choices).view();
        Map<Long, CommonPot.Outcome> before = current.lines().stream()
                .collect(Collectors.toMap(AllocationView.Line::proposalId, AllocationView.Line::outcome));
        List<Long> changed = whatIf.lines().stream().filter(l -> before.get(l.proposalId()) != l.outcome())
                .map(AllocationView.Line::proposalId).toList();
        return new WhatIfView(current, whatIf, changed);
    }

    /**
     * Confirms the allocation with the officer's overrides (each with its reason): records the decision and the
     * awards, sets every ranked proposal's outcome, sets the call to DECIDED, makes each funded proposal's project
     * ({@link FundingDecided}, same transaction) and e-mails every coordinator the
     * result with the consensus report, in the language they submitted in. Every proposal needs its consensus.
     */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public AllocationView decide(@NotBlank String callCode, long expectedVersion,
                                 @NotNull @Valid AllocationChoices choices) {
        Call call = inEvaluation(callCode);
        Versioned.require("call " + callCode, expectedVersion, call.getVersion());
        RuleViolation.require(choices.extraBudgets().isEmpty() && choices.threshold() == null,
                "rule.decision.whatIfOnly");
        Evaluation evaluation = evaluations.existing(call);
        RuleViolation.require(evaluation.isConsensusStarted(), "rule.consensus.notStarted");
        Map<Long, Consensus> consensus = evaluations.consensus(evaluation);
        Allocations.Walk walk = allocations.walk(call, evaluation, consensus, choices);
        long missing = walk.proposals().values().stream().filter(p -> !consensus.containsKey(p.getId())).count();
        RuleViolation.require(missing == 0, "rule.decision.consensusMissing", missing);
        Instant now = clock.instant();
        FundingDecision decision = FundingDecision.record(call, walk.input(), walk.result(), walk.ratesOn(),
                new FundingDecision.Sources(walk.proposals()::get, walk.partners()::get,
                        id -> em.find(FundingAgency.class, id)), caller.username(), now);
        em.persist(decision);
        for (CommonPot.Line line : walk.result().lines()) {
            Proposal proposal = walk.proposals().get(line.proposalId());
            proposal.decided(switch (line.outcome()) {
                case FUNDED -> ProposalStatus.FUNDED;
                case RESERVE -> ProposalStatus.RESERVE;
                case NOT_FUNDED -> ProposalStatus.NOT_FUNDED;
            });
            Partner coordinating = proposal.coordinatingPartner();
            decided.fire(new ProposalMail.Decided(coordinating.getPiEmail(),
                    Objects.requireNonNullElse(proposal.getLanguage(), "en"), proposal.getAcronym(), call.getCode(),
                    proposal.getStatus(), consensus.get(proposal.getId()).total(),
                    consensus.get(proposal.getId()).getReport(), proposal.getId(), Settings.appUrl()));
        }
        call.decided();
        fundingDecided.fire(new FundingDecided(decision, now));
        Versioned.flushAggregate(em, call, "call " + callCode, expectedVersion);
        SecurityLog.info("decision.recorded", caller.username(), Map.of("call", callCode, "proposals", walk.proposals().size(),
                "funded", walk.result().lines().stream().filter(line -> line.outcome() == CommonPot.Outcome.FUNDED)
                        .count()));
        return AllocationViews.recorded(call, decision, consensus, evaluations.topUps(call));
    }

    /** Puts a decided call away. */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public EvaluationView archive(@NotBlank String callCode, long expectedVersion) {
        Call call = calls.existing(callCode);
        Versioned.require("call " + callCode, expectedVersion, call.getVersion());
        call.archive();
        Versioned.flushAggregate(em, call, "call " + callCode, expectedVersion);
        return view(call, evaluations.of(call).orElse(null));
    }

    /**
     * The officer's evaluation work for their home: per call in evaluation whose consensus has not started, how many
     * assigned reviews are still due (not submitted, no conflict declared).
     */
    @RolesAllowed(Roles.PROGRAMME_OFFICER)
    public List<WorkItem> work() {
        return em.createQuery("select c.code, c.title, count(a) from Assignment a join a.proposal p join p.call c"
                        + " where c.status = :inEvaluation and a.status <> :submitted and a.declaration <> :conflict"
                        + " and a.evaluation.consensusStartedAt is null"
                        + " group by c.code, c.title order by c.code", Object[].class)
                .setParameter("inEvaluation", CallStatus.IN_EVALUATION)
                .setParameter("submitted", ReviewStatus.SUBMITTED)
                .setParameter("conflict", Declaration.CONFLICT)
                .setMaxResults(WorkItem.MAX_PER_KIND)
                .getResultList().stream()
                .map(row -> new WorkItem("evaluation.reviews", (String) row[0], (String) row[0], (String) row[1], null,
                        null, (Long) row[2]))
                .toList();
    }

    // ---------------------------------------------------------------- internals

    private Call inEvaluation(String callCode) {
        Call call = calls.existing(callCode);
        RuleViolation.require(call.getStatus() == CallStatus.IN_EVALUATION, "rule.evaluation.callNotInEvaluation",
                call.getCode());
        return call;
    }

    private BoardView board(Call call, Evaluation evaluation) {
        List<Proposal> proposals = evaluations.proposals(call);
        List<Assignment> assignments = evaluations.assignments(evaluation);
        List<Expert> experts = evaluations.experts();
        Map<String, Expert> byUsername = experts.stream().collect(Collectors.toMap(Expert::getUsername,
                Function.identity()));
        Map<String, String> names = callers.names(assignments.stream().map(Assignment::getReviewer)
                .filter(u -> !byUsername.containsKey(u)).collect(Collectors.toSet()));
        Map<Long, List<Assignment>> byProposal = assignments.stream()
                .collect(Collectors.groupingBy(a -> a.getProposal().getId()));
        Map<String, Integer> load = new HashMap<>();
        assignments.stream().filter(Assignment::isActive).forEach(a -> load.merge(a.getReviewer(), 1, Integer::sum));
        Set<String> themes = call.getThemes().stream().map(ThematicArea::getCode).collect(Collectors.toSet());
        boolean mayAssign = caller.isInRole(Roles.PROGRAMME_OFFICER) && call.getStatus() == CallStatus.IN_EVALUATION
                && !evaluation.isConsensusStarted();
        List<BoardView.Row> rows = new ArrayList<>();
        for (Proposal proposal : proposals) {
            String coordinatorCountry = proposal.coordinatingPartner().getCountry().getCode();
            List<BoardView.Seat> seats = new ArrayList<>();
            for (Assignment a : byProposal.getOrDefault(proposal.getId(), List.of())) {
                Expert expert = byUsername.get(a.getReviewer());
                seats.add(new BoardView.Seat(a.getId(), a.getReviewer(), expert != null ? expert.getDisplayName()
                        : names.getOrDefault(a.getReviewer(), a.getReviewer()), a.getDeclaration(),
                        a.getConflictReason(), a.getStatus(), evaluation.isOtherCountryThanCoordinator()
                        && expert != null && expert.getCountry().getCode().equals(coordinatorCountry),
                        mayAssign && a.getStatus() != ReviewStatus.SUBMITTED, a.getVersion()));
            }
            int active = (int) seats.stream().filter(s -> s.declaration() != Declaration.CONFLICT).count();
            rows.add(new BoardView.Row(proposal.getId(), proposal.getAcronym(), proposal.getTitle(), coordinatorCountry,
                    themes, seats, Math.max(0, evaluation.getReviewersPerProposal() - active)));
        }
        List<BoardView.Expert> pool = experts.stream()
                .map(e -> new BoardView.Expert(e.getUsername(), e.getDisplayName(), e.getCountry().getCode(),
                        e.getOrganisation() == null ? null : e.getOrganisation().getName(),
                        e.getExpertise().stream().map(ThematicArea::getCode).collect(Collectors.toSet()),
                        load.getOrDefault(e.getUsername(), 0)))
                .toList();
        return new BoardView(call.getCode(), evaluation.getReviewersPerProposal(), evaluation.getMaxLoad(), rows, pool);
    }

    private ConsensusView consensusView(Evaluation evaluation, Proposal proposal) {
        List<Criterion> criteria = evaluation.getCriteria();
        List<Assignment> submitted = evaluations.assignments(evaluation, proposal).stream()
                .filter(a -> a.getStatus() == ReviewStatus.SUBMITTED).toList();
        Map<String, String> names = callers.names(submitted.stream().map(Assignment::getReviewer).toList());
        List<ConsensusView.Review> reviews = submitted.stream()
                .map(a -> new ConsensusView.Review(names.getOrDefault(a.getReviewer(), a.getReviewer()),
                        a.getScores().stream().map(ReviewScore::getScore).toList(),
                        a.getScores().stream().map(ReviewScore::getComment).toList()))
                .toList();
        List<ConsensusView.Criterion> rows = new ArrayList<>();
        for (Criterion criterion : criteria) {
            List<BigDecimal> scores = submitted.stream()
                    .flatMap(a -> a.getScores().stream())
                    .filter(s -> s.getCriterion() == criterion.getOrdinal() && s.getScore() != null)
                    .map(ReviewScore::getScore).toList();
            rows.add(new ConsensusView.Criterion(criterion.getCode(), criterion.getThreshold(), Score.diverge(scores)));
        }
        Consensus consensus = evaluations.consensus(evaluation, proposal).orElse(null);
        return new ConsensusView(proposal.getId(), proposal.getAcronym(), proposal.getTitle(), rows, reviews,
                consensus == null ? List.of() : consensus.getScores(), consensus == null ? null : consensus.getReport(),
                consensus == null ? null : consensus.getSetBy(), consensus == null ? null : consensus.getSetAt(),
                consensus != null && consensus.meetsThresholds(), consensus == null ? 0 : consensus.getVersion());
    }

    private EvaluationView view(Call call, Evaluation evaluation) {
        boolean officer = caller.isInRole(Roles.PROGRAMME_OFFICER);
        CallStatus status = call.getStatus();
        if (evaluation == null) {
            return new EvaluationView(call.getCode(), call.getTitle(), status, null, null, null,
                    new EvaluationView.Progress(0, 0, 0, 0, 0, 0, 0),
                    new EvaluationView.Rights(officer && status == CallStatus.CLOSED, false, false, false, false,
                            false, false, false), call.getVersion(), 0);
        }
        Evaluations.Counts counts = evaluations.counts(evaluation);
        long proposals = counts.proposals();
        long consensusSet = counts.consensusSet();
        int conflicts = (int) counts.conflicts();
        int drafts = (int) counts.drafts();
        int submitted = (int) counts.submitted();
        boolean inEvaluation = status == CallStatus.IN_EVALUATION;
        boolean consensus = evaluation.isConsensusStarted();
        return new EvaluationView(call.getCode(), call.getTitle(), status,
                EvaluationSettings.of(new Evaluation.Settings(evaluation.getCriteria().stream()
                        .map(c -> new Evaluation.CriterionSetting(c.getCode(), c.getThreshold())).toList(),
                        evaluation.getTotalThreshold(), evaluation.getReviewersPerProposal(), evaluation.getMaxLoad(),
                        evaluation.isOtherCountryThanCoordinator())),
                evaluation.getStartedAt(), evaluation.getConsensusStartedAt(),
                new EvaluationView.Progress((int) proposals, (int) proposals * evaluation.getReviewersPerProposal(),
                        (int) counts.assignments() - conflicts, conflicts, drafts, submitted, (int) consensusSet),
                new EvaluationView.Rights(false, officer && inEvaluation && submitted == 0,
                        officer && inEvaluation && !consensus, officer && inEvaluation && !consensus,
                        officer && inEvaluation && consensus, officer && inEvaluation,
                        officer && inEvaluation && consensus && consensusSet == proposals && proposals > 0,
                        officer && status == CallStatus.DECIDED),
                call.getVersion(), evaluation.getVersion());
    }

}
