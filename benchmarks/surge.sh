#!/usr/bin/env bash
# Deadline surge (issue 4, part 9): N consortia submit concurrently in the last minute before a call's
# deadline, each uploading its own 5 MB PDF and then submitting. Prints throughput, p50/p99 latency and
# the failed submissions, then compares what the clients saw with the database: a submission is lost
# when the client was told it succeeded and no proposal_submission row exists, or the other way round.
# Not a test: it measures, it does not judge. Figures go into docs/benchmarks.md.
#
# usage: benchmarks/surge.sh [--n N (default 200)] [--mb MB each PDF's size (default 5)] [--concurrency C (default N)]
#                            [--files directory|database (where the PDFs' bytes go, default directory)] [--profile]
#                            [--warm-up K] [--no-build]
# --warm-up K: K more consortia upload and submit to another call before the window (four at a time), so that the
# window's uploads are not the first the server's JVM sees; without it they are.
# --profile: the CPU seconds WildFly, PostgreSQL, Keycloak and the whole machine used in the last minute's window, and
# a JFR recording of WildFly over it, summed up. The recording (JFR's "profile" settings) slows the surge itself by
# about a third (29.4 s with it, 17.4-19.9 s without, docs/benchmarks.md): the goal's figure is taken without it.
# Runs its own stack beside bin/run's, bin/test's and calls.sh's (WildFly on 8780, Keycloak on 8880,
# PostgreSQL on 15732 from Debian's postgresql package, bin/run's mail catcher (MailDev) on 2725 and 8725), in
# .bench-surge/ (deleted at each start). The load is benchmarks/SurgeLoad.java, a single-file Java program (java.net.http,
# a thread pool). Member accounts are made through Keycloak's Admin REST API and log in before the
# timed window (a password hash each); see SurgeLoad.java for the timeline.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n=200
mb=5
warm_up=0
concurrency=""
build=true
files=directory
profile=false
while (($#)); do
    case "$1" in
        --n) shift; n="$1" ;;
        --mb) shift; mb="$1" ;;
        --warm-up) shift; warm_up="$1" ;;
        --concurrency) shift; concurrency="$1" ;;
        --files) shift; files="$1" ;;
        --profile) profile=true ;;
        --no-build) build=false ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
concurrency="${concurrency:-$n}"

offset=700
keycloak_port=8880
keycloak_management_port=9880
pg_port=15732
smtp_port=2725
mail_port=8725
bench="$root/.bench-surge"
source "$root/benchmarks/lib.sh"
psql_bench() { PGPASSWORD=secretariat psql -h localhost -p $pg_port -U secretariat -d secretariat -v ON_ERROR_STOP=1 -qtA "$@"; }

install_missing() {
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v psql >/dev/null; then
        apt_install postgresql
    fi
}
trap cleanup EXIT

install_missing
if $build; then
    echo "Building ..."
    ./mvnw -B -q package -DskipTests -pl server,ear -am
fi
rm -rf "$bench"
mkdir -p "$bench"
start_postgresql
case "$files" in
    directory) export SECRETARIAT_FILES_DIR="$bench/files" ;;
    database) unset SECRETARIAT_FILES_DIR ;;
    *) echo "--files: directory or database" >&2; exit 2 ;;
esac
echo "The files' bytes go to the $files${SECRETARIAT_FILES_DIR:+ ($SECRETARIAT_FILES_DIR)}."
start_stack "$bench/run" "$bench/run.log"
agencies="FR=$(psql_bench -c "select id from funding_agency where country_code = 'FR' and acronym = 'ANR'")"
agencies+=",CN=$(psql_bench -c "select id from funding_agency where country_code = 'CN' and acronym = 'NSFC'")"

window_cpu() { # the CPU seconds of WildFly, PostgreSQL, Keycloak and the whole machine so far, on one line
    echo "$(cpu_seconds "$(listener $((8080 + offset)))") $(cpu_seconds "$(listener $pg_port)") $(cpu_seconds "$(listener $keycloak_port)") $(machine_cpu_seconds) $(date +%s.%N)"
}
: > "$bench/load.log"
if $profile; then
    # stops with the script if the load program fails before its window
    ( until grep -q "the last minute:" "$bench/load.log"; do kill -0 $$ 2>/dev/null || exit 0; sleep 0.2; done
      window_cpu > "$bench/cpu-before"
      jcmd "$(listener $((8080 + offset)))" JFR.start name=surge settings=profile filename="$bench/surge.jfr" >/dev/null
    ) &
    watcher=$!
