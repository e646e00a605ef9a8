# Shared by the benchmarks that run their own stack beside bin/run's (calls.sh, proposals-list.sh, ranking.sh,
# surge.sh): sourced, not run. It starts and stops that stack and a throwaway PostgreSQL, runs SQL against the stack's database, reads
# Hibernate's and WildFly's statistics through jboss-cli, and logs users in (a session cookie, a bearer token).
#
# Set before sourcing:
#   root              the tree this script belongs to
#   bench             the benchmark's run directory (its own; deleted by the caller at each start)
#   offset            added to WildFly's ports (application 8080 + offset, management 9990 + offset)
#   keycloak_port, keycloak_management_port, pg_port
# Optional:
#   tree              the built tree whose bin/run, server and EAR are measured (default: root); lets a
#                     benchmark measure another checkout (e.g. the commit before a change) with this tree's script
#   smtp_port, mail_port   bin/run's mail catcher (default: bin/run's own)
#   run_options       more options for bin/run (load.sh: --cluster)

tree="${tree:-$root}"
# apt_install, start_postgresql, stop_postgresql: shared with bin/run --cluster
source "$root/server/src/main/scripts/postgresql.sh"
app="http://localhost:$((8080 + offset))"
management="localhost:$((9990 + offset))"

# --- the stack -------------------------------------------------------------------------------------
run_pid=""
start_stack() { # run-directory log   (bin/run --no-build of $tree, on this benchmark's ports)
    : > "$2"
    env SECRETARIAT_RUN_DIR="$1" SECRETARIAT_PORT_OFFSET=$offset SECRETARIAT_APP_URL="$app" \
        SECRETARIAT_KEYCLOAK_PORT=$keycloak_port SECRETARIAT_KEYCLOAK_MANAGEMENT_PORT=$keycloak_management_port \
        SECRETARIAT_OIDC_PROVIDER_URL="http://localhost:$keycloak_port/realms/secretariat" \
        ${smtp_port:+SECRETARIAT_SMTP_HOST=localhost SECRETARIAT_SMTP_PORT=$smtp_port} \
        ${mail_port:+SECRETARIAT_MAIL_PORT=$mail_port} \
        "$tree/bin/run" --no-build ${run_options:-} > "$2" 2>&1 &
    run_pid=$!
    until grep -q "is running" "$2"; do
        kill -0 "$run_pid" 2>/dev/null || { echo "the stack did not start; see $2" >&2; tail -20 "$2" >&2; exit 1; }
        sleep 1
    done
}
stop_stack() {
    [[ -n "$run_pid" ]] || return 0
    kill -TERM "$run_pid" 2>/dev/null || true
    wait "$run_pid" 2>/dev/null || true
    run_pid=""
}

cleanup() { stop_stack; stop_postgresql; }

# --- CPU seconds of the stack's processes (surge.sh) ---------------------------------------------------
listener() { # port: the process listening on it
    ss -Hltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | tr -dc 0-9
}
machine_cpu_seconds() { # the CPU seconds all of the machine's processes used since its start (/proc/stat)
    awk '/^cpu / {print "scale=1; (" $2 " + " $3 " + " $4 " + " $7 " + " $8 " + " $9 ") / '"$(getconf CLK_TCK)"'"}' /proc/stat | bc
}

