#!/usr/bin/env bash
# Configures an unpacked WildFly (39.0.1.Final) for the OTP server EAR, offline, with jboss-cli's
# embedded server. Safe to run twice: every step checks the current state first, and re-running with
# other parameters converges on the new values.
#
# Usage:
#   servers/wildfly/configure.sh --home WILDFLY_HOME [options]
#
# Options:
#   --home DIR              WildFly home (unpacked wildfly-dist zip). Required.
#   --config NAME           Server config to create/edit in standalone/configuration
#                           (default: standalone-otp.xml, copied from standalone-full.xml when missing).
#                           Start the server with: bin/standalone.sh -c standalone-otp.xml
#   --db h2|postgresql      Database of the datasource java:/jdbc/otp (default: h2, embedded, file in
#                           standalone/data/otp; uses the com.h2database.h2 module WildFly bundles).
#   --db-url URL            JDBC URL (postgresql default: jdbc:postgresql://127.0.0.1:5432/otp).
#   --db-user USER          Database user (postgresql default: postgres; h2 default: sa).
#   --db-password PASSWORD  Database password (default: none).
#   --postgresql-jar FILE   PostgreSQL JDBC driver jar for the org.postgresql module. Default: resolved
#                           from Maven Central with `mvn dependency:copy` (version $POSTGRESQL_VERSION,
#                           default 42.7.14 as in the root pom).
#   --bind-address ADDR     Address of the public, management and unsecure interfaces (default 127.0.0.1).
#   --port-offset N         Default port offset of the socket bindings (default 0; still overridable at
#                           start with -Djboss.socket.binding.port-offset=M). HTTP = 8080+N, management = 9990+N.
#   --property KEY=VALUE    A system property, read by the app through MicroProfile Config. Repeatable.
#                           e.g. --property otp.gateway.signing-key.path=/var/lib/otp/server-key.pem
#   --remove-property KEY   Removes a system property set by an earlier run. Repeatable.
#
# What it configures:
#   - module org.postgresql (driver jar) + JDBC driver "postgresql" (PostgreSQL only),
#   - datasource OtpDS bound to java:/jdbc/otp (persistence.xml names it jdbc/otp; WildFly adds java:/),
#   - MicroProfile Health (/health/ready on the management port) and OpenAPI (/openapi on HTTP),
#   - system properties, interfaces on the bind address, the port offset,
#   - removes the welcome content at "/" so that the EAR's web module can take the context root "/".
#
# Example (what system-test-wildfly runs):
#   servers/wildfly/configure.sh --home target/wildfly-39.0.1.Final --db postgresql \
#       --db-url jdbc:postgresql://127.0.0.1:5432/otp_it_wildfly --db-user postgres \
#       --port-offset 10200 --property otp.gateway.signing-key.path=$PWD/target/server-key.pem
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
die() { echo "configure.sh: $*" >&2; exit 1; }

HOME_DIR=""
CONFIG="standalone-otp.xml"
DB="h2"
DB_URL=""
DB_USER=""
DB_PASSWORD=""
PG_JAR=""
BIND="127.0.0.1"
PORT_OFFSET="0"
PROPS=()
REMOVE_PROPS=()

while [[ $# -gt 0 ]]; do
    case "$1" in
        --home) HOME_DIR="$2"; shift 2 ;;
        --config) CONFIG="$2"; shift 2 ;;
        --db) DB="$2"; shift 2 ;;
        --db-url) DB_URL="$2"; shift 2 ;;
        --db-user) DB_USER="$2"; shift 2 ;;
        --db-password) DB_PASSWORD="$2"; shift 2 ;;
        --postgresql-jar) PG_JAR="$2"; shift 2 ;;
        --bind-address) BIND="$2"; shift 2 ;;
        --port-offset) PORT_OFFSET="$2"; shift 2 ;;
        --property) PROPS+=("$2"); shift 2 ;;
        --remove-property) REMOVE_PROPS+=("$2"); shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done

