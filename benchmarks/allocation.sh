#!/usr/bin/env bash
# The virtual common pot (issue 13): CommonPot.allocate over 10,000 ranked proposals and 50 agencies, measured with
# JMH (persistence/src/test/java/.../evaluation/entity/AllocationBenchmark.java, sample time: JMH prints the
# median, p0.50, of the repeated runs). Not a test: it measures, it does not judge. Figures go into
# docs/benchmarks.md. Extra arguments go to JMH, e.g. benchmarks/allocation.sh -wi 2 -i 3 for a short run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
args="AllocationBenchmark"
(($#)) && args+=" $*"
./mvnw -B -q -Pbench -pl persistence test-compile exec:exec -Dbench.args="$args" 2>&1 \
    | sed -n '/^# JMH version/,$p' | grep -v "^REMEMBER\|^why the numbers\|^design factorial\|^experiments, perform\|^the benchmarking\|^Do not assume\|^NOTE: \|^extra caution\|^works, and factor\|^modes can be\|^different JVMs\|^$"
