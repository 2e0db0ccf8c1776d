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
#   --http-threads N        request threads (the io subsystem's default worker, task-max-threads; default 64).
#   --property KEY=VALUE    A system property, read by the app through MicroProfile Config. Repeatable.
#                           e.g. --property otp.gateway.signing-key.path=/var/lib/otp/server-key.pem
#   --properties-file FILE  Every KEY=VALUE line of FILE as a --property (blank lines and lines starting
#                           with # or ! are skipped; no Java properties escapes or continuation lines).
#                           Repeatable; applied before the --property options, which win on the same KEY.
#   --remove-property KEY   Removes a system property set by an earlier run. Repeatable.
#   --secret-property KEY=FILE  A system property whose value is the first line of FILE, kept in the config
#                           only as an Elytron encrypted expression ${ENC::otp:...}: encrypted offline by
#                           bin/elytron-tool.sh with the secret key "otp" of the credential store otp-secrets
#                           (a PropertiesCredentialStore, standalone/configuration/otp-secrets.cs, made on first
#                           use, readable by the server's user only), which the resolver "otp" of
#                           /subsystem=elytron/expression=encryption decrypts at start. Repeatable. For the
#                           server's secrets, e.g. otp.auth.pepper=/secure/pepper, otp.notification.sealing-key=...,
#                           otp.notification.sms.smpp.password=... (docs/operations.md, Secrets).
#
# HTTPS (undertow's https-listener "https", socket binding https: 8443 plus the port offset):
#   --keystore FILE         the operator's key pair, a PKCS#12 keystore (elytron key-store otpTlsKS and
#                           server-ssl-context otpTlsSSC, TLS 1.2 and 1.3). Without it the listener keeps
#                           WildFly's own applicationSSC, whose certificate WildFly makes on first use.
#                           servers/dev-tls-keystore.sh makes a keystore for local runs and tests.
#   --keystore-password PW  its password (stored in clear in the config; an Elytron credential store keeps
#   --keystore-password-file F  it out: .../key-store=otpTlsKS:write-attribute(name=credential-reference,...)),
#                           or the file that holds it
#   --cert-alias NAME       the key pair's alias in the keystore (default otp-tls)
#
# Mail (session java:/mail/otp, which web/src/main/webapp/WEB-INF/jboss-web.xml maps to mail/otp):
#   --smtp-host HOST        SMTP server (default 127.0.0.1), outbound-socket-binding otp-smtp
#                           (outbound destinations are not moved by the port offset).
#   --smtp-port PORT        SMTP port (default 3025, GreenMail's test SMTP port).
#   --smtp-user USER        SMTP AUTH user (default: none, no authentication).
#   --smtp-password PW      SMTP AUTH password (stored in clear in the config; for production prefer
#                           a credential store: .../custom=smtp:write-attribute(name=credential-reference,...)).
#   --smtp-tls              STARTTLS (mail.smtp.starttls.enable=true). Default: plain SMTP.
#   --smtp-ssl              SMTP over implicit TLS, e.g. port 465 (mail.smtp.ssl.enable=true).
#   --mail-from ADDRESS     Session default From, mail.from (default otp@localhost); the app sets its own
#                           From (otp.notification.mail.from) on every message anyway.
#   --mail-debug            Jakarta Mail protocol debugging to the server log.
#   The SMTP server is configured as the mail session's custom=smtp server (not server=smtp), because
#   only custom servers take extra Jakarta Mail properties: it sets mail.smtp.connectiontimeout and
#   mail.smtp.timeout to 10000 ms (environment variable SMTP_TIMEOUT_MS overrides).
#
# Users of ApplicationRealm (application-users.properties / application-roles.properties in
# standalone/configuration, the format of bin/add-user.sh -a; the realm re-reads them while running):
#   --admin-user NAME       An application user in group otp-admin (= role otp-admin through the
#   --admin-password PW     groups-to-roles decoder of ApplicationDomain, undertow's default security
#                           domain "other"), allowed on /admin/*. Pairs; repeatable.
#   --viewer-user NAME      An application user in group otp-viewer: the console's read-only role (its
#   --viewer-password PW    lists and dashboard, no change; 403 on /admin/*). Pairs; repeatable.
#   --user NAME             A plain application user without any group (authenticates, but gets 403 on
#   --password PW           /admin/*). Pairs; repeatable.
#   --remove-user NAME      Removes an application user and its groups. Repeatable.
#   Every run sets the password and replaces the groups of the users it names (safe to run twice;
#   another user's lines are kept). NAME: letters, digits and . _ @ -
#
# What it configures:
#   - module org.postgresql (driver jar) + JDBC driver "postgresql" (PostgreSQL only),
#   - datasource OtpDS bound to java:/jdbc/otp (persistence.xml names it jdbc/otp; WildFly adds java:/),
#   - slow clients: header, idle and read timeouts of the HTTP and HTTPS listeners, bounded request
#     threads, no h2c upgrade on plain HTTP, no Server or X-Powered-By header,
#   - MicroProfile Health (/health/ready on the management port) and OpenAPI (/openapi on HTTP),
#   - Micrometer with its Prometheus registry (/prometheus on the management port): the OTP meters,
#   - system properties, interfaces on the bind address, the port offset,
#   - outbound-socket-binding otp-smtp + mail session otp (java:/mail/otp), re-created on every run,
#   - application users and their otp-admin group (files, not the management model),
#   - removes the welcome content at "/" so that the EAR's web module can take the context root "/", and
#     Undertow's redirect of /console to the management console, so that /console is the application's console.
#
# Example (what system-test-wildfly runs):
#   servers/wildfly/configure.sh --home target/wildfly-39.0.1.Final --db postgresql \
#       --db-url jdbc:postgresql://127.0.0.1:5432/otp_it_wildfly --db-user postgres \
#       --port-offset 10200 --property otp.gateway.signing-key.path=$PWD/target/server-key.pem \
#       --smtp-port 13026 --admin-user it-admin --admin-password It-admin-pw-1 \
#       --user it-user --password It-user-pw-1
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
HTTP_THREADS="64"
PROPS=()
PROP_FILES=()
REMOVE_PROPS=()
SECRET_PROPS=()
SMTP_HOST="127.0.0.1"
SMTP_PORT="3025"
SMTP_USER=""
SMTP_PASSWORD=""
SMTP_TLS=false
SMTP_SSL=false
MAIL_FROM="otp@localhost"
MAIL_DEBUG=false
SMTP_TIMEOUT_MS="${SMTP_TIMEOUT_MS:-10000}"
ADMIN_USERS=(); ADMIN_PASSWORDS=()
PLAIN_USERS=(); PLAIN_PASSWORDS=()
VIEWER_USERS=(); VIEWER_PASSWORDS=()
REMOVE_USERS=()
KEYSTORE=""
KEYSTORE_PASSWORD=""
CERT_ALIAS="otp-tls"

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
        --http-threads) HTTP_THREADS="$2"; shift 2 ;;
        --property) PROPS+=("$2"); shift 2 ;;
        --properties-file) PROP_FILES+=("$2"); shift 2 ;;
        --remove-property) REMOVE_PROPS+=("$2"); shift 2 ;;
        --secret-property) SECRET_PROPS+=("$2"); shift 2 ;;
        --smtp-host) SMTP_HOST="$2"; shift 2 ;;
        --smtp-port) SMTP_PORT="$2"; shift 2 ;;
        --smtp-user) SMTP_USER="$2"; shift 2 ;;
        --smtp-password) SMTP_PASSWORD="$2"; shift 2 ;;
        --smtp-tls) SMTP_TLS=true; shift ;;
        --smtp-ssl) SMTP_SSL=true; shift ;;
        --mail-from) MAIL_FROM="$2"; shift 2 ;;
        --mail-debug) MAIL_DEBUG=true; shift ;;
        --admin-user) ADMIN_USERS+=("$2"); shift 2 ;;
        --admin-password) ADMIN_PASSWORDS+=("$2"); shift 2 ;;
        --viewer-user) VIEWER_USERS+=("$2"); shift 2 ;;
        --viewer-password) VIEWER_PASSWORDS+=("$2"); shift 2 ;;
        --user) PLAIN_USERS+=("$2"); shift 2 ;;
        --password) PLAIN_PASSWORDS+=("$2"); shift 2 ;;
        --remove-user) REMOVE_USERS+=("$2"); shift 2 ;;
        --keystore) KEYSTORE="$2"; shift 2 ;;
        --keystore-password) KEYSTORE_PASSWORD="$2"; shift 2 ;;
        --keystore-password-file) [[ -r "$2" ]] || die "cannot read $2"; KEYSTORE_PASSWORD="$(<"$2")"; shift 2 ;;
        --cert-alias) CERT_ALIAS="$2"; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done

