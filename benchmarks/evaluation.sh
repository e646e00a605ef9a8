#!/usr/bin/env bash
# The evaluation's pure domain functions (issue 13), measured with JMH (sample time: JMH prints the median, p0.50,
# of the repeated runs): the virtual common pot (CommonPot.allocate, 10,000 ranked proposals over 50 agencies,
# AllocationBenchmark) and "suggest" (AssignmentPlanner.plan, 1,000 proposals and 200 reviewers,
# AssignmentPlannerBenchmark), both in persistence/src/test/java/.../evaluation/entity/. Not a test: it measures,
# it does not judge. Figures go into docs/benchmarks.md. Extra arguments go to JMH, e.g.
# benchmarks/evaluation.sh -wi 2 -i 3 for a short run, or a regular expression naming one benchmark.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
args="evaluation.entity"
(($#)) && args+=" $*"
./mvnw -B -q -Pbench -pl persistence test-compile exec:exec -Dbench.args="$args" 2>&1 \
    | sed -n '/^# JMH version/,$p' | grep -v "^REMEMBER\|^why the numbers\|^design factorial\|^experiments, perform\|^the benchmarking\|^Do not assume\|^NOTE: \|^extra caution\|^works, and factor\|^modes can be\|^different JVMs\|^$"
