# Sourced by bin/run (--cluster) and the benchmarks (benchmarks/lib.sh): Debian packages installed with apt, and a
# throwaway PostgreSQL cluster of Debian's postgresql on $pg_port (set before start_postgresql), which the stack
# then uses (SECRETARIAT_DB_URL, _USER, _PASSWORD exported).

apt_install() { # packages...   installs those that are missing, with apt
    ((${#@})) || return 0
    echo "Installing $* ..."
    local sudo=""; [[ "$(id -u)" == 0 ]] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pg_data=""
pg_bin=""
as_postgres() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_postgresql() { # a throwaway cluster of Debian's postgresql on $pg_port; the stack then uses it
    pg_bin="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")"
    pg_data="$(mktemp -d /tmp/secretariat-pg.XXXXXX)"
    chown postgres "$pg_data" 2>/dev/null || true
    as_postgres "$pg_bin/initdb" -D "$pg_data/data" -U postgres -A trust -E UTF8 >/dev/null
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data/data" -o "-p $pg_port -k $pg_data" -l "$pg_data/log" -w start >/dev/null
    psql -h localhost -p $pg_port -U postgres -v ON_ERROR_STOP=1 -q \
        -c "create user secretariat password 'secretariat'" -c "create database secretariat owner secretariat"
    export SECRETARIAT_DB_URL="jdbc:postgresql://localhost:$pg_port/secretariat" SECRETARIAT_DB_USER=secretariat \
        SECRETARIAT_DB_PASSWORD=secretariat
}
stop_postgresql() {
    [[ -n "$pg_data" ]] || return 0
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data/data" -m fast stop >/dev/null || true
    rm -rf "$pg_data"
    pg_data=""
    unset SECRETARIAT_DB_URL SECRETARIAT_DB_USER SECRETARIAT_DB_PASSWORD
}
