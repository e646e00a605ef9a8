#!/usr/bin/env bash
# Measures bin/run from a built tree: seconds until both servers answer, and the resident memory
# (RSS) of WildFly and Keycloak once idle. Prints the figures; changes nothing in the tree except
# bin/run's local data (.run/). Usage: benchmarks/startup.sh [--fresh] [idle-seconds]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
fresh=""
if [[ "${1:-}" == "--fresh" ]]; then fresh="--fresh"; shift; fi
idle="${1:-30}"
log="$(mktemp)"

[[ -f ear/target/secretariat.ear && -e server/target/wildfly ]] || ./mvnw -B -q install -DskipTests -pl server,ear -am

start=$(date +%s%N)
bin/run --no-build $fresh > "$log" 2>&1 &
run_pid=$!
trap 'kill $run_pid 2>/dev/null || true; wait $run_pid 2>/dev/null || true; rm -f "$log"' EXIT

until grep -q "is running" "$log"; do
    kill -0 $run_pid 2>/dev/null || { cat "$log"; echo "bin/run failed" >&2; exit 1; }
    sleep 0.2
done
ready=$(date +%s%N)
sleep "$idle"

rss() { ps -o rss= -p "$1" | awk '{printf "%.0f", $1/1024}'; }
wildfly=$(pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$root/.run/wildfly" | head -1)
keycloak=$(pgrep -f "kc.home.dir=$root/.run/keycloak/" | head -1)

echo "bin/run ${fresh:-(existing data)} from a built tree"
echo "  ready after:            $(( (ready - start) / 1000000 )) ms"
echo "  WildFly RSS, ${idle} s idle:  $(rss "$wildfly") MiB"
echo "  Keycloak RSS, ${idle} s idle: $(rss "$keycloak") MiB"
