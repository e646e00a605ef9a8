#!/usr/bin/env bash
# Statements per page of the proposals list (issue 10): does the list cost the same number of SQL statements
# whatever currencies its partners request in? Loads two calls of 20 submitted proposals with five partners each
# (benchmarks/generate-proposals.sql): BENCH-PROP-EUR, every partner in euros, and BENCH-PROP-FX, partners in EUR,
# CNY, ZAR, KES and BRL. For each it prints the SQL statements (Hibernate's prepared-statement-count) and JTA
# transactions (WildFly's number-of-transactions) per request, averaged over --requests sequential requests after
# a warm-up, of
#   GET /api/v1/proposals?size=20&call=…          as the officer, with a bearer token (authorization code + PKCE)
#   /app/proposals/list.xhtml?call=…              the officers' list page (with the call's figures), officer session
# Not a test: it measures, it does not judge. Figures go into docs/benchmarks.md.
#
# usage: benchmarks/proposals-list.sh [--db h2|postgresql] [--requests N (default 20)] [--show-sql] [--no-build]
#                                     [--tree DIR]
#   --show-sql   also logs Hibernate's SQL (org.hibernate.SQL) and prints, for one request of each kind, the
#                statements it ran, grouped
#   --tree DIR   measure another built checkout (its bin/run, server and EAR), e.g. the commit before a change:
#                git worktree add /tmp/wt-before <commit> && (cd /tmp/wt-before && ./mvnw -B -q package -DskipTests)
# Runs its own stack beside the others (WildFly on 8680, management 10590, Keycloak on 8780, PostgreSQL on 15732
# with --db postgresql, the mail catcher on 2925 and 8925), in .bench-proposals/ (deleted at each start).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
offset=600
keycloak_port=8780
keycloak_management_port=9780
pg_port=15732
smtp_port=2925
mail_port=8925
bench="$root/.bench-proposals"
source "$root/benchmarks/lib.sh"
trap cleanup EXIT
statement_options 20 "$@"
generated_stack benchmarks/generate-proposals.sql 20

echo "Proposals list: statements per request, $db, $(git -C "$tree" log -1 --format='%h %s' | cut -c1-80)"
echo "  $(nproc) cores, $requests sequential requests of each kind after 5 warm-up requests"
cookie="Cookie: $(session_cookie "$(login officer)")"
results=()

check_api() { # call: the API's page must hold the 20 proposals, each with its request in euros
    curl -sf -H "$bearer" "$app/api/v1/proposals?size=20&call=$1" | python3 -c '
import json, sys
rows = json.load(sys.stdin)
converted = sum(1 for r in rows if r.get("requestedEur") is not None)
first = rows[0] if rows else {}
print(f"  API page: {len(rows)} proposals, {converted} with their request in euros"
      + (" (e.g. %s: %s EUR)" % (first["acronym"], first["requestedEur"]) if rows else ""))
if len(rows) != 20 or converted != 20: sys.exit("the benchmark data did not load as expected")'
}

for set in EUR FX; do
    call="BENCH-PROP-$set"
    bearer="Authorization: Bearer $(token officer)"    # tokens live 5 minutes: one per set
    api="$app/api/v1/proposals?size=20&call=$call"
    page="$app/app/proposals/list.xhtml?call=$call"
    echo
    echo "== $call =="
    check_api "$call"
    html=$(curl -sf -H "$cookie" "$page")
    [[ "$html" == *"$set-01"*"$set-20"* || "$html" == *"$set-20"*"$set-01"* ]] \
        || { echo "the list page does not show $set-01 … $set-20" >&2; exit 1; }
    for ((i = 0; i < 5; i++)); do
        curl -sf -H "$bearer" "$api" >/dev/null
        curl -sf -H "$cookie" "$page" >/dev/null
    done
    per_request "GET /api/v1/proposals" "$requests" curl -sf -H "$bearer" "$api"
    results+=("$set|API|$last_statements|$last_transactions")
    per_request "list.xhtml?call=" "$requests" curl -sf -H "$cookie" "$page"
    results+=("$set|page|$last_statements|$last_transactions")
done

echo
echo "| set | request | SQL statements/request | transactions/request |"
echo "|---|---|---|---|"
for result in "${results[@]}"; do
    IFS='|' read -r set kind statements transactions <<< "$result"
    printf '| %s | %s | %.2f | %.2f |\n' "$set" "$kind" "$statements" "$transactions"
done

if $show_sql; then
    cli "/subsystem=logging/logger=org.hibernate.SQL:add(level=DEBUG)" >/dev/null
    log="$run/wildfly/log/server.log"
    for set in EUR FX; do
        call="BENCH-PROP-$set"
        for kind in API page; do
            from=$(wc -l < "$log")
            if [[ $kind == API ]]; then
                curl -sf -H "$bearer" "$app/api/v1/proposals?size=20&call=$call" >/dev/null
            else
                curl -sf -H "$cookie" "$app/app/proposals/list.xhtml?call=$call" >/dev/null
            fi
            sleep 1
            echo
            echo "== SQL of one $kind request, $call (count, statement) =="
            tail -n +"$((from + 1))" "$log" | grep 'DEBUG \[org.hibernate.SQL\]' \
                | sed -E 's/.*\[org.hibernate.SQL\] \([^)]*\) *//; s/^select ([^()]|\([^()]*\))* from /select … from /' \
                | cut -c1-180 | sort | uniq -c | sort -rn
        done
    done
fi
