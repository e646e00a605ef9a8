#!/usr/bin/env bash
# Benchmark of the calls list (issue 3): the officers' list page and GET /api/v1/calls at 1,000 and at
# 10,000 calls, on H2 and on PostgreSQL. For each it prints throughput and p50/p99 latency (wrk over
# loopback), the SQL statements and JTA transactions per request (Hibernate's and WildFly's
# statistics), and the heap an officer's session holds after many GETs of the list page.
# Not a test: it measures, it does not judge. Figures go into docs/benchmarks.md.
#
# usage: benchmarks/calls.sh [--db h2|postgresql|both] [--duration SECONDS] [--no-build]
# Runs its own stack beside bin/run's (WildFly on 8580, Keycloak on 8680, PostgreSQL on 15632), in
# .bench/ (deleted at each start). Installs wrk (and PostgreSQL's server) with apt when missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
databases=(h2 postgresql)
duration=20
build=true
while (($#)); do
    case "$1" in
        --db) shift; [[ "$1" == both ]] && databases=(h2 postgresql) || databases=("$1") ;;
        --duration) shift; duration="$1" ;;
        --no-build) build=false ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

offset=500
keycloak_port=8680
keycloak_management_port=9680
pg_port=15632
bench="$root/.bench"
connections=4
threads=2
source "$root/benchmarks/lib.sh"

install_missing() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    [[ " ${databases[*]} " == *" postgresql "* ]] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
        && missing+=(postgresql)
    apt_install "${missing[@]}"
}

# --- the stack (benchmarks/lib.sh) -----------------------------------------------------------------
build_baseline() { # the yardstick: a hand-written JDBC servlet, deployed beside the EAR for the benchmark only
    local modules=server/target/wildfly/modules/system/layers/base/jakarta
    mkdir -p "$bench/baseline/classes/WEB-INF/classes"
    javac -d "$bench/baseline/classes/WEB-INF/classes" \
        -cp "$(ls $modules/servlet/api/main/*.jar):$(ls $modules/annotation/api/main/*.jar)" \
        benchmarks/baseline/BaselineCallsServlet.java
    jar cf "$bench/baseline.war" -C "$bench/baseline/classes" .
}
start_calls_stack() { # db
    mkdir -p "$bench/$1/wildfly/deployments"
    cp "$bench/baseline.war" "$bench/$1/wildfly/deployments/"
    start_stack "$bench/$1" "$bench/$1-run.log"
}
trap cleanup EXIT

# --- data ------------------------------------------------------------------------------------------
generate() { # db from to   (the stack must be stopped for H2: its file database has one owner)
    local sql; sql="$(mktemp)"
    local series
    if [[ "$1" == h2 ]]; then series="system_range($2, $3) s"; else series="generate_series($2, $3) s(x)"; fi
    sed -e "s/BENCH-@FROM@/BENCH-$(printf %05d "$2")/g; s/BENCH-@TO@/BENCH-$(printf %05d "$3")/g" \
        -e "s/@SERIES@/$series/g; s/@FROM@/$2/g; s/@TO@/$3/g" benchmarks/generate-calls.sql > "$sql"
    run_sql "$1" "$bench/$1" "$sql"
    rm -f "$sql"
}

# --- measuring (statistics, logins: benchmarks/lib.sh) ---------------------------------------------
load() { # label url header
    local out
    out=$(wrk -t$threads -c$connections -d"${duration}s" --latency -H "$3" "$1")
    local rps p50 p99 errors
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    printf '  %-28s %8s requests/s   p50 %8s   p99 %8s   non-2xx %s\n' "$2" "$rps" "$p50" "$p99" "${errors:-0}"
    last_rps=$rps
}

heap_after_gc() { # MiB of heap in use after a full collection (WildFly's platform MBeans)
    cli "/core-service=platform-mbean/type=memory:gc" >/dev/null
    cli "/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)" \
        | awk '/"used"/ {gsub(/[^0-9]/, "", $3); printf "%.1f", $3 / 1048576}'
}

measure() { # db size
    local db=$1 size=$2 jar cookie bearer
    echo
    echo "== $db, $size calls =="
    enable_statistics
    jar=$(login officer)
    cookie=$(session_cookie "$jar")
    bearer="Authorization: Bearer $(token officer)"
    local page="$app/app/calls/index.xhtml" api="$app/api/v1/calls?page=0&size=20"
    # warm up the code paths and caches
    wrk -t1 -c2 -d5s -H "Cookie: $cookie" "$page" >/dev/null
    wrk -t1 -c2 -d5s -H "$bearer" "$api" >/dev/null
    per_request "list page (first 20 rows)" 50 curl -sf -H "Cookie: $cookie" "$page"
    per_request "list page, filtered" 50 curl -sf -H "Cookie: $cookie" "$page?status=OPEN&text=round"
    per_request "API page of 20" 50 curl -sf -H "$bearer" "$api"
    per_request "public calls page" 50 curl -sf "$app/calls.xhtml"
    wrk -t1 -c2 -d5s "$app/baseline/calls" >/dev/null
    load "$app/baseline/calls" "JDBC servlet (yardstick)" "X-Benchmark: yardstick"
    local yardstick=$last_rps
    load "$page" "list page" "Cookie: $cookie"
    local page_rate=$last_rps
    load "$api" "GET /api/v1/calls" "$bearer"
    local api_rate=$last_rps
    load "$app/calls.xhtml" "public calls page (anonymous)" "X-Benchmark: public"
    last_rps=$api_rate
    printf '  list page / JDBC servlet: %.2f×   API / JDBC servlet: %.2f×\n' "$(echo "$page_rate / $yardstick" | bc -l)" \
        "$(echo "$last_rps / $yardstick" | bc -l)"
    # the session: one login, then many GETs of the list page in the same session
    local fresh; fresh=$(session_cookie "$(login officer)")
    local before; before=$(heap_after_gc)
    wrk -t1 -c1 -d"${duration}s" -H "Cookie: $fresh" "$page" > /dev/null || true
    local after_one; after_one=$(heap_after_gc)
    wrk -t1 -c1 -d"${duration}s" -H "Cookie: $fresh" "$page" > /dev/null || true
    local after_two; after_two=$(heap_after_gc)
    printf '  heap after full GC: %s MiB; after %ss of GETs in one session %s MiB; after %ss more %s MiB\n' \
        "$before" "$duration" "$after_one" "$duration" "$after_two"
}

install_missing
if $build; then
    echo "Building ..."
    ./mvnw -B -q install -DskipTests -pl server,ear -am
fi
rm -rf "$bench"
mkdir -p "$bench"
build_baseline
echo "Calls list benchmark, $(nproc) cores, wrk $threads threads × $connections connections, ${duration}s per run"
for db in "${databases[@]}"; do
    [[ "$db" != postgresql ]] || start_postgresql
    start_calls_stack "$db"      # migrates the schema and loads the demo data (4 calls)
    stop_stack
    generate "$db" 1 996
    start_calls_stack "$db"
    measure "$db" 1000
    stop_stack
    generate "$db" 997 9996
    start_calls_stack "$db"
    measure "$db" 10000
    stop_stack
    stop_postgresql
done
