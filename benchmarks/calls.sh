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
app="http://localhost:$((8080 + offset))"
management="localhost:$((9990 + offset))"
keycloak_port=8680
pg_port=15632
bench="$root/.bench"
connections=4
threads=2

install_missing() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    [[ " ${databases[*]} " == *" postgresql "* ]] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
        && missing+=(postgresql)
    if ((${#missing[@]})); then
        echo "Installing ${missing[*]} ..."
        local sudo=""; [[ "$(id -u)" == 0 ]] || sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

# --- the stack -------------------------------------------------------------------------------------
build_baseline() { # the yardstick: a hand-written JDBC servlet, deployed beside the EAR for the benchmark only
    local modules=server/target/wildfly/modules/system/layers/base/jakarta
    mkdir -p "$bench/baseline/classes/WEB-INF/classes"
    javac -d "$bench/baseline/classes/WEB-INF/classes" \
        -cp "$(ls $modules/servlet/api/main/*.jar):$(ls $modules/annotation/api/main/*.jar)" \
        benchmarks/baseline/BaselineCallsServlet.java
    jar cf "$bench/baseline.war" -C "$bench/baseline/classes" .
}

run_pid=""
start_stack() { # db
    local log="$bench/$1-run.log"
    mkdir -p "$bench/$1/wildfly/deployments"
    cp "$bench/baseline.war" "$bench/$1/wildfly/deployments/"
    SECRETARIAT_RUN_DIR="$bench/$1" SECRETARIAT_PORT_OFFSET=$offset SECRETARIAT_APP_URL="$app" \
    SECRETARIAT_KEYCLOAK_PORT=$keycloak_port SECRETARIAT_KEYCLOAK_MANAGEMENT_PORT=9680 \
    SECRETARIAT_OIDC_PROVIDER_URL="http://localhost:$keycloak_port/realms/secretariat" \
        bin/run --no-build > "$log" 2>&1 &
    run_pid=$!
    until grep -q "is running" "$log"; do
        kill -0 "$run_pid" 2>/dev/null || { echo "the stack did not start; see $log" >&2; tail -20 "$log" >&2; exit 1; }
        sleep 1
    done
}
stop_stack() {
    [[ -n "$run_pid" ]] || return 0
    kill -TERM "$run_pid" 2>/dev/null || true
    wait "$run_pid" 2>/dev/null || true
    run_pid=""
}

pg_data=""
pg_bin=""
start_postgresql() {
    pg_bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
    pg_data="$(mktemp -d /tmp/secretariat-bench-pg.XXXXXX)"
    chown postgres "$pg_data" 2>/dev/null || true
    as_postgres() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
    as_postgres "$pg_bin/initdb" -D "$pg_data/data" -U postgres -A trust -E UTF8 >/dev/null
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data/data" -o "-p $pg_port -k $pg_data" -l "$pg_data/log" -w start >/dev/null
    psql_bench() { psql -h localhost -p $pg_port -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
    psql_bench -c "create user secretariat password 'secretariat'" -c "create database secretariat owner secretariat"
    export SECRETARIAT_DB_URL="jdbc:postgresql://localhost:$pg_port/secretariat" SECRETARIAT_DB_USER=secretariat \
        SECRETARIAT_DB_PASSWORD=secretariat
    stop_postgresql() { as_postgres "$pg_bin/pg_ctl" -D "$pg_data/data" -m fast stop >/dev/null || true; rm -rf "$pg_data"; }
}

cleanup() { stop_stack; [[ -z "$pg_data" ]] || stop_postgresql; }
trap cleanup EXIT

# --- data ------------------------------------------------------------------------------------------
generate() { # db from to   (the stack must be stopped for H2: its file database has one owner)
    local sql; sql="$(mktemp)"
    local series
    if [[ "$1" == h2 ]]; then series="system_range($2, $3) s"; else series="generate_series($2, $3) s(x)"; fi
    sed -e "s/BENCH-@FROM@/BENCH-$(printf %05d "$2")/g; s/BENCH-@TO@/BENCH-$(printf %05d "$3")/g" \
        -e "s/@SERIES@/$series/g; s/@FROM@/$2/g; s/@TO@/$3/g" benchmarks/generate-calls.sql > "$sql"
    if [[ "$1" == h2 ]]; then
        java -cp "$(ls server/target/wildfly/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)" \
            org.h2.tools.RunScript -url "jdbc:h2:$bench/h2/wildfly/data/secretariat/secretariat" \
            -user sa -password sa -script "$sql"
    else
        PGPASSWORD=secretariat psql -h localhost -p $pg_port -U secretariat -d secretariat -v ON_ERROR_STOP=1 -q -f "$sql"
    fi
    rm -f "$sql"
}

# --- measuring -------------------------------------------------------------------------------------
cli() { server/target/wildfly/bin/jboss-cli.sh -c --controller="$management" --commands="$1" 2>/dev/null; }
unit="/deployment=secretariat.ear/subsystem=jpa/hibernate-persistence-unit=secretariat.ear#secretariat"

enable_statistics() {
    cli "/subsystem=transactions:write-attribute(name=statistics-enabled,value=true),$unit:write-attribute(name=statistics-enabled,value=true)" >/dev/null
}
counters() { # prints: statements transactions
    local statements transactions
    statements=$(cli "$unit:read-attribute(name=prepared-statement-count)" | grep -o '"result" => [0-9]*' | grep -o '[0-9]*$')
    transactions=$(cli "/subsystem=transactions:read-attribute(name=number-of-transactions)" | grep -o '"result" => [0-9]*' | grep -o '[0-9]*$')
    echo "$statements $transactions"
}
per_request() { # label requests command...   prints statements and transactions per request
    local label=$1 n=$2; shift 2
    read -r s0 t0 < <(counters)
    for ((i = 0; i < n; i++)); do "$@" >/dev/null; done
    read -r s1 t1 < <(counters)
    printf '  %-28s %6.2f SQL statements/request   %5.2f transactions/request\n' "$label" \
        "$(echo "($s1 - $s0) / $n" | bc -l)" "$(echo "($t1 - $t0) / $n" | bc -l)"
}

login() { # user -> cookie jar of an authenticated session
    local jar="$bench/cookies-$1" location action back
    rm -f "$jar"
    location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$app/app/dashboard.xhtml")
    action=$(curl -s -c "$jar" -b "$jar" "$location" | grep -o 'action="[^"]*"' | head -1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')
    back=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$1" \
        --data-urlencode "password=demo" "$action")
    curl -s -c "$jar" -b "$jar" -o /dev/null -L "$back"
    echo "$jar"
}
token() { # user -> access token (authorization code flow with PKCE, as the application's client)
    local jar; jar="$(mktemp)"
    local kc="http://localhost:$keycloak_port/realms/secretariat" redirect="$app/app/"
    local verifier challenge action location code
    verifier=$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
    challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
    action=$(curl -s -c "$jar" -b "$jar" "$kc/protocol/openid-connect/auth?client_id=secretariat-web&response_type=code&scope=openid&redirect_uri=$redirect&state=b&code_challenge=$challenge&code_challenge_method=S256" \
        | grep -o 'action="[^"]*"' | head -1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')
    location=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "username=$1" \
        --data-urlencode "password=demo" "$action")
    code=$(echo "$location" | grep -o 'code=[^&]*' | cut -d= -f2)
    curl -s -d "grant_type=authorization_code&code=$code&redirect_uri=$redirect&client_id=secretariat-web" \
        -d "client_secret=${SECRETARIAT_OIDC_CLIENT_SECRET:-demo-only-secretariat-web-secret}&code_verifier=$verifier" \
        "$kc/protocol/openid-connect/token" | python3 -c "import sys, json; print(json.load(sys.stdin)['access_token'])"
    rm -f "$jar"
}
session_cookie() { awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$1"; }

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
    if [[ "$db" == postgresql ]]; then start_postgresql; else unset SECRETARIAT_DB_URL; fi
    start_stack "$db"      # migrates the schema and loads the demo data (4 calls)
    stop_stack
    generate "$db" 1 996
    start_stack "$db"
    measure "$db" 1000
    stop_stack
    generate "$db" 997 9996
    start_stack "$db"
    measure "$db" 10000
    stop_stack
    if [[ "$db" == postgresql ]]; then stop_postgresql; pg_data=""; fi
done
