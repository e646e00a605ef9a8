package org.scicoop.secretariat.evaluation.entity;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Proposal;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Reviewer;
import org.scicoop.secretariat.evaluation.entity.AssignmentPlanner.Settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * "Suggest" at the scale the evaluation issue names: 1,000 proposals and 200 reviewers, three reviewers per proposal
 * and at most 20 proposals per reviewer (3,000 places, 4,000 possible), twelve thematic areas, partners from 400
 * organisations of which the reviewers' are a part, a few declared conflicts. Sample time (median in p0.50).
 * benchmarks/evaluation.sh runs it; docs/benchmarks.md keeps the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssignmentPlannerBenchmark {

    static final int PROPOSALS = 1_000;
    static final int REVIEWERS = 200;
    static final Settings SETTINGS = new Settings(3, 20, true);
    private static final String[] THEMES = {"WATER", "CLIMATE", "HEALTH", "ENERGY", "FOOD", "OCEANS", "CITIES",
            "BIODIVERSITY", "DIGITAL", "MATERIALS", "SPACE", "SOCIETY"};
    private static final String[] COUNTRIES = {"FR", "DE", "CN", "BR", "IN", "ZA", "KE", "MX", "EG", "JP"};

    private List<Proposal> proposals;
    private List<Reviewer> reviewers;

    @Setup
    public void setUp() {
        Random random = new Random(2027);
        proposals = proposals(random);
        reviewers = reviewers(random);
    }

    static List<Proposal> proposals(Random random) {
        List<Proposal> proposals = new ArrayList<>();
        for (int id = 1; id <= PROPOSALS; id++) {
            Set<String> themes = new HashSet<>();
            for (int t = 1 + random.nextInt(3); t > 0; t--) {
                themes.add(THEMES[random.nextInt(THEMES.length)]);
            }
            Set<Long> organisations = new HashSet<>();
            for (int p = 3 + random.nextInt(5); p > 0; p--) {
                organisations.add((long) random.nextInt(400));
            }
            proposals.add(new Proposal(id, themes, organisations, COUNTRIES[random.nextInt(COUNTRIES.length)], Set.of()));
        }
        return proposals;
    }

    static List<Reviewer> reviewers(Random random) {
        List<Reviewer> reviewers = new ArrayList<>();
        for (int r = 0; r < REVIEWERS; r++) {
            Set<String> expertise = new HashSet<>();
            for (int t = 1 + random.nextInt(4); t > 0; t--) {
                expertise.add(THEMES[random.nextInt(THEMES.length)]);
            }
            Set<Long> conflicts = new HashSet<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                conflicts.add((long) 1 + random.nextInt(PROPOSALS));
            }
            reviewers.add(new Reviewer("reviewer" + r, expertise, (long) random.nextInt(400),
                    COUNTRIES[random.nextInt(COUNTRIES.length)], 0, conflicts));
        }
        return reviewers;
    }

    @Benchmark
    public AssignmentPlanner.Plan suggest() {
        return AssignmentPlanner.plan(proposals, reviewers, SETTINGS);
    }
}
