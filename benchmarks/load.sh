#!/usr/bin/env bash
# 1,000 signed-in users (issue 16, point 5): a Gatling load (benchmarks/load/, a Maven project outside the reactor,
# simulation SignedInUsers) of officers, members and national contacts who sign in as browsers do (authorization
# code with PKCE through Keycloak's login form) and then work with 5 s of thought before each request. Prints, per
# request kind, p50/p99 and errors, the logins per second, the load average during the run, and the resident memory
# of WildFly and Keycloak at the end. Not a test: it measures, it does not judge. Figures go into docs/benchmarks.md.
#
# usage: benchmarks/load.sh [--users N (default 1000)] [--duration SECONDS each user works after signing in
#        (default 180)] [--ramp SECONDS over which the users arrive (default 60)] [--cluster [--kill-node]]
#        [--build]
#   --cluster    two WildFly nodes behind HAProxy (bin/run --cluster) on 8080 (nodes 8081, 8082); takes
#                /tmp/secretariat-cluster.lock, which the cluster system test takes too
#   --kill-node  kills node2 (kill -9 of its java) halfway through the users' work
#   --build      builds the server and the EAR first (without it: only when they were never built)
#   --demo-hash  the users' password hashed as the demo users' (PBKDF2, rehashed at first sign-in), see below
#   --keep-running  leaves the stack up after the figures, until Ctrl-C (to look at it, or run the simulation again)
#   --warm-up-users K  first K users (the same mix) arrive over 30 s and work 60 s, unmeasured, on the same stack: the
#                measured run then meets a server whose code is compiled, as on a day it has been up for a while
# Runs its own stack (benchmarks/lib.sh) on PostgreSQL beside bin/run's and the other benchmarks': WildFly on 9280
# (management 11190), Keycloak on 8980, PostgreSQL on 15832, mail catcher on 3525/3526; in .bench-load/ (deleted
# at each start). The stack runs with SECRETARIAT_REQUIRE_2FA=false (bin/run's default): the load officers sign in
# with their password only. Users are 10 % officers, 10 % national contacts (country FR, DE or CN in turn), 80 %
# members, made before the run with Keycloak's partial import; their data is benchmarks/generate-load.sql. Their
# password "demo" is stored as the realm stores a password that was set: Argon2id with Keycloak's defaults, hashed
# by Keycloak's own provider (benchmarks/KeycloakPassword.java), so each sign-in costs one Argon2 verification, as
# for real users. --demo-hash imports the demo users' PBKDF2 hash instead (210,000 iterations), which Keycloak
# verifies and then rehashes to Argon2 at each user's first sign-in: two hashes per sign-in, an imported legacy
# account's first day.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
users=1000
duration=180
ramp=60
cluster=false
kill_node=false
build=false
keep_running=false
demo_hash=false
warm_up_users=0
while (($#)); do
    case "$1" in
        --users) shift; users="$1" ;;
        --duration) shift; duration="$1" ;;
        --ramp) shift; ramp="$1" ;;
        --cluster) cluster=true ;;
        --kill-node) kill_node=true ;;
        --build) build=true ;;
        --keep-running) keep_running=true ;;
        --demo-hash) demo_hash=true ;;
        --warm-up-users) shift; warm_up_users="$1" ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
! $kill_node || $cluster || { echo "--kill-node needs --cluster" >&2; exit 2; }

offset=1200
keycloak_port=8980
keycloak_management_port=10080
pg_port=15832
smtp_port=3525
mail_port=3526
run_options=""
if $cluster; then
    offset=0                  # the balancer on 8080, the nodes on 8081 and 8082 (bin/run --cluster)
    run_options="--cluster"
    exec 9> /tmp/secretariat-cluster.lock
    echo "Waiting for /tmp/secretariat-cluster.lock ..."
    flock 9
fi
bench="$root/.bench-load"
db=postgresql
export SECRETARIAT_REQUIRE_2FA=false
# on a busy machine Keycloak alone has taken 4 min to start (bin/run waits 300 s for each server by default)
export SECRETARIAT_START_TIMEOUT="${SECRETARIAT_START_TIMEOUT:-900}"
source "$root/benchmarks/lib.sh"
! $cluster || management="localhost:9991"   # node1's (lib.sh's statistics)
trap cleanup EXIT

mix() { # users -> "officers members contacts": 10 % officers, 10 % national contacts, the rest members
    echo "$(($1 / 10)) $(($1 - 2 * ($1 / 10))) $(($1 / 10))"
}
read -r officers members contacts <<< "$(mix "$users")"

