package org.scicoop.secretariat.evaluation.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Suggest" on the officers' assignment board: fills every proposal up to the call's number of reviewers from the
 * reviewer pool. Pure and deterministic. Never assigns a reviewer whose organisation is one of the proposal's
 * partners, who declared a conflict with it, who already reviews it, or who has reached the call's maximum load.
 * Among the others it prefers, in this order: a reviewer from another country than the coordinator's when the call
 * asks for that, more thematic areas in common with the proposal, a lighter load, and the username (so that two
 * runs agree). A reviewer from the coordinator's country is still taken when nobody else is free, and flagged.
 * The places are filled in rounds (every proposal's first reviewer, then every proposal's second, …), within a round
 * the proposals with the fewest possible reviewers first, so that scarce experts go where they are needed and a
 * short pool leaves every proposal one review short rather than some with none. What cannot be filled is reported
 * as a shortage.
 */
public final class AssignmentPlanner {

    private AssignmentPlanner() {
    }

    /** A proposal to review: its themes, its partners' organisations, its coordinator's country, who reviews it already. */
    public record Proposal(long id, Set<String> themes, Set<Long> partnerOrganisations, String coordinatorCountry,
                           Set<String> reviewers) {
        public Proposal {
            themes = Set.copyOf(themes);
            partnerOrganisations = Set.copyOf(partnerOrganisations);
            reviewers = Set.copyOf(reviewers);
        }
    }

    /** A reviewer of the pool: expertise, organisation, country, assignments in the call, declared conflicts. */
    public record Reviewer(String username, Set<String> expertise, Long organisationId, String country, int load,
                           Set<Long> conflicts) {
        public Reviewer {
            Objects.requireNonNull(username);
            expertise = Set.copyOf(expertise);
            conflicts = Set.copyOf(conflicts);
        }
    }

    /** The call's settings: reviewers per proposal, most assignments per reviewer, and whether the coordinator's country is to be avoided. */
    public record Settings(int reviewersPerProposal, int maxLoad, boolean otherCountryThanCoordinator) {
        public Settings {
            if (reviewersPerProposal < 1 || maxLoad < 1) {
                throw new IllegalArgumentException("at least one reviewer per proposal and one proposal per reviewer");
            }
        }
    }

    public enum Flag { SAME_COUNTRY_AS_COORDINATOR, NO_COMMON_THEME }

    /** One suggested assignment, the themes it matches and anything the officer should look at. */
    public record Suggestion(long proposalId, String reviewer, Set<String> commonThemes, Set<Flag> flags) {
    }

    /** A proposal that still misses reviewers after the suggestion. */
    public record Shortage(long proposalId, int missing) {
    }

    public record Plan(List<Suggestion> suggestions, List<Shortage> shortages) {
        public Plan {
            suggestions = List.copyOf(suggestions);
            shortages = List.copyOf(shortages);
        }
    }

    public static Plan plan(List<Proposal> proposals, List<Reviewer> reviewers, Settings settings) {
        Map<String, Integer> load = new HashMap<>();
        reviewers.forEach(r -> load.put(r.username(), r.load()));
        List<Proposal> hardestFirst = proposals.stream()
                .sorted(Comparator.comparingInt((Proposal p) -> (int) reviewers.stream()
                                .filter(r -> mayReview(r, p)).count())
                        .thenComparingLong(Proposal::id))
                .toList();
        Map<Long, Set<String>> taken = new HashMap<>();
        hardestFirst.forEach(p -> taken.put(p.id(), new HashSet<>(p.reviewers())));
        List<Suggestion> suggestions = new ArrayList<>();
        // in rounds, one reviewer more per proposal each round: scarce reviewers spread over all proposals
        for (int round = 1; round <= settings.reviewersPerProposal(); round++) {
            for (Proposal proposal : hardestFirst) {
                Set<String> reviewing = taken.get(proposal.id());
                if (reviewing.size() < round) {
                    Suggestion suggestion = best(proposal, reviewing, reviewers, settings, load);
                    if (suggestion != null) {
                        reviewing.add(suggestion.reviewer());
                        load.merge(suggestion.reviewer(), 1, Integer::sum);
                        suggestions.add(suggestion);
                    }
                }
            }
        }
        List<Shortage> shortages = new ArrayList<>();
        for (Proposal proposal : hardestFirst) {
            int missing = settings.reviewersPerProposal() - taken.get(proposal.id()).size();
            if (missing > 0) {
                shortages.add(new Shortage(proposal.id(), missing));
            }
        }
        suggestions.sort(Comparator.comparingLong(Suggestion::proposalId).thenComparing(Suggestion::reviewer));
        shortages.sort(Comparator.comparingLong(Shortage::proposalId));
        return new Plan(suggestions, shortages);
    }

    private static Suggestion best(Proposal proposal, Set<String> reviewing, List<Reviewer> reviewers,
                                   Settings settings, Map<String, Integer> load) {
        Reviewer best = null;
        int bestCommon = -1;
        boolean bestSameCountry = true;
        for (Reviewer reviewer : reviewers) {
            if (reviewing.contains(reviewer.username()) || !mayReview(reviewer, proposal)
                    || load.get(reviewer.username()) >= settings.maxLoad()) {
                continue;
            }
            boolean sameCountry = settings.otherCountryThanCoordinator()
                    && Objects.equals(reviewer.country(), proposal.coordinatorCountry());
            int common = common(reviewer, proposal);
            if (best == null || better(sameCountry, common, reviewer, bestSameCountry, bestCommon, best, load)) {
                best = reviewer;
                bestCommon = common;
                bestSameCountry = sameCountry;
            }
        }
        return best == null ? null : new Suggestion(proposal.id(), best.username(), commonThemes(best, proposal),
                flags(bestSameCountry, bestCommon));
    }

    /** Whether {@code reviewer} may review {@code proposal} at all: no partner organisation, no declared conflict. */
    public static boolean mayReview(Reviewer reviewer, Proposal proposal) {
        return (reviewer.organisationId() == null || !proposal.partnerOrganisations().contains(reviewer.organisationId()))
                && !reviewer.conflicts().contains(proposal.id());
    }

    private static boolean better(boolean sameCountry, int common, Reviewer reviewer, boolean bestSameCountry,
                                  int bestCommon, Reviewer best, Map<String, Integer> load) {
        if (sameCountry != bestSameCountry) {
            return !sameCountry;
        }
        if (common != bestCommon) {
            return common > bestCommon;
        }
        int byLoad = Integer.compare(load.get(reviewer.username()), load.get(best.username()));
        return byLoad != 0 ? byLoad < 0 : reviewer.username().compareTo(best.username()) < 0;
    }

    private static int common(Reviewer reviewer, Proposal proposal) {
        int common = 0;
        for (String theme : proposal.themes()) {
            if (reviewer.expertise().contains(theme)) {
                common++;
            }
        }
        return common;
    }

    private static Set<String> commonThemes(Reviewer reviewer, Proposal proposal) {
        Set<String> common = new HashSet<>(proposal.themes());
        common.retainAll(reviewer.expertise());
        return Set.copyOf(common);
    }

    private static Set<Flag> flags(boolean sameCountry, int common) {
        Set<Flag> flags = new HashSet<>();
        if (sameCountry) {
            flags.add(Flag.SAME_COUNTRY_AS_COORDINATOR);
        }
        if (common == 0) {
            flags.add(Flag.NO_COMMON_THEME);
        }
        return Set.copyOf(flags);
    }
}