[[ -n "$HOME_DIR" ]] || die "--home is required (see --help)"
[[ -x "$HOME_DIR/bin/jboss-cli.sh" ]] || die "$HOME_DIR is not a WildFly home (no bin/jboss-cli.sh)"
HOME_DIR="$(cd "$HOME_DIR" && pwd)"
[[ "$PORT_OFFSET" =~ ^[0-9]+$ ]] || die "--port-offset must be a number"
CONFIG_DIR="$HOME_DIR/standalone/configuration"

# CLI string literal: double quotes, with backslashes and double quotes escaped.
q() { local s="${1//\\/\\\\}"; s="${s//\"/\\\"}"; printf '"%s"' "$s"; }

case "$DB" in
    postgresql)
        DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/otp}"
        DB_USER="${DB_USER:-postgres}"
        DRIVER="postgresql"
        if [[ -z "$PG_JAR" ]]; then
            version="${POSTGRESQL_VERSION:-42.7.14}"
            tmp="$(mktemp -d)"
            mvn -B -q dependency:copy -Dartifact="org.postgresql:postgresql:$version:jar" \
                -DoutputDirectory="$tmp" >&2 || die "could not resolve org.postgresql:postgresql:$version"
            PG_JAR="$tmp/postgresql-$version.jar"
        fi
        [[ -f "$PG_JAR" ]] || die "PostgreSQL driver jar $PG_JAR not found"
        # The driver module, written as files (what `module add` does; that command is deprecated).
        module_dir="$HOME_DIR/modules/org/postgresql/main"
        mkdir -p "$module_dir"
        jar_name="$(basename "$PG_JAR")"
        find "$module_dir" -maxdepth 1 -name '*.jar' ! -name "$jar_name" -delete
        cp -f "$PG_JAR" "$module_dir/$jar_name"
        cat > "$module_dir/module.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
    <resources>
        <resource-root path="$jar_name"/>
    </resources>
    <dependencies>
        <module name="java.logging"/>
        <module name="java.naming"/>
        <module name="java.security.jgss"/>
        <module name="java.sql"/>
        <module name="jakarta.transaction.api"/>
    </dependencies>
</module>
EOF
        ;;
    h2)
        # ${jboss.server.data.dir} is resolved by WildFly at runtime, not by this script.
        h2_default='jdbc:h2:${jboss.server.data.dir}/otp/otp;DB_CLOSE_ON_EXIT=FALSE'
        DB_URL="${DB_URL:-$h2_default}"
        DB_USER="${DB_USER:-sa}"
        DRIVER="h2"
        ;;
    *) die "--db must be h2 or postgresql" ;;
esac

if [[ ! -f "$CONFIG_DIR/$CONFIG" ]]; then
    cp "$CONFIG_DIR/standalone-full.xml" "$CONFIG_DIR/$CONFIG"
fi

CLI="$(mktemp --suffix=.cli)"
trap 'rm -f "$CLI"' EXIT

