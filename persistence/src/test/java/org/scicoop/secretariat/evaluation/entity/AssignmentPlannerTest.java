package org.scicoop.secretariat.evaluation.entity;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Flag;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Plan;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Proposal;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Reviewer;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Settings;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Shortage;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Suggestion;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AssignmentPlannerTest {

    private static final Settings THREE = new Settings(3, 10, true);

    private static Proposal proposal(long id, Set<String> themes, Set<Long> organisations, String country) {
        return new Proposal(id, themes, organisations, country, Set.of());
    }

    private static Reviewer reviewer(String name, Set<String> expertise, long organisation, String country) {
        return new Reviewer(name, expertise, organisation, country, 0, Set.of());
    }

    private static List<String> reviewersOf(Plan plan, long proposalId) {
        return plan.suggestions().stream().filter(s -> s.proposalId() == proposalId).map(Suggestion::reviewer).toList();
    }

    @Test
    void neverAReviewerFromAPartnerOrganisationOrOneWhoDeclaredAConflict() {
        Proposal proposal = proposal(1, Set.of("WATER"), Set.of(10L, 11L), "FR");
        List<Reviewer> pool = List.of(
                reviewer("at-partner", Set.of("WATER"), 10, "DE"),
                new Reviewer("conflicted", Set.of("WATER"), 20L, "DE", 0, Set.of(1L)),
                reviewer("free-1", Set.of(), 21, "DE"),
                reviewer("free-2", Set.of(), 22, "IN"),
                reviewer("free-3", Set.of(), 23, "BR"));

        Plan plan = AssignmentPlanner.plan(List.of(proposal), pool, THREE);

        assertThat(reviewersOf(plan, 1)).containsExactlyInAnyOrder("free-1", "free-2", "free-3");
        assertThat(plan.suggestions()).allSatisfy(s -> assertThat(s.flags()).contains(Flag.NO_COMMON_THEME));
        assertThat(plan.shortages()).isEmpty();
    }

    @Test
    void expertsOfTheProposalsThemesComeFirst() {
        Proposal proposal = proposal(1, Set.of("WATER", "CLIMATE"), Set.of(), "FR");
        List<Reviewer> pool = List.of(
                reviewer("a-generalist", Set.of("HEALTH"), 1, "DE"),
                reviewer("b-both", Set.of("WATER", "CLIMATE"), 2, "DE"),
                reviewer("c-water", Set.of("WATER"), 3, "DE"),
                reviewer("d-climate", Set.of("CLIMATE", "HEALTH"), 4, "DE"));

        Plan plan = AssignmentPlanner.plan(List.of(proposal), pool, THREE);

        assertThat(plan.suggestions()).extracting(Suggestion::reviewer, Suggestion::commonThemes).containsExactly(
                tuple("b-both", Set.of("WATER", "CLIMATE")), tuple("c-water", Set.of("WATER")),
                tuple("d-climate", Set.of("CLIMATE")));
    }

    @Test
    void theLoadIsBalancedAndNeverAboveTheMaximum() {
        List<Proposal> proposals = List.of(proposal(1, Set.of("WATER"), Set.of(), "FR"),
                proposal(2, Set.of("WATER"), Set.of(), "FR"), proposal(3, Set.of("WATER"), Set.of(), "FR"),
                proposal(4, Set.of("WATER"), Set.of(), "FR"));
        List<Reviewer> pool = List.of(reviewer("r1", Set.of("WATER"), 1, "DE"),
                reviewer("r2", Set.of("WATER"), 2, "DE"), reviewer("r3", Set.of("WATER"), 3, "DE"),
                reviewer("r4", Set.of("WATER"), 4, "DE"));

        Plan balanced = AssignmentPlanner.plan(proposals, pool, new Settings(2, 10, true));
        Plan capped = AssignmentPlanner.plan(proposals, pool, new Settings(3, 2, true));

        assertThat(loads(balanced)).containsOnly(Map.entry("r1", 2L), Map.entry("r2", 2L), Map.entry("r3", 2L),
                Map.entry("r4", 2L));
        assertThat(loads(capped).values()).allMatch(load -> load <= 2);
        // 4 proposals × 3 reviewers = 12 places, 4 reviewers × 2 = 8 assignments: 4 places stay empty
        assertThat(capped.shortages()).extracting(Shortage::missing).containsOnly(1);
        assertThat(capped.shortages()).hasSize(4);
    }

    private static Map<String, Long> loads(Plan plan) {
        return plan.suggestions().stream().collect(Collectors.groupingBy(Suggestion::reviewer, Collectors.counting()));
    }

    @Test
    void aReviewerFromTheCoordinatorsCountryOnlyWhenNobodyElseIsFreeAndThenFlagged() {
        Proposal proposal = proposal(1, Set.of("WATER"), Set.of(), "FR");
        List<Reviewer> pool = List.of(reviewer("french-expert", Set.of("WATER"), 1, "FR"),
                reviewer("german", Set.of(), 2, "DE"), reviewer("indian", Set.of(), 3, "IN"));

        Plan twoNeeded = AssignmentPlanner.plan(List.of(proposal), pool, new Settings(2, 10, true));
        Plan threeNeeded = AssignmentPlanner.plan(List.of(proposal), pool, THREE);
        Plan callAllowsIt = AssignmentPlanner.plan(List.of(proposal), pool, new Settings(2, 10, false));

        assertThat(reviewersOf(twoNeeded, 1)).containsExactly("german", "indian");
        assertThat(threeNeeded.suggestions()).filteredOn(s -> s.reviewer().equals("french-expert"))
                .singleElement().satisfies(s -> assertThat(s.flags()).containsExactly(Flag.SAME_COUNTRY_AS_COORDINATOR));
        assertThat(reviewersOf(callAllowsIt, 1)).startsWith("french-expert");
    }

    @Test
    void existingAssignmentsStayAndOnlyTheMissingPlacesAreFilled() {
        Proposal proposal = new Proposal(1, Set.of("WATER"), Set.of(), "FR", Set.of("r1", "r2"));
        List<Reviewer> pool = List.of(new Reviewer("r1", Set.of("WATER"), 1L, "DE", 1, Set.of()),
                new Reviewer("r2", Set.of("WATER"), 2L, "DE", 1, Set.of()), reviewer("r3", Set.of(), 3, "DE"),
                reviewer("r4", Set.of("WATER"), 4, "DE"));

        assertThat(AssignmentPlanner.plan(List.of(proposal), pool, THREE).suggestions())
                .extracting(Suggestion::reviewer).containsExactly("r4");
    }

    @Test
    void theScarceExpertGoesToTheProposalThatHasNoOtherChoice() {
        // proposal 2's partners employ every reviewer but "only": it must get them, though proposal 1 comes first
        Proposal easy = proposal(1, Set.of("WATER"), Set.of(), "FR");
        Proposal hard = proposal(2, Set.of("WATER"), Set.of(2L, 3L), "FR");
        List<Reviewer> pool = List.of(reviewer("only", Set.of("WATER"), 1, "DE"), reviewer("x", Set.of(), 2, "DE"),
                reviewer("y", Set.of(), 3, "DE"));

        Plan plan = AssignmentPlanner.plan(List.of(easy, hard), pool, new Settings(1, 1, true));

        assertThat(reviewersOf(plan, 2)).containsExactly("only");
        assertThat(reviewersOf(plan, 1)).hasSize(1).doesNotContain("only");
    }

    @Test
    void twoRunsOverTheSameInputAgree() {
        List<Proposal> proposals = List.of(proposal(2, Set.of("A"), Set.of(), "FR"), proposal(1, Set.of("A"), Set.of(), "FR"));
        List<Reviewer> pool = List.of(reviewer("b", Set.of("A"), 1, "DE"), reviewer("a", Set.of("A"), 2, "DE"));

        assertThat(AssignmentPlanner.plan(proposals, pool, new Settings(1, 1, true)))
                .isEqualTo(AssignmentPlanner.plan(List.of(proposals.get(1), proposals.get(0)),
                        List.of(pool.get(1), pool.get(0)), new Settings(1, 1, true)));
    }

    @Test
    void theBenchmarksPoolFillsEveryPlaceWithinTheRules() {
        java.util.Random random = new java.util.Random(2027);
        List<Proposal> proposals = AssignmentPlannerBenchmark.proposals(random);
        List<Reviewer> pool = AssignmentPlannerBenchmark.reviewers(random);

        Plan plan = AssignmentPlanner.plan(proposals, pool, AssignmentPlannerBenchmark.SETTINGS);

        assertThat(plan.suggestions()).hasSize(3 * AssignmentPlannerBenchmark.PROPOSALS);
        assertThat(plan.shortages()).isEmpty();
        assertThat(loads(plan).values()).allMatch(load -> load <= AssignmentPlannerBenchmark.SETTINGS.maxLoad());
        Map<Long, Proposal> byId = proposals.stream().collect(Collectors.toMap(Proposal::id, p -> p));
        Map<String, Reviewer> reviewers = pool.stream().collect(Collectors.toMap(Reviewer::username, r -> r));
        assertThat(plan.suggestions()).allSatisfy(s ->
                assertThat(AssignmentPlanner.mayReview(reviewers.get(s.reviewer()), byId.get(s.proposalId()))).isTrue());
    }
}