[[ -f ear/target/secretariat.ear && -d server/target/wildfly ]] || build=true
# Gatling, its Maven plugin and the simulation, compiled before the stack starts (downloaded on a machine's first
# run; the run itself is then offline)
echo "Preparing the Gatling simulation ..."
./mvnw -B -q -f benchmarks/load/pom.xml test-compile dependency:resolve-plugins > /tmp/secretariat-load-prepare.log 2>&1 \
    || { echo "could not prepare Gatling; see /tmp/secretariat-load-prepare.log" >&2; exit 1; }
# builds (with --build), starts the stack on PostgreSQL with the demo data, adds benchmarks/generate-load.sql
generated_stack benchmarks/generate-load.sql "$members"

# --- the accounts: Keycloak's partial import, as the master realm's bootstrap administrator -------------------
echo "Making $officers officers, $members members and $contacts national contacts in Keycloak ..."
hashed=""
if ! $demo_hash; then
    keycloak_lib=server/target/keycloak/lib/lib
    hashed=$(java -cp "$keycloak_lib/main/*:$keycloak_lib/boot/*" benchmarks/KeycloakPassword.java demo 2>/dev/null) \
        || { echo "could not hash the users' password with Keycloak's Argon2 provider" >&2; exit 1; }
fi
HASHED="$hashed" python3 - "$officers" "$members" "$contacts" server/src/main/keycloak/demo/secretariat-users-0.json \
    > "$bench/users.json" <<'PYTHON'
import json, os, sys
officers, members, contacts, demo = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
demo_users = {u["username"]: u for u in json.load(open(demo))["users"]}
# the demo member's password "demo", hashed (the realm's policy applies when a password is set, not at import)
password = [c for c in demo_users["member"]["credentials"] if c["type"] == "password"][0]
if os.environ["HASHED"]:
    secret, data = os.environ["HASHED"].splitlines()
    password = {"type": "password", "secretData": secret, "credentialData": data, "temporary": False}
people = {
    "officer": ("programme-officer", lambda i: ("CN", "SciCoop Secretariat", "Asia/Shanghai")),
    "member": ("consortium-member", lambda i: ("FR", "Sorbonne Université", "Europe/Paris")),
    "contact": ("national-contact", lambda i: [("FR", "Agence nationale de la recherche", "Europe/Paris"),
                                               ("DE", "Deutsche Forschungsgemeinschaft", "Europe/Berlin"),
                                               ("CN", "National Natural Science Foundation of China",
                                                "Asia/Shanghai")][i % 3]),
}
users = []
for role, count in (("officer", officers), ("member", members), ("contact", contacts)):
    realm_role, place = people[role]
    for i in range(1, count + 1):
        name = "load-%s-%04d" % (role, i)
        country, organisation, zone = place(i)
        users.append({"username": name, "enabled": True, "emailVerified": True, "email": name + "@load.example",
                      "firstName": "Load", "lastName": "%s %d" % (role.capitalize(), i),
                      "attributes": {"country": [country], "organisation": [organisation], "zoneinfo": [zone]},
                      "credentials": [password], "requiredActions": [],
                      "realmRoles": ["default-roles-secretariat", realm_role]})
json.dump({"ifResourceExists": "SKIP", "users": users}, sys.stdout)
PYTHON
kc="http://localhost:$keycloak_port"
admin=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$kc/realms/master/protocol/openid-connect/token" | python3 -c "import sys, json; print(json.load(sys.stdin)['access_token'])")
curl -fsS -H "Authorization: Bearer $admin" -H "Content-Type: application/json" --data-binary @"$bench/users.json" \
    "$kc/admin/realms/secretariat/partialImport" \
    | python3 -c "import sys, json; r = json.load(sys.stdin); print('  added', r['added'], 'skipped', r['skipped'])"

# --- the run ---------------------------------------------------------------------------------------------------
pids_of() { ps -eo pid=,comm=,args= | awk -v marker="$1" '$2 == "java" && index($0, marker) {print $1}'; }
rss_of() { # marker -> MiB of resident memory of the java processes whose command line holds marker
    local pid total=0
    for pid in $(pids_of "$1"); do total=$((total + $(ps -o rss= -p "$pid"))); done
    echo $((total / 1024))
}
simulate() { # officers members contacts ramp duration results logins log
    ./mvnw -B -o -q -f benchmarks/load/pom.xml test-compile gatling:test -Dgatling.resultsFolder="$6" \
        -Dapp="$app" -Dofficers="$1" -Dmembers="$2" -Dcontacts="$3" -Dramp="$4" \
        -Dduration="$5" -Dlogins="$7" > "$8" 2>&1 \
        || { echo "Gatling failed; see $8" >&2; tail -30 "$8" >&2; exit 1; }
}
if ((warm_up_users > 0)); then
    echo "Warm-up: $warm_up_users users over 30s, 60s of work each (not measured) ..."
    read -r warm_officers warm_members warm_contacts <<< "$(mix "$warm_up_users")"
    simulate "$warm_officers" "$warm_members" "$warm_contacts" 30 60 \
        "$bench/gatling-warm-up" "$bench/logins-warm-up.txt" "$bench/gatling-warm-up.log"