[[ -n "$HOME_DIR" ]] || die "--home is required (see --help)"
[[ -x "$HOME_DIR/bin/jboss-cli.sh" ]] || die "$HOME_DIR is not a WildFly home (no bin/jboss-cli.sh)"
HOME_DIR="$(cd "$HOME_DIR" && pwd)"
[[ "$PORT_OFFSET" =~ ^[0-9]+$ ]] || die "--port-offset must be a number"
[[ "$HTTP_THREADS" =~ ^[1-9][0-9]*$ ]] || die "--http-threads must be a positive number"
[[ "$SMTP_PORT" =~ ^[0-9]+$ ]] || die "--smtp-port must be a number"
file_props=()
for f in "${PROP_FILES[@]+"${PROP_FILES[@]}"}"; do
    [[ -f "$f" ]] || die "properties file $f not found"
    while IFS= read -r line || [[ -n "$line" ]]; do
        line="${line%$'\r'}"
        trimmed="${line#"${line%%[![:space:]]*}"}"
        [[ -z "$trimmed" || "$trimmed" == \#* || "$trimmed" == \!* ]] && continue
        [[ "$trimmed" == *=* ]] || die "$f: not a KEY=VALUE line: $line"
        key="${trimmed%%=*}"; key="${key%"${key##*[![:space:]]}"}"
        value="${trimmed#*=}"; value="${value#"${value%%[![:space:]]*}"}"
        file_props+=("$key=$value")
    done < "$f"
done
PROPS=("${file_props[@]+"${file_props[@]}"}" "${PROPS[@]+"${PROPS[@]}"}")
[[ "$SMTP_TIMEOUT_MS" =~ ^[0-9]+$ ]] || die "SMTP_TIMEOUT_MS must be a number"
[[ -n "$SMTP_HOST" ]] || die "--smtp-host must not be empty"
[[ -z "$SMTP_PASSWORD" || -n "$SMTP_USER" ]] || die "--smtp-password needs --smtp-user"
[[ "$SMTP_TLS" == false || "$SMTP_SSL" == false ]] || die "--smtp-tls and --smtp-ssl exclude each other"
(( ${#ADMIN_USERS[@]} == ${#ADMIN_PASSWORDS[@]} )) || die "every --admin-user needs one --admin-password"
(( ${#PLAIN_USERS[@]} == ${#PLAIN_PASSWORDS[@]} )) || die "every --user needs one --password"
(( ${#VIEWER_USERS[@]} == ${#VIEWER_PASSWORDS[@]} )) || die "every --viewer-user needs one --viewer-password"
for u in "${ADMIN_USERS[@]+"${ADMIN_USERS[@]}"}" "${PLAIN_USERS[@]+"${PLAIN_USERS[@]}"}" \
         "${VIEWER_USERS[@]+"${VIEWER_USERS[@]}"}" \
         "${REMOVE_USERS[@]+"${REMOVE_USERS[@]}"}"; do
    [[ "$u" =~ ^[A-Za-z0-9._@-]+$ ]] || die "user name '$u' must match [A-Za-z0-9._@-]+"
done
for pw in "${ADMIN_PASSWORDS[@]+"${ADMIN_PASSWORDS[@]}"}" "${PLAIN_PASSWORDS[@]+"${PLAIN_PASSWORDS[@]}"}" \
          "${VIEWER_PASSWORDS[@]+"${VIEWER_PASSWORDS[@]}"}"; do
    [[ -n "$pw" && "$pw" != *$'\n'* ]] || die "user passwords must be non-empty single lines"
done
CONFIG_DIR="$HOME_DIR/standalone/configuration"
# --- secrets: each encrypted offline into an expression that only this installation's credential store opens
if (( ${#SECRET_PROPS[@]} > 0 )); then
    store="$CONFIG_DIR/otp-secrets.cs"
    tool=("$HOME_DIR/bin/elytron-tool.sh" credential-store --type PropertiesCredentialStore --location "$store")
    if [[ ! -f "$store" ]]; then
        JBOSS_HOME="$HOME_DIR" "${tool[@]}" --create --generate-secret-key otp >/dev/null \
            || die "elytron-tool could not create the credential store $store"
    fi
    chmod 600 "$store"
    for kv in "${SECRET_PROPS[@]}"; do
        [[ "$kv" == ?*=?* ]] || die "--secret-property needs KEY=FILE, got '$kv'"
        file="${kv#*=}"
        [[ -r "$file" ]] || die "cannot read $file (--secret-property ${kv%%=*})"
        value="$(head -n 1 "$file")"
        [[ -n "$value" ]] || die "$file is empty (--secret-property ${kv%%=*})"
        # The clear text goes in on standard input (asked twice), never on a command line.
        out="$(printf '%s\n%s\n' "$value" "$value" | JBOSS_HOME="$HOME_DIR" "${tool[@]}" --encrypt otp 2>&1)" \
            || die "elytron-tool could not encrypt ${kv%%=*}"
        token="$(sed -n "s/.*encrypted to token '\([^']*\)'.*/\1/p" <<<"$out")"
        [[ -n "$token" ]] || die "elytron-tool gave no token for ${kv%%=*}"
        PROPS+=("${kv%%=*}=\${ENC::otp:$token}")
    done
fi
if [[ -n "$KEYSTORE" ]]; then
    [[ -r "$KEYSTORE" ]] || die "cannot read keystore $KEYSTORE"
    KEYSTORE="$(cd "$(dirname "$KEYSTORE")" && pwd)/$(basename "$KEYSTORE")"
fi

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
# /console is the application's admin console: no redirect of it to the management console (port 9990)
/subsystem=undertow/server=default-server/host=default-host:write-attribute(name=disable-console-redirect,value=true)

# --- slow and idle clients: what one may hold (docs/operations.md) -----------------------------
# Headers within 10 s, a connection idles 30 s at most (between requests and in any read), plain HTTP
# stays HTTP/1.1 (no h2c upgrade), request threads bounded; the application itself reads bodies without
# a thread within 10 s (web.intake). No Server or X-Powered-By header. No max-post-size of Undertow's own:
# the intake refuses a body over otp.intake.max-body-bytes in the caller's dialect, before reading it.
/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=request-parse-timeout,value=10000)
/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=no-request-timeout,value=30000)
/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=read-timeout,value=30000)
/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=max-post-size,value=0)
/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=enable-http2,value=false)
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=request-parse-timeout,value=10000)
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=no-request-timeout,value=30000)
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=read-timeout,value=30000)
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=max-post-size,value=0)
/subsystem=io/worker=default:write-attribute(name=task-max-threads,value=$HTTP_THREADS)
if (outcome == success) of /subsystem=undertow/server=default-server/host=default-host/filter-ref=server-header:read-resource
    /subsystem=undertow/server=default-server/host=default-host/filter-ref=server-header:remove
end-if
if (outcome == success) of /subsystem=undertow/server=default-server/host=default-host/filter-ref=x-powered-by-header:read-resource
    /subsystem=undertow/server=default-server/host=default-host/filter-ref=x-powered-by-header:remove
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

# --- Micrometer (management port: /prometheus), where the application's meters go ----------------
if (outcome != success) of /extension=org.wildfly.extension.micrometer:read-resource
    /extension=org.wildfly.extension.micrometer:add
end-if
if (outcome != success) of /subsystem=micrometer:read-resource
    /subsystem=micrometer:add
end-if
if (outcome != success) of /subsystem=micrometer/registry=prometheus:read-resource
    /subsystem=micrometer/registry=prometheus:add(context=/prometheus, security-enabled=false)
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

# --- mail: outbound-socket-binding otp-smtp and session otp (java:/mail/otp) ------------------------
sb="/socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=otp-smtp"
smtp="/subsystem=mail/mail-session=otp/custom=smtp:add(outbound-socket-binding-ref=otp-smtp"
smtp+=",ssl=$SMTP_SSL,tls=$SMTP_TLS"
[[ -n "$SMTP_USER" ]] && smtp+=",username=$(q "$SMTP_USER")"
[[ -n "$SMTP_PASSWORD" ]] && smtp+=",password=$(q "$SMTP_PASSWORD")"
smtp+=",properties={\"connectiontimeout\"=>\"$SMTP_TIMEOUT_MS\",\"timeout\"=>\"$SMTP_TIMEOUT_MS\"})"
cat <<EOF

# --- mail session java:/mail/otp (re-created so that a second run can change its parameters) ----
# custom=smtp rather than server=smtp: only custom servers take extra properties (the timeouts).
if (outcome == success) of /subsystem=mail/mail-session=otp:read-resource
    /subsystem=mail/mail-session=otp:remove
end-if
if (outcome == success) of $sb:read-resource
    $sb:write-attribute(name=host,value=$(q "$SMTP_HOST"))
    $sb:write-attribute(name=port,value=$SMTP_PORT)
else
    $sb:add(host=$(q "$SMTP_HOST"),port=$SMTP_PORT)
end-if
/subsystem=mail/mail-session=otp:add(jndi-name="java:/mail/otp",from=$(q "$MAIL_FROM"),debug=$MAIL_DEBUG)
$smtp
EOF

if [[ -n "$KEYSTORE" ]]; then
tls="/subsystem=elytron"
cat <<EOF

# --- HTTPS with the operator's key pair (re-created so that a second run can change it) -------------
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=ssl-context,value=applicationSSC)
if (outcome == success) of $tls/server-ssl-context=otpTlsSSC:read-resource
    $tls/server-ssl-context=otpTlsSSC:remove
end-if
if (outcome == success) of $tls/key-manager=otpTlsKM:read-resource
    $tls/key-manager=otpTlsKM:remove
end-if
if (outcome == success) of $tls/key-store=otpTlsKS:read-resource
    $tls/key-store=otpTlsKS:remove
end-if
$tls/key-store=otpTlsKS:add(path=$(q "$KEYSTORE"),type=PKCS12,credential-reference={clear-text=$(q "$KEYSTORE_PASSWORD")})
$tls/key-manager=otpTlsKM:add(key-store=otpTlsKS,alias-filter=$(q "$CERT_ALIAS"),credential-reference={clear-text=$(q "$KEYSTORE_PASSWORD")})
$tls/server-ssl-context=otpTlsSSC:add(key-manager=otpTlsKM,protocols=["TLSv1.3","TLSv1.2"])
/subsystem=undertow/server=default-server/https-listener=https:write-attribute(name=ssl-context,value=otpTlsSSC)
EOF
fi

if (( ${#SECRET_PROPS[@]} > 0 )); then
cat <<EOF

# --- the credential store otp-secrets and the resolver of encrypted expressions \${ENC::otp:...} ----
if (outcome != success) of /subsystem=elytron/secret-key-credential-store=otp-secrets:read-resource
    /subsystem=elytron/secret-key-credential-store=otp-secrets:add(path=otp-secrets.cs,relative-to=jboss.server.config.dir,create=false)
end-if
if (outcome != success) of /subsystem=elytron/expression=encryption:read-resource
    /subsystem=elytron/expression=encryption:add(resolvers=[{name=otp,credential-store=otp-secrets,secret-key=otp}])
end-if
EOF
fi

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

# --- application users (ApplicationRealm), written like bin/add-user.sh -a does --------------------
users_file="$CONFIG_DIR/application-users.properties"
roles_file="$CONFIG_DIR/application-roles.properties"
if (( ${#ADMIN_USERS[@]} + ${#PLAIN_USERS[@]} + ${#VIEWER_USERS[@]} + ${#REMOVE_USERS[@]} > 0 )); then
    [[ -f "$users_file" && -f "$roles_file" ]] || die "$users_file or $roles_file missing"
    realm="$(sed -n 's/^#\$REALM_NAME=\(.*\)\$.*/\1/p' "$users_file" | head -n 1)"
    realm="${realm:-ApplicationRealm}"
    # Drops the lines of every user this run names (also disabled "#name=" lines), keeps the rest.
    named=("${ADMIN_USERS[@]+"${ADMIN_USERS[@]}"}" "${PLAIN_USERS[@]+"${PLAIN_USERS[@]}"}" \
           "${VIEWER_USERS[@]+"${VIEWER_USERS[@]}"}" \
           "${REMOVE_USERS[@]+"${REMOVE_USERS[@]}"}")
    without_named() {
        awk -v names="$(printf '%s\n' "${named[@]}")" '
            BEGIN { n = split(names, a, "\n"); for (i = 1; i <= n; i++) if (a[i] != "") drop[a[i]] = 1 }
            { line = $0; sub(/^#/, "", line); eq = index(line, "="); if (eq > 1 && (substr(line, 1, eq - 1) in drop)) next; print }
        ' "$1"
    }
    digest() { printf '%s' "$1:$realm:$2" | md5sum | cut -d' ' -f1; }
    new_users="$(mktemp)"; new_roles="$(mktemp)"
    without_named "$users_file" > "$new_users"
    without_named "$roles_file" > "$new_roles"
    for i in "${!ADMIN_USERS[@]}"; do
        echo "${ADMIN_USERS[$i]}=$(digest "${ADMIN_USERS[$i]}" "${ADMIN_PASSWORDS[$i]}")" >> "$new_users"
        echo "${ADMIN_USERS[$i]}=otp-admin" >> "$new_roles"
    done
    for i in "${!VIEWER_USERS[@]}"; do
        echo "${VIEWER_USERS[$i]}=$(digest "${VIEWER_USERS[$i]}" "${VIEWER_PASSWORDS[$i]}")" >> "$new_users"
        echo "${VIEWER_USERS[$i]}=otp-viewer" >> "$new_roles"
    done
    for i in "${!PLAIN_USERS[@]}"; do
        echo "${PLAIN_USERS[$i]}=$(digest "${PLAIN_USERS[$i]}" "${PLAIN_PASSWORDS[$i]}")" >> "$new_users"
        echo "${PLAIN_USERS[$i]}=" >> "$new_roles"
    done
    # cat > keeps the files' owner and mode (0600).
    cat "$new_users" > "$users_file"; cat "$new_roles" > "$roles_file"
    rm -f "$new_users" "$new_roles"
    echo "configure.sh: application users: admin [${ADMIN_USERS[*]-}] viewer [${VIEWER_USERS[*]-}] plain [${PLAIN_USERS[*]-}] removed [${REMOVE_USERS[*]-}]." >&2
fi

echo "configure.sh: $CONFIG_DIR/$CONFIG configured ($DB, $DB_URL, port offset $PORT_OFFSET, bound to $BIND)." >&2
echo "configure.sh: start with: $HOME_DIR/bin/standalone.sh -c $CONFIG" >&2