fi
java -Xmx3g benchmarks/SurgeLoad.java --app "$app" --keycloak "http://localhost:$keycloak_port" --n "$n" --mb "$mb" \
    --warm-up "$warm_up" \
    --concurrency "$concurrency" --agencies "$agencies" --out "$bench/client.csv" \
    --client-secret "${SECRETARIAT_OIDC_CLIENT_SECRET:-demo-only-secretariat-web-secret}" | tee "$bench/load.log"
call=$(awk '/^CALL / {print $2}' "$bench/load.log")
if $profile; then
    wait "$watcher"
    jcmd "$(listener $((8080 + offset)))" JFR.stop name=surge >/dev/null
    read -r wildfly_after pg_after keycloak_after machine_after time_after <<< "$(window_cpu)"
    read -r wildfly_before pg_before keycloak_before machine_before time_before < "$bench/cpu-before"
    echo "  CPU in the window WildFly $(echo "$wildfly_after - $wildfly_before" | bc) s, PostgreSQL" \
        "$(echo "$pg_after - $pg_before" | bc) s, Keycloak $(echo "$keycloak_after - $keycloak_before" | bc) s;" \
        "the whole machine $(echo "$machine_after - $machine_before" | bc) s of" \
        "$(echo "scale=1; $(nproc) * ($time_after - $time_before) / 1" | bc) s (the load program is most of the rest)" \
        | tee -a "$bench/load.log"
    echo "  profile of WildFly in the window ($bench/surge.jfr):"
    jfr_summary "$bench/surge.jfr"
fi

# --- what the database holds, against what the clients saw -------------------------------------------
psql_bench -F, -c "select p.id, count(s.id), coalesce(string_agg(s.receipt, ' '), '')
                   from proposal p join funding_call c on c.id = p.call_id
                   left join proposal_submission s on s.proposal_id = p.id
                   where c.code = '$call' group by p.id" > "$bench/database.csv"
late=$(psql_bench -c "select count(*) from proposal_submission s join proposal p on p.id = s.proposal_id
                      join funding_call c on c.id = p.call_id where c.code = '$call' and s.submitted_at >= c.deadline")
margin=$(psql_bench -c "select coalesce(round(extract(epoch from (c.deadline - max(s.submitted_at)))::numeric, 1)::text, '-')
                        from proposal_submission s join proposal p on p.id = s.proposal_id
                        join funding_call c on c.id = p.call_id where c.code = '$call' group by c.deadline")
awk -F, -v late="$late" -v margin="${margin:--}" '
    NR == FNR { rows[$1] = $2; receipts[$1] = $3; next }
    FNR == 1 { next }
    {
        seen++
        stored = ($1 in rows) ? rows[$1] : 0
        if ($2 == "true" && stored == 0) lost_ok++
        else if ($2 != "true" && stored > 0) lost_failed++
        else if ($2 == "true" && index(receipts[$1], $3) == 0) wrong_receipt++
        if (stored > 1) twice++
    }
    END {
        printf "  database         %d submissions stored for %d consortia; %d after the deadline; the last %s s before it\n", total(rows), seen, late, margin
        printf "  lost             %d (client told success, no row: %d; client told failure, row stored: %d)\n",
            lost_ok + lost_failed, lost_ok, lost_failed
        printf "  other mismatches receipt differs: %d; submitted twice: %d\n", wrong_receipt, twice
    }
    function total(a,   k, t) { t = 0; for (k in a) t += a[k]; return t }
' "$bench/database.csv" "$bench/client.csv" | tee -a "$bench/load.log"
# the receipts, as bin/run's mail catcher (MailDev) holds them, read through its REST API (GET /email: every
# message as JSON, with its subject and text); each receipt number counts once. They are sent after each commit.
mail_api="http://localhost:$mail_port/email"
receipt_count() {
    curl -fsS "$mail_api" | { grep -o -- "$call-P[0-9]*-V1" || true; } | sort -u | wc -l
}
succeeded=$(grep -c ",true," "$bench/client.csv" || true)
receipts=0
for ((wait = 0; wait < 60; wait++)); do
    receipts=$(receipt_count)
    ((receipts < succeeded)) || break
    sleep 1
done
echo "  receipt e-mails  $receipts for $succeeded successful submissions ($mail_api)" \
    | tee -a "$bench/load.log"
errors=$(grep -c " ERROR " "$bench/run/wildfly.log" || true)
memory=$(grep -c "OutOfMemoryError" "$bench/run/wildfly.log" || true)
echo "  server log       $errors ERROR lines, $memory OutOfMemoryError ($bench/run/wildfly.log)" | tee -a "$bench/load.log"
