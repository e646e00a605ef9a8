#!/usr/bin/env bash
# Benchmark of the officers' lists (issues 3 and 16): the calls list page, the proposals list page of a call with
# proposals (benchmarks/generate-proposals.sql), GET /api/v1/calls and the public list at 1,000 and at 10,000 calls,
# on H2 and on PostgreSQL, against a yardstick (a hand-written JDBC servlet). For each it prints throughput and
# p50/p99 latency (wrk over loopback, at each --connections count), each page's rate over the yardstick's, the SQL
# statements and JTA transactions per request (Hibernate's and WildFly's statistics), and the heap an officer's
# session holds after many GETs of the list page. With --profile, a JFR recording of WildFly while each list page
# is loaded at the highest connection count, summed up by the frames that take the samples.
# Not a test: it measures, it does not judge. Figures go into docs/benchmarks.md.
#
# usage: benchmarks/calls.sh [--db h2|postgresql|both] [--sizes "1000 10000"] [--connections "4 16"]
#                            [--duration SECONDS] [--warm-up SECONDS] [--profile] [--no-session-memory] [--no-build]
#                            [--keep-running]
# --warm-up: each page (and the yardstick) is loaded that long at the largest connection count before the timed runs
#            (default 30): the compiler's work is done then, as on a server that has been up a while.
# --keep-running: the last stack measured stays up (its URL and officer sessions printed) until Ctrl-C, so that a new
#                 EAR copied into its deployments directory can be measured again with wrk.
# Runs its own stack beside bin/run's (WildFly on 8580, Keycloak on 8680, PostgreSQL on 15632), in
# .bench/ (deleted at each start). Installs wrk (and PostgreSQL's server) with apt when missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
databases=(h2 postgresql)
duration=20
build=true
sizes=(1000 10000)
connection_counts=(4 16)
profile=false
keep_running=false
warm_up=30
session_memory=true
while (($#)); do
    case "$1" in
        --db) shift; [[ "$1" == both ]] && databases=(h2 postgresql) || databases=("$1") ;;
        --sizes) shift; read -ra sizes <<< "$1" ;;
        --connections) shift; read -ra connection_counts <<< "$1" ;;
        --duration) shift; duration="$1" ;;
        --warm-up) shift; warm_up="$1" ;;
        --profile) profile=true ;;
        --no-session-memory) session_memory=false ;;
        --no-build) build=false ;;
        --keep-running) keep_running=true ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

offset=500
keycloak_port=8680
keycloak_management_port=9680
pg_port=15632
bench="$root/.bench"
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
generate_proposals() { # db   two calls of 20 submitted proposals each (BENCH-PROP-EUR, BENCH-PROP-FX)
    local series
    if [[ "$1" == h2 ]]; then series="system_range(1, 20) s"; else series="generate_series(1, 20) s(x)"; fi
    sed "s/@SERIES@/$series/g" benchmarks/generate-proposals.sql > "$bench/proposals.sql"
    run_sql "$1" "$bench/$1" "$bench/proposals.sql"
}
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
# The list pages are loaded as that many officers would load them: each request carries the next of the sessions'
# cookies ($bench/sessions, one officer session per connection; wrk's threads each go round them), not all of them
# one session's (a session's requests wait for each other in places: Faces' view state, the view scope).
write_sessions_script() {
    cat > "$bench/sessions.lua" <<'LUA'
local cookies = {}
for line in io.lines(os.getenv("BENCH_SESSIONS")) do cookies[#cookies + 1] = line end
local next_cookie = 0
request = function()
    next_cookie = next_cookie % #cookies + 1
    return wrk.format(nil, nil, {["Cookie"] = cookies[next_cookie]})
end
LUA
}
load() { # url label header|sessions [connections]
    local out connections=${4:-4} options
    if [[ "$3" == sessions ]]; then options=(-s "$bench/sessions.lua"); else options=(-H "$3"); fi
    out=$(BENCH_SESSIONS="$bench/sessions" wrk -t$threads -c"$connections" -d"${duration}s" --latency "${options[@]}" "$1")
    local rps p50 p99 errors
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    printf '  %-34s %8s requests/s   p50 %8s   p99 %8s   non-2xx %s\n' "$2 ×$connections" "$rps" "$p50" "$p99" \
        "${errors:-0}"
    last_rps=$rps
}
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }

# A JFR recording of WildFly while wrk loads url at connections, summed up: the methods that were running (self)
# and the application's and frameworks' methods that were on the stack (total), as shares of the samples.
profile_page() { # label url connections   (the officers' sessions, as load's)
    local pid file="$bench/$(echo "$1" | tr -c 'a-z0-9' '-').jfr"
    pid=$(cli "/core-service=platform-mbean/type=runtime:read-attribute(name=name)" | grep -o '"[0-9]*@' | tr -dc 0-9)
    jcmd "$pid" JFR.start name=lists settings=profile duration="${duration}s" filename="$file" >/dev/null
    BENCH_SESSIONS="$bench/sessions" wrk -t$threads -c"$3" -d"${duration}s" -s "$bench/sessions.lua" "$2" >/dev/null
    sleep 3
    echo "  profile of $1 ×$3 ($file):"
    jfr_summary "$file"
}

heap_after_gc() { # MiB of heap in use after a full collection (WildFly's platform MBeans)
    cli "/core-service=platform-mbean/type=memory:gc" >/dev/null
    cli "/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)" \
        | awk '/"used"/ {gsub(/[^0-9]/, "", $3); printf "%.1f", $3 / 1048576}'
}

