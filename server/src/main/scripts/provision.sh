#!/usr/bin/env bash
# Configures the unpacked WildFly and Keycloak distributions. Idempotent: it does the work again only
# when the CLI scripts (or this script) changed, so an unchanged tree builds in seconds.
set -euo pipefail

target="$1"
wildfly_version="$2"
keycloak_version="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

wildfly="$target/dist/wildfly-$wildfly_version"
keycloak="$target/dist/keycloak-$keycloak_version"
ln -sfn "$wildfly" "$target/wildfly"
ln -sfn "$keycloak" "$target/keycloak"

stamp=$(cat "$here"/wildfly/*.cli "$here/scripts/provision.sh" "$target/dist/drivers/postgresql.jar" | sha256sum | cut -c1-16)
if [[ "$(cat "$wildfly/.secretariat-config" 2>/dev/null || true)" != "$stamp" ]]; then
    echo "Configuring WildFly $wildfly_version ..."
    # The PostgreSQL driver as a module, so that both configurations can use it.
    module="$wildfly/modules/org/postgresql/main"
    mkdir -p "$module"
    cp "$target/dist/drivers/postgresql.jar" "$module/"
    cat > "$module/module.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
    <resources>
        <resource-root path="postgresql.jar"/>
    </resources>
    <dependencies>
        <module name="java.logging"/>
        <module name="java.naming"/>
        <module name="java.security.jgss"/>
        <module name="java.sql"/>
        <module name="jakarta.transaction.api"/>
    </dependencies>
</module>
XML
    config="$wildfly/standalone/configuration"
    rm -rf "$wildfly/standalone/configuration/standalone_xml_history"
    cp "$config/standalone.xml" "$config/standalone-secretariat.xml"
    "$wildfly/bin/jboss-cli.sh" --file="$here/wildfly/configure.cli"
    cp "$config/standalone-secretariat.xml" "$config/standalone-secretariat-postgresql.xml"
    "$wildfly/bin/jboss-cli.sh" --file="$here/wildfly/datasource-postgresql.cli"
    # The cluster's configuration (bin/run --cluster): standalone-ha.xml with the same two scripts, then cluster.cli.
    cp "$config/standalone-ha.xml" "$config/standalone-secretariat-ha.xml"
    for script in configure.cli datasource-postgresql.cli; do
        sed 's/--server-config=standalone-secretariat\(-postgresql\)\?\.xml/--server-config=standalone-secretariat-ha.xml/' \
            "$here/wildfly/$script" > "$target/ha-$script"
        "$wildfly/bin/jboss-cli.sh" --file="$target/ha-$script"
    done
    "$wildfly/bin/jboss-cli.sh" --file="$here/wildfly/cluster.cli"
    rm -rf "$wildfly/standalone/configuration/standalone_xml_history" "$wildfly/standalone/data" "$wildfly/standalone/log"
    echo "$stamp" > "$wildfly/.secretariat-config"
fi

# The JIT compiler's threads before the requests' (docs/README.md, "The compiler's threads come first"): for every
# WildFly started from this home by standalone.sh (bin/run, its cluster, the benchmarks). Lowering a thread's nice
# value needs root or CAP_SYS_NICE; without it the JVM warns once and runs as before.
if ! grep -q "CompilerThreadPriority" "$wildfly/bin/standalone.conf"; then
    cat >> "$wildfly/bin/standalone.conf" <<'CONF'

# SciCoop Secretariat: the JIT compiler's threads at nice -10 (docs/README.md, "The compiler's threads come first")
JAVA_OPTS="$JAVA_OPTS -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=-10"
CONF
fi

if [[ ! -f "$keycloak/.secretariat-built" ]]; then
    echo "Building Keycloak $keycloak_version (once) ..."
    "$keycloak/bin/kc.sh" build --db=dev-file --health-enabled=true
    touch "$keycloak/.secretariat-built"
fi
# One Keycloak per run (bin/run, the system tests, the benchmarks), so its caches are local (a start option): no
# JGroups cluster of its own (mTLS, JDBC_PING, ports 7800 and 57800 shared by every Keycloak on the machine), which
# cost each start half a minute. A production Keycloak is configured for its own deployment (keycloak-realm.md).
grep -qx "cache=local" "$keycloak/conf/keycloak.conf" || echo "cache=local" >> "$keycloak/conf/keycloak.conf"

# The realm's password policy refuses the passwords of this list (passwordBlacklist, docs/keycloak-realm.md);
# Keycloak reads it from data/password-blacklists/ under its home.
mkdir -p "$keycloak/data/password-blacklists"
cp "$here/keycloak/password-blacklists/"*.txt "$keycloak/data/password-blacklists/"
