#!/usr/bin/env bash
# Statements per request of a call's ranking and allocation (issue 13): do they cost the same number of SQL
# statements for 10 proposals as for 1,000 with 3,000 reviews? Loads two calls in evaluation
# (benchmarks/generate-evaluation.sql): BENCH-EVAL-10 (10 proposals, 30 reviews) and BENCH-EVAL-1000 (1,000
# proposals, 3,000 reviews of three criteria, a consensus each). For each it prints the SQL statements (Hibernate's
# prepared-statement-count) and JTA transactions (WildFly's number-of-transactions) per request, averaged over
# --requests sequential requests after a warm-up, of
#   GET /api/v1/calls/…/evaluation/ranking        as the officer, with a bearer token
#   GET /api/v1/calls/…/evaluation/allocation     the virtual common pot over the same ranking
#   /app/evaluation/ranking.xhtml?call=…           the ranking page, officer session (when the build has it)
# Not a test: it measures, it does not judge. Figures go into docs/benchmarks.md.
#
# usage: benchmarks/ranking.sh [--db h2|postgresql] [--requests N (default 10)] [--show-sql] [--no-build] [--tree DIR]
# Runs its own stack beside the others (the ports of proposals-list.sh: WildFly on 8680, management 10590,
# Keycloak on 8780, PostgreSQL on 15732 with --db postgresql, the mail catcher on 2925 and 8925), in .bench-ranking/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
offset=600
keycloak_port=8780
keycloak_management_port=9780
pg_port=15732
smtp_port=2925
mail_port=8925
bench="$root/.bench-ranking"
source "$root/benchmarks/lib.sh"
trap cleanup EXIT
statement_options 10 "$@"
generated_stack benchmarks/generate-evaluation.sql 1000

echo "Ranking and allocation: statements per request, $db, $(git -C "$tree" log -1 --format='%h %s' | cut -c1-80)"
echo "  $(nproc) cores, $requests sequential requests of each kind after 3 warm-up requests"
cookie="Cookie: $(session_cookie "$(login officer)")"
results=()
for call in BENCH-EVAL-10 BENCH-EVAL-1000; do
    bearer="Authorization: Bearer $(token officer)"    # tokens live 5 minutes: one per call
    ranking="$app/api/v1/calls/$call/evaluation/ranking"
    allocation="$app/api/v1/calls/$call/evaluation/allocation"
    page="$app/app/evaluation/ranking.xhtml?call=$call"
    echo
    echo "== $call =="
    curl -sf -H "$bearer" "$ranking" | python3 -c '
import json, sys
ranking = json.load(sys.stdin)
lines = ranking["lines"]
print("  ranking: %d proposals, first %s (%s)" % (len(lines), lines[0]["acronym"], lines[0]["total"]))
if len(lines) not in (10, 1000): sys.exit("the benchmark data did not load as expected")'
    has_page=false
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$page")" == 200 ]]; then has_page=true; fi
    for ((i = 0; i < 3; i++)); do
        curl -sf -H "$bearer" "$ranking" >/dev/null
        curl -sf -H "$bearer" "$allocation" >/dev/null
        ! $has_page || curl -sf -H "$cookie" "$page" >/dev/null
    done
    per_request "GET …/evaluation/ranking" "$requests" curl -sf -H "$bearer" "$ranking"
    results+=("$call|API ranking|$last_statements|$last_transactions")
    per_request "GET …/evaluation/allocation" "$requests" curl -sf -H "$bearer" "$allocation"
    results+=("$call|API allocation|$last_statements|$last_transactions")
    if $has_page; then
        per_request "ranking.xhtml?call=" "$requests" curl -sf -H "$cookie" "$page"
        results+=("$call|ranking page|$last_statements|$last_transactions")
    fi
done

echo
echo "| call | request | SQL statements/request | transactions/request |"
echo "|---|---|---|---|"
for result in "${results[@]}"; do
    IFS='|' read -r call kind statements transactions <<< "$result"
    printf '| %s | %s | %.2f | %.2f |\n' "$call" "$kind" "$statements" "$transactions"
done

if $show_sql; then
    cli "/subsystem=logging/logger=org.hibernate.SQL:add(level=DEBUG)" >/dev/null
    log="$run/wildfly/log/server.log"
    bearer="Authorization: Bearer $(token officer)"
    for call in BENCH-EVAL-10 BENCH-EVAL-1000; do
        for kind in ranking allocation; do
            from=$(wc -l < "$log")
            curl -sf -H "$bearer" "$app/api/v1/calls/$call/evaluation/$kind" >/dev/null
            sleep 1
            echo
            echo "== SQL of one $kind request, $call (count, statement) =="
            tail -n +"$((from + 1))" "$log" | grep 'DEBUG \[org.hibernate.SQL\]' \
                | sed -E 's/.*\[org.hibernate.SQL\] \([^)]*\) *//; s/^select ([^()]|\([^()]*\))* from /select … from /' \
                | cut -c1-180 | sort | uniq -c | sort -rn
        done
    done
fi