measure() { # db size
    local db=$1 size=$2 jar cookie bearer
    echo
    echo "== $db, $size calls (load average $(cut -d' ' -f1-3 /proc/loadavg)) =="
    enable_statistics
    jar=$(login officer)
    cookie=$(session_cookie "$jar")
    bearer="Authorization: Bearer $(token officer)"
    local page="$app/app/calls/index.xhtml" api="$app/api/v1/calls?page=0&size=20"
    local proposals="$app/app/proposals/list.xhtml?call=BENCH-PROP-FX"
    [[ "$(curl -sf -H "Cookie: $cookie" "$proposals")" == *FX-20* ]] \
        || { echo "the proposals list page does not show the benchmark's proposals" >&2; exit 1; }
    # warm up the code paths and caches
    wrk -t1 -c2 -d5s -H "Cookie: $cookie" "$page" >/dev/null
    wrk -t1 -c2 -d5s -H "Cookie: $cookie" "$proposals" >/dev/null
    wrk -t1 -c2 -d5s -H "$bearer" "$api" >/dev/null
    per_request "list page (first 20 rows)" 50 curl -sf -H "Cookie: $cookie" "$page"
    per_request "list page, filtered" 50 curl -sf -H "Cookie: $cookie" "$page?status=OPEN&text=round"
    per_request "proposals list page of a call" 50 curl -sf -H "Cookie: $cookie" "$proposals"
    per_request "API page of 20" 50 curl -sf -H "$bearer" "$api"
    per_request "public calls page" 50 curl -sf "$app/calls.xhtml"
    printf '  page sizes: calls list %s bytes, proposals list %s bytes, yardstick %s bytes\n' \
        "$(curl -sf -H "Cookie: $cookie" "$page" | wc -c)" "$(curl -sf -H "Cookie: $cookie" "$proposals" | wc -c)" \
        "$(curl -sf "$app/baseline/calls" | wc -c)"
    wrk -t1 -c2 -d5s "$app/baseline/calls" >/dev/null
    local connections yardstick first_yardstick="" page_rate proposals_rate i url
    : > "$bench/sessions"
    for ((i = 0; i < ${connection_counts[-1]}; i++)); do session_cookie "$(login officer)" >> "$bench/sessions"; done
    # the timed runs measure compiled code: a few seconds of warm-up leave the pages half interpreted (the calls list
    # page made 125 pages/s after 5 s of it and 250-320 after a minute more, on the same server)
    for url in "$app/baseline/calls" "$page" "$proposals"; do
        BENCH_SESSIONS="$bench/sessions" wrk -t$threads -c"${connection_counts[-1]}" -d"${warm_up}s" \
            -s "$bench/sessions.lua" "$url" >/dev/null
    done
    for connections in "${connection_counts[@]}"; do
        load "$app/baseline/calls" "JDBC servlet (yardstick)" "X-Benchmark: yardstick" "$connections"
        yardstick=$last_rps
        first_yardstick=${first_yardstick:-$yardstick}
        load "$page" "calls list page" sessions "$connections"
        page_rate=$last_rps
        load "$proposals" "proposals list page" sessions "$connections"
        proposals_rate=$last_rps
        echo "  ×$connections: calls list / yardstick $(ratio "$page_rate" "$yardstick")×   proposals list / yardstick $(ratio "$proposals_rate" "$yardstick")×"
    done
    bearer="Authorization: Bearer $(token officer)"   # a fresh one: the first has expired by now (5 minutes)
    load "$api" "GET /api/v1/calls" "$bearer" "${connection_counts[0]}"
    echo "  ×${connection_counts[0]}: API / yardstick $(ratio "$last_rps" "$first_yardstick")×"
    load "$app/calls.xhtml" "public calls page (anonymous)" "X-Benchmark: public" "${connection_counts[0]}"
    if $profile; then
        profile_page "calls list page" "$page" "${connection_counts[-1]}"
        profile_page "proposals list page" "$proposals" "${connection_counts[-1]}"
    fi
    $session_memory || return 0
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

keep() { # db   with --keep-running: waits for Ctrl-C with the stack up
    $keep_running || return 0
    echo
    echo "The stack stays up until Ctrl-C: $app (officer sessions, one per line: $bench/sessions;"
    echo "  a new EAR: cp ear/target/secretariat.ear $bench/$1/wildfly/deployments/)"
    wait "$run_pid"
}

install_missing
if $build; then
    echo "Building ..."
    ./mvnw -B -q package -DskipTests -pl server,ear -am
fi
rm -rf "$bench"
mkdir -p "$bench"
build_baseline
write_sessions_script
echo "Lists benchmark, $(nproc) cores, wrk $threads threads × ${connection_counts[*]} connections, ${duration}s per run after ${warm_up}s of warm-up per page,"
echo "  $(git log -1 --format='%h %s' | cut -c1-80), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for db in "${databases[@]}"; do
    [[ "$db" != postgresql ]] || start_postgresql
    start_calls_stack "$db"      # migrates the schema and loads the demo data (4 calls)
    stop_stack
    generate "$db" 1 996
    generate_proposals "$db"     # 2 more calls: 1,002
    if [[ " ${sizes[*]} " == *" 1000 "* ]]; then
        start_calls_stack "$db"
        measure "$db" 1000
        [[ " ${sizes[*]} " == *" 10000 "* ]] || keep "$db"
        stop_stack
    fi
    if [[ " ${sizes[*]} " == *" 10000 "* ]]; then
        generate "$db" 997 9996
        start_calls_stack "$db"
        measure "$db" 10000
        keep "$db"
        stop_stack
    fi
    stop_postgresql
done