{
cat <<EOF
embed-server --server-config=$CONFIG --std-out=discard

# --- interfaces and port offset -------------------------------------------------------------
/interface=public:write-attribute(name=inet-address,value=$(q "$BIND"))
/interface=management:write-attribute(name=inet-address,value=$(q "$BIND"))
/interface=unsecure:write-attribute(name=inet-address,value=$(q "$BIND"))
/socket-binding-group=standard-sockets:write-attribute(name=port-offset,value="\${jboss.socket.binding.port-offset:$PORT_OFFSET}")

# --- context root "/" belongs to the EAR's web module ----------------------------------------
if (outcome == success) of /subsystem=undertow/server=default-server/host=default-host/location=\/:read-resource
    /subsystem=undertow/server=default-server/host=default-host/location=\/:remove
end-if
if (outcome == success) of /subsystem=undertow/configuration=handler/file=welcome-content:read-resource
    /subsystem=undertow/configuration=handler/file=welcome-content:remove
end-if

# --- MicroProfile Health (management port: /health, /health/ready, /health/live) ------------
if (outcome != success) of /extension=org.wildfly.extension.microprofile.health-smallrye:read-resource
    /extension=org.wildfly.extension.microprofile.health-smallrye:add
end-if
if (outcome != success) of /subsystem=microprofile-health-smallrye:read-resource
    /subsystem=microprofile-health-smallrye:add(security-enabled=false)
end-if

# --- MicroProfile OpenAPI (HTTP port: /openapi) -----------------------------------------------
if (outcome != success) of /extension=org.wildfly.extension.microprofile.openapi-smallrye:read-resource
    /extension=org.wildfly.extension.microprofile.openapi-smallrye:add
end-if
if (outcome != success) of /subsystem=microprofile-openapi-smallrye:read-resource
    /subsystem=microprofile-openapi-smallrye:add
end-if
EOF

if [[ "$DB" == postgresql ]]; then
cat <<EOF

# --- PostgreSQL JDBC driver --------------------------------------------------------------------
if (outcome != success) of /subsystem=datasources/jdbc-driver=postgresql:read-resource
    /subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql,driver-module-name=org.postgresql,driver-xa-datasource-class-name=org.postgresql.xa.PGXADataSource)
end-if
EOF
fi

cat <<EOF

# --- datasource java:/jdbc/otp (re-created so that a second run can change its parameters) ---
if (outcome == success) of /subsystem=datasources/data-source=OtpDS:read-resource
    /subsystem=datasources/data-source=OtpDS:remove
end-if
EOF
ds="/subsystem=datasources/data-source=OtpDS:add(jndi-name=\"java:/jdbc/otp\",driver-name=$DRIVER"
ds+=",connection-url=$(q "$DB_URL"),user-name=$(q "$DB_USER")"
[[ -n "$DB_PASSWORD" ]] && ds+=",password=$(q "$DB_PASSWORD")"
ds+=",jta=true,use-ccm=true,min-pool-size=0,max-pool-size=20"
if [[ "$DB" == postgresql ]]; then
    ds+=",valid-connection-checker-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker"
    ds+=",exception-sorter-class-name=org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLExceptionSorter"
    ds+=",background-validation=true,background-validation-millis=60000"
fi
ds+=")"
echo "$ds"

echo
echo "# --- system properties (MicroProfile Config) ---------------------------------------------------"
for kv in "${PROPS[@]+"${PROPS[@]}"}"; do
    [[ "$kv" == *=* ]] || die "--property needs KEY=VALUE, got '$kv'"
    key="${kv%%=*}"; value="${kv#*=}"
    [[ "$key" =~ ^[A-Za-z0-9_.-]+$ ]] || die "property key '$key' must match [A-Za-z0-9_.-]+"
    cat <<EOF
if (outcome == success) of /system-property=$key:read-resource
    /system-property=$key:write-attribute(name=value,value=$(q "$value"))
else
    /system-property=$key:add(value=$(q "$value"))
end-if
EOF
done
for key in "${REMOVE_PROPS[@]+"${REMOVE_PROPS[@]}"}"; do
    [[ "$key" =~ ^[A-Za-z0-9_.-]+$ ]] || die "property key '$key' must match [A-Za-z0-9_.-]+"
    cat <<EOF
if (outcome == success) of /system-property=$key:read-resource
    /system-property=$key:remove
end-if
EOF
done

echo
echo "stop-embedded-server"
} > "$CLI"

JBOSS_HOME="$HOME_DIR" "$HOME_DIR/bin/jboss-cli.sh" --file="$CLI" >&2 \
    || die "jboss-cli failed on $CLI (kept for inspection: $(cp "$CLI" "$CLI.failed" && echo "$CLI.failed"))"

echo "configure.sh: $CONFIG_DIR/$CONFIG configured ($DB, $DB_URL, port offset $PORT_OFFSET, bound to $BIND)." >&2
echo "configure.sh: start with: $HOME_DIR/bin/standalone.sh -c $CONFIG" >&2
