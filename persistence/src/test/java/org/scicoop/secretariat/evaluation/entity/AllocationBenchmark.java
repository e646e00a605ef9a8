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
import org.scicoop.secretariat.evaluation.entity.CommonPot.Budget;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Candidate;
import org.scicoop.secretariat.evaluation.entity.CommonPot.Request;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The virtual common pot at the scale the evaluation issue names: 10,000 ranked proposals over 50 agencies (in ten
 * currencies, a fifth of them in developing countries), three to seven partners each, budgets for about a third of
 * the requests, so that the walk meets gaps, common-fund fallbacks and a reserve list. Sample time: JMH prints the
 * median (p0.50) of the repeated runs. Not a test: benchmarks/allocation.sh runs it and docs/benchmarks.md keeps the
 * figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class AllocationBenchmark {

    static final int PROPOSALS = 10_000;
    static final int AGENCIES = 50;
    private static final String[] CURRENCIES = {"EUR", "CNY", "BRL", "INR", "ZAR", "KES", "USD", "JPY", "MXN", "EGP"};

    private CommonPot.Input input;

    @Setup
    public void setUp() {
        input = input(new Random(2027));
    }

    static CommonPot.Input input(Random random) {
        Map<Currency, BigDecimal> rates = new HashMap<>();
        for (String code : CURRENCIES) {
            if (!code.equals("EUR")) {
                rates.put(Currency.getInstance(code), BigDecimal.valueOf(0.01 + random.nextInt(100) / 100.0));
            }
        }
        List<Currency> agencyCurrency = new ArrayList<>();
        for (int agency = 0; agency < AGENCIES; agency++) {
            agencyCurrency.add(Currency.getInstance(CURRENCIES[agency % CURRENCIES.length]));
        }
        long partner = 0;
        BigDecimal[] requested = new BigDecimal[AGENCIES];
        Arrays.fill(requested, BigDecimal.ZERO);
        List<Candidate> ranking = new ArrayList<>(PROPOSALS);
        for (int proposal = 0; proposal < PROPOSALS; proposal++) {
            List<Request> requests = new ArrayList<>();
            int partners = 3 + random.nextInt(5);
            for (int p = 0; p < partners; p++) {
                int agency = random.nextInt(AGENCIES);
                BigDecimal amount = BigDecimal.valueOf(50_000 + random.nextInt(250_000));
                if (random.nextInt(20) == 0) {
                    requests.add(Request.selfFunded(++partner));
                } else if (random.nextInt(20) == 0) {
                    requests.add(Request.commonFund(++partner, amount));
                } else {
                    requests.add(Request.agency(++partner, agency, agency % 5 == 0, amount));
                    requested[agency] = requested[agency].add(amount);
                }
            }
            BigDecimal total = BigDecimal.valueOf(15 - proposal * 15L / PROPOSALS);
            ranking.add(new Candidate(proposal + 1, total, random.nextInt(10) > 0, random.nextInt(50) > 0, requests));
        }
        List<Budget> budgets = new ArrayList<>();
        for (int agency = 0; agency < AGENCIES; agency++) {
            budgets.add(new Budget(agency, agencyCurrency.get(agency), requested[agency].divide(BigDecimal.valueOf(3), 0,
                    RoundingMode.DOWN)));
        }
        return new CommonPot.Input(ranking, budgets, BigDecimal.valueOf(20_000_000), BigDecimal.valueOf(10), rates,
                List.of());
    }

    @Benchmark
    public CommonPot.Result allocate() {
        return CommonPot.allocate(input);
    }
}