cpu_seconds() { # pid: CPU seconds it and its reaped children used so far, plus its live children's
    local ticks
    ticks=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$1/stat")
    for child in $(pgrep -P "$1"); do
        ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
    done
    echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

# --- a JFR recording, summed up (calls.sh, surge.sh) ---------------------------------------------------
# The methods that were running (self) and the application's and frameworks' methods that were on the stack
# (total), as shares of the samples; then the waits for a lock (JFR's profile settings record those of 10 ms and more).
jfr_summary() { # recording.jfr
    local file="$1"
    jfr print --stack-depth 200 --events jdk.ExecutionSample "$file" | python3 -c '
import collections, re, sys
samples, own, total, stack = 0, collections.Counter(), collections.Counter(), None
def done():
    global samples
    if stack:
        samples += 1
        own[stack[0]] += 1
        for frame in set(f for f in stack if re.match(r"(org\.scicoop|org\.primefaces|com\.sun\.faces|jakarta\.faces|org\.jboss\.weld|org\.hibernate|org\.postgresql|io\.undertow|org\.jboss\.resteasy|org\.apache\.james|org\.apache\.pdfbox|java\.security|sun\.security|sun\.nio|org\.wildfly|org\.infinispan|org\.omnifaces|jakarta\.el|org\.glassfish|java\.text|java\.lang\.Class\.|java\.io\.ObjectOutputStream)", f)):
            total[frame] += 1
for line in sys.stdin:
    line = line.strip()
    if line.startswith("stackTrace = ["):
        stack = []
    elif stack is not None and line.startswith("]"):
        done(); stack = None
    elif stack is not None and line and not line.startswith("..."):
        stack.append(re.sub(r"\s+line:.*", "", line))
print(f"    {samples} samples; self:")
for frame, n in own.most_common(15):
    print(f"    {100 * n / samples:5.1f} %  {frame[:150]}")
print("    total (on the stack):")
for frame, n in total.most_common(60):
    print(f"    {100 * n / samples:5.1f} %  {frame[:150]}")'
    # waits for a lock (JFR's profile settings record those of 10 ms and more): where they were, summed up
    jfr print --stack-depth 8 --events jdk.JavaMonitorEnter "$file" | python3 -c '
import collections, re, sys
waits, count, stack, duration = collections.Counter(), collections.Counter(), None, 0.0
for line in sys.stdin:
    line = line.strip()
    if line.startswith("duration ="):
        value, unit = line.split("=")[1].split()
        duration = float(value) * {"s": 1000, "ms": 1, "us": 0.001, "ns": 0.000001}.get(unit, 1)
    elif line.startswith("stackTrace = ["):
        stack = []
    elif stack is not None and line.startswith("]"):
        key = " < ".join(stack[:3]); waits[key] += duration; count[key] += 1; stack = None
    elif stack is not None and line and not line.startswith("..."):
        stack.append(re.sub(r"\s+line:.*", "", line))
print(f"    lock waits of 10 ms or more: {sum(count.values())}, {sum(waits.values()):.0f} ms in all")
for key, ms in waits.most_common(8):
    print(f"    {ms:8.0f} ms  {count[key]:5d}×  {key[:220]}")'
}

# --- the statement counts (proposals-list.sh, ranking.sh) --------------------------------------------
statement_options() { # default-requests args...   the options of a statement count: sets db, requests, show_sql,
    db=h2; requests=$1; show_sql=false; build=true; shift    # build and tree
    while (($#)); do
        case "$1" in
            --db) shift; db="$1" ;;
            --requests) shift; requests="$1" ;;
            --show-sql) show_sql=true ;;
            --no-build) build=false ;;
            --tree) shift; tree="$(cd "$1" && pwd)" ;;
            *) echo "unknown option: $1" >&2; exit 2 ;;
        esac
        shift
    done
    [[ "$db" == h2 || "$db" == postgresql ]] || { echo "--db h2 or postgresql" >&2; exit 2; }
}
generated_stack() { # generator.sql rows   builds $tree (unless --no-build), starts its stack on $db with the
    local generator=$1 rows=$2 series                 # demo data, adds the generator's rows (@SERIES@: 1..rows)
    if [[ "$db" == postgresql ]] && ! { ls /usr/lib/postgresql/*/bin/initdb && command -v psql; } >/dev/null 2>&1; then
        apt_install postgresql                        # and restarts it with the statistics on; sets $run
    fi
    if $build; then
        echo "Building $tree ..."
        (cd "$tree" && ./mvnw -B -q package -DskipTests -pl server,ear -am)
    fi
    rm -rf "$bench"
    mkdir -p "$bench"
    run="$bench/run"
    [[ "$db" != postgresql ]] || start_postgresql
    start_stack "$run" "$bench/run.log"    # migrates the schema and loads the demo data
    stop_stack
    if [[ "$db" == h2 ]]; then series="system_range(1, $rows) s"; else series="generate_series(1, $rows) s(x)"; fi
    sed "s/@SERIES@/$series/g" "$root/$generator" > "$bench/generated.sql"
    run_sql "$db" "$run" "$bench/generated.sql"
    start_stack "$run" "$bench/run.log"
    enable_statistics
}

run_sql() { # db run-directory file   (for H2 the stack must be stopped: its file database has one owner)
    if [[ "$1" == h2 ]]; then
        java -cp "$(ls "$tree"/server/target/wildfly/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)" \
            org.h2.tools.RunScript -url "jdbc:h2:$2/wildfly/data/secretariat/secretariat" \
            -user sa -password sa -script "$3"
    else
        PGPASSWORD=secretariat psql -h localhost -p $pg_port -U secretariat -d secretariat -v ON_ERROR_STOP=1 -q -f "$3"
    fi
}

# --- measuring -------------------------------------------------------------------------------------
cli() { "$tree"/server/target/wildfly/bin/jboss-cli.sh -c --controller="$management" --commands="$1" 2>/dev/null; }
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
per_request() { # label requests command...   prints statements and transactions per request (also in
    local label=$1 n=$2 s0 t0 s1 t1; shift 2     # $last_statements and $last_transactions)
    read -r s0 t0 < <(counters)
    for ((i = 0; i < n; i++)); do "$@" >/dev/null; done
    read -r s1 t1 < <(counters)
    last_statements=$(echo "($s1 - $s0) / $n" | bc -l)
    last_transactions=$(echo "($t1 - $t0) / $n" | bc -l)
    printf '  %-28s %6.2f SQL statements/request   %5.2f transactions/request\n' "$label" \
        "$last_statements" "$last_transactions"
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
