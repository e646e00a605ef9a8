#!/usr/bin/env bash
# Heap per upload (issue 16, point 3): does the memory an upload holds grow with its file? Starts the stack on
# PostgreSQL and runs benchmarks/UploadHeap.java against it: for files of 1 MB and 9 MB (call documents, 10 MB at
# most), the server's heap in use after GC while 8 uploads are held open in flight, per upload, and the bytes the
# server allocates per upload (Java Flight Recorder's allocation samples); and the twin for downloads (issue 15,
# point 3): the heap in use after GC while 8 anonymous downloads of a call document are held in flight, per download.
# Not a test: it measures. Figures go into docs/benchmarks.md ("Heap per upload", "Heap per download").
#
# usage: benchmarks/upload-heap.sh [--no-build] [--tree DIR] [UploadHeap options: --sizes 1,9 --in-flight 8 --n 10
#                                   --measure uploads,downloads (both by default)]
#   --tree DIR   measure another built checkout (e.g. the commit before the change) with this tree's programs
# Its own stack (WildFly on 9180, Keycloak on 8880, PostgreSQL on 15732 from Debian's postgresql package, the mail
# catcher on 3425 and 9425), in .bench-upload-heap/ (deleted at each start).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
build=true
options=()
while (($#)); do
    case "$1" in
        --no-build) build=false ;;
        --tree) shift; tree="$(cd "$1" && pwd)" ;;
        *) options+=("$1") ;;
    esac
    shift
done

offset=1100
keycloak_port=8880
keycloak_management_port=9980
pg_port=15732
smtp_port=3425
mail_port=9425
bench="$root/.bench-upload-heap"
source "$root/benchmarks/lib.sh"
psql_bench() { PGPASSWORD=secretariat psql -h localhost -p $pg_port -U secretariat -d secretariat -v ON_ERROR_STOP=1 -qtA "$@"; }
trap cleanup EXIT

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v psql >/dev/null; then
    apt_install postgresql
fi
if $build; then
    echo "Building $tree ..."
    (cd "$tree" && ./mvnw -B -q package -DskipTests -pl server,ear -am)
fi
rm -rf "$bench"
mkdir -p "$bench"
start_postgresql
start_stack "$bench/run" "$bench/run.log"
wildfly=$(ss -ltnpH "sport = :$((8080 + offset))" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
agency=$(psql_bench -c "select id from funding_agency where country_code = 'FR' and acronym = 'ANR'")
echo "Measuring $(git -C "$tree" rev-parse --short HEAD 2>/dev/null || echo "$tree") (WildFly pid $wildfly, load $(cut -d' ' -f1-3 /proc/loadavg)) ..."
java benchmarks/UploadHeap.java --app "$app" --token "$(token officer)" --pid "$wildfly" --agency "$agency" \
    ${options[@]+"${options[@]}"}
