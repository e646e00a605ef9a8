#!/usr/bin/env bash
# Statements and time per request of the officers' portfolio (issue 14): does a page of projects cost the same number
# of SQL statements whatever the page's size, over 5,000 projects with 50,000 milestones in PostgreSQL
# (benchmarks/generate-projects.sql, the decided call BENCH-PROJ)? For pages of 10, 50 and 200 projects it prints the
# SQL statements (Hibernate's prepared-statement-count), JTA transactions and the mean time per request, averaged over
# --requests sequential requests after a warm-up, of
#   GET /api/v1/projects?call=BENCH-PROJ&size=N                as the officer, with a bearer token
#   GET /api/v1/projects?overdue=true&size=N                    the overdue filter (a correlated exists)
#   /app/projects/portfolio.xhtml?call=BENCH-PROJ               the portfolio page (20 rows, timelines, charts)
# Not a test: it measures, it does not judge. Figures go into docs/benchmarks.md.
#
# usage: benchmarks/projects.sh [--db postgresql|h2] [--requests N (default 10)] [--show-sql] [--no-build] [--tree DIR]
# Runs its own stack beside the others (WildFly on 9680, management 11590, Keycloak on 7280/7380, PostgreSQL on 16232,
# the mail catcher on 3925 and 9925), in .bench-projects/. The generator needs PostgreSQL (the default here).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
offset=1600
keycloak_port=7280
keycloak_management_port=7380
pg_port=16232
smtp_port=3925
mail_port=9925
bench="$root/.bench-projects"
source "$root/benchmarks/lib.sh"
trap cleanup EXIT
statement_options 10 --db postgresql "$@"
[[ "$db" == postgresql ]] || { echo "the generator is PostgreSQL's: --db postgresql" >&2; exit 2; }
generated_stack benchmarks/generate-projects.sql 5000

echo "Portfolio: statements and time per request, $db, $(git -C "$tree" log -1 --format='%h %s' | cut -c1-80)"
echo "  $(nproc) cores, $requests sequential requests of each kind after 3 warm-up requests"
PGPASSWORD=secretariat psql -h localhost -p $pg_port -U secretariat -d secretariat -At -c "
    select 'projects ' || count(*) from project j join funding_call c on c.id = j.call_id where c.code = 'BENCH-PROJ'
    union all select 'milestones ' || count(*) from project_milestone m join project j on j.id = m.project_id
        join funding_call c on c.id = j.call_id where c.code = 'BENCH-PROJ'
    union all select 'overdue ' || count(*) from project_milestone m join project j on j.id = m.project_id
        where j.state = 'ACTIVE' and m.state <> 'ACCEPTED' and m.overdue_from <= current_timestamp" | sed 's/^/  /'

timed() { # label requests command...   per_request, then the mean wall time of one request
    local label=$1 n=$2 start end; shift 2
    start=$(date +%s%N)
    per_request "$label" "$n" "$@"
    end=$(date +%s%N)
    last_ms=$(( (end - start) / n / 1000000 ))
    printf '  %-28s %6d ms/request (wall, with the statistics calls)\n' "" "$last_ms"
}

results=()
cookie="Cookie: $(session_cookie "$(login officer)")"
page="$app/app/projects/portfolio.xhtml?call=BENCH-PROJ"
for size in 10 50 200; do
    bearer="Authorization: Bearer $(token officer)"    # tokens live 5 minutes: one per size
    list="$app/api/v1/projects?call=BENCH-PROJ&size=$size"
    overdue="$app/api/v1/projects?overdue=true&size=$size&page=3"
    count=$(curl -sf -H "$bearer" "$list" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
    [[ "$count" == "$size" ]] || { echo "expected $size projects, got $count" >&2; exit 1; }
    for ((i = 0; i < 3; i++)); do curl -sf -H "$bearer" "$list" >/dev/null; curl -sf -H "$bearer" "$overdue" >/dev/null; done
    echo
    echo "== page size $size =="
    timed "GET /projects?call=&size=$size" "$requests" curl -sf -H "$bearer" "$list"
    results+=("$size|API list|$last_statements|$last_transactions|$last_ms")
    timed "GET /projects?overdue=true" "$requests" curl -sf -H "$bearer" "$overdue"
    results+=("$size|API overdue|$last_statements|$last_transactions|$last_ms")
done
for ((i = 0; i < 3; i++)); do curl -sf -H "$cookie" "$page" >/dev/null; done
echo
echo "== the portfolio page (20 rows) =="
timed "portfolio.xhtml?call=" "$requests" curl -sf -H "$cookie" "$page"
results+=("20|portfolio page|$last_statements|$last_transactions|$last_ms")

echo
echo "| page size | request | SQL statements/request | transactions/request | ms/request |"
echo "|---|---|---|---|---|"
for result in "${results[@]}"; do
    IFS='|' read -r size kind statements transactions ms <<< "$result"
    printf '| %s | %s | %.2f | %.2f | %s |\n' "$size" "$kind" "$statements" "$transactions" "$ms"
done

if $show_sql; then
    cli "/subsystem=logging/logger=org.hibernate.SQL:add(level=DEBUG)" >/dev/null
    log="$run/wildfly/log/server.log"
    for what in "$app/api/v1/projects?call=BENCH-PROJ&size=200" "$page"; do
        from=$(wc -l < "$log")
        if [[ "$what" == *api* ]]; then curl -sf -H "Authorization: Bearer $(token officer)" "$what" >/dev/null
        else curl -sf -H "$cookie" "$what" >/dev/null; fi
        sleep 1
        echo
        echo "== SQL of one request, $what (count, statement) =="
        tail -n +"$((from + 1))" "$log" | grep 'DEBUG \[org.hibernate.SQL\]' \
            | sed -E 's/.*\[org.hibernate.SQL\] \([^)]*\) *//; s/^select ([^()]|\([^()]*\))* from /select … from /' \
            | cut -c1-180 | sort | uniq -c | sort -rn
    done
fi