fi
( while sleep 10; do echo "$(date +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; done ) > "$bench/uptime.log" &
sampler=$!
if $kill_node; then
    ( sleep $((ramp + duration / 2))
      for pid in $(pids_of "jboss.server.base.dir=$bench/run/node2"); do
          echo "$(date +%T) killing node2 (java $pid)"; kill -9 "$pid"
      done ) > "$bench/kill.log" 2>&1 &
fi
echo "Load: $users users ($officers officers, $members members, $contacts contacts) arriving over ${ramp}s," \
    "each working ${duration}s after signing in, against $app$($cluster && echo " (the cluster's balancer)"); $(nproc) cores"
echo "  load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
simulate "$officers" "$members" "$contacts" "$ramp" "$duration" "$bench/gatling" "$bench/logins.txt" "$bench/gatling.log"
kill "$sampler" 2>/dev/null || true
if $cluster; then
    wildfly_rss="node1 $(rss_of "jboss.server.base.dir=$bench/run/node1") MiB, node2 $(rss_of "jboss.server.base.dir=$bench/run/node2") MiB"
else
    wildfly_rss="$(rss_of "jboss.server.base.dir=$bench/run/wildfly") MiB"
fi
keycloak_rss="$(rss_of "--http-port=$keycloak_port") MiB"

# --- the figures: Gatling's per-kind statistics, the sign-ins, the load ---------------------------------------
report=$(ls -d "$bench"/gatling/*/ | tail -1)
python3 - "$report/js/stats.js" "$bench/logins.txt" "$bench/uptime.log" <<'PYTHON'
import re, sys
# Gatling 3.13's report keeps its statistics in js/stats.js (a script, not JSON): each request kind's name, then
# its counts and percentiles (percentiles1 = p50, percentiles4 = p99 in Gatling's default configuration)
text = open(sys.argv[1]).read()
def figure(block, key):
    return int(re.search(r'"%s": \{\s*"total": "(-|\d+)"' % key, block).group(1).replace("-", "0"))
def ko(block):
    return int(re.search(r'"numberOfRequests": \{\s*"total": "\d+",\s*"ok": "\d+",\s*"ko": "(\d+)"', block).group(1))
blocks = re.split(r'\n\s*type: "(?:REQUEST|GROUP)",\s*\n\s*name: ', text)[1:]
print("Per request kind (Gatling):")
for block in blocks[1:] + blocks[:1]:
    name = re.match(r'"((?:[^"\\]|\\.)*)"', block).group(1)
    print("  %-42s %7d requests %6d errors   p50 %6d ms   p99 %6d ms   max %6d ms"
          % ("all requests" if name == "All Requests" else name, figure(block, "numberOfRequests"), ko(block),
             figure(block, "percentiles1"), figure(block, "percentiles4"), figure(block, "maxResponseTime")))
times = [tuple(map(int, l.split())) for l in open(sys.argv[2]) if l.strip()]
if times:
    first, last = min(t[0] for t in times), max(t[1] for t in times)
    print("Sign-ins: %d completed in %.1f s (first started to last done): %.1f logins/s"
          % (len(times), (last - first) / 1000, len(times) / max((last - first) / 1000, 0.001)))
loads = [float(l.split()[1]) for l in open(sys.argv[3]) if l.strip()]
if loads:
    print("Load average (1 min) during the run: min %.1f, max %.1f" % (min(loads), max(loads)))
PYTHON
echo "Resident memory at the end: WildFly $wildfly_rss; Keycloak $keycloak_rss"
! $kill_node || cat "$bench/kill.log"
echo "Gatling's report: ${report}index.html; its console output: $bench/gatling.log"
if $keep_running; then
    echo "The stack stays up until Ctrl-C (WildFly $app, Keycloak http://localhost:$keycloak_port)."
    wait "$run_pid"
fi
