#!/usr/bin/env bash
# Configures a Payara Server 6 domain (domain1 by default) for the OTP server. Safe to run twice.
#
# Usage:
#   servers/payara/configure.sh --payara-home DIR [options] [KEY=VALUE ...]
#
#   --payara-home DIR     the unpacked distribution: the "payara6" folder (or its glassfish/ folder)
#   --domain NAME         domain to configure (default domain1; created if missing)
#   --address ADDR        address for the HTTP and admin listeners (default 127.0.0.1)
#   --http-port N         HTTP listener port (default 8080)
#   --admin-port N        admin listener port (default 4848)
#   --port-offset N       added to every other default port, all of them switched off anyway but HTTPS
#                         (HTTPS 8181, IIOP 3700/3820/3920, JMX 8686, JMS 7676, debug 9009,
#                         OSGi shell 6666, Hazelcast 4900/5900); default: http-port minus 8080
#   --keystore FILE       HTTPS on (listener http-listener-2) with the key pair in FILE, a PKCS#12 keystore
#                         (or --keystore-type JKS); without it HTTPS stays off. Production brings its own;
#                         servers/dev-tls-keystore.sh makes one for local runs and tests
#   --keystore-password P its password; a Payara password alias keeps it out of domain.xml:
#                         '${ALIAS=otp-tls-password}' (asadmin create-password-alias otp-tls-password)
#   --keystore-password-file F  the same, read from the file F
#   --cert-alias NAME     the key pair's alias in the keystore (default otp-tls)
#   --https-port N        HTTPS listener port (default 8181 plus the port offset)
#   --db h2|postgresql    database behind jdbc/otp (default h2)
#   --db-url URL          JDBC URL; h2 default: a file database in the domain,
#                         jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/otp
#   --db-user U           database user (postgresql default: postgres)
#   --db-password P       database password (postgresql default: "unused", fine for trust auth)
#   --jdbc-driver JAR     PostgreSQL driver jar to put in the domain's lib/; default: resolved by
#                         Maven (org.postgresql:postgresql:${postgresql.version} from the root pom)
#   --smtp-host H         mail session mail/otp (the name the application uses) sending to H ...
#   --smtp-port N         ... on port N (default 25), plain SMTP, 10 s timeouts
#   --mail-from ADDRESS   the session's default From (default otp@localhost)
#   --user NAME:PASSWORD[:GROUP,...]  a user of the "file" realm (repeatable); group otp-admin holds
#                         the application role otp-admin (web/src/main/webapp/WEB-INF/glassfish-web.xml)
#   --admin-password P    a password for the admin listener's user "admin" (asadmin, REST, console),
#                         which create-domain left without one; --admin-password-file F reads it from F
#   --properties-file F   every KEY=VALUE line of F (no # comments) as if given as an argument
#   --password-alias NAME=FILE  a password alias NAME holding the first line of FILE (repeatable), written
#                         offline into the domain's alias store config/domain-passwords, as
#                         `asadmin create-password-alias NAME` would. An alias named after a setting is that
#                         setting's value (Payara's "Password Alias" MicroProfile Config source), e.g. the
#                         server's secrets: otp.auth.pepper=/secure/pepper, otp.notification.sealing-key=...,
#                         otp.notification.sms.smpp.password=...; anything else uses it as ${ALIAS=NAME}
#   --master-password-file F  the domain's master password, which seals the alias store (default changeit)
#   --hazelcast true|false  keep Payara's Domain Data Grid (bound to ADDR) or switch it off (default false)
#   --heap SIZE           server heap, -Xmx (default 512m)
#   --http-threads N      request threads of the HTTP and HTTPS listeners (default 64)
#   KEY=VALUE             set as a server system property, which MicroProfile Config reads, e.g.
#                         otp.gateway.signing-key.path=/abs/server-key.pem
#                         otp.config.seed-file=/abs/servers/seed/demo-clients.json
#
# Always set: fish.payara.ear-combined-cdi-deployment=true. Since 6.2025 Payara gives each WAR of an
# EAR a CDI deployment of its own, and then beans in EAR/lib (e.g. common.jar's Clock producer) are
# not visible to beans in the WAR's WEB-INF/lib (WELD-001408 at deployment); this switch restores
# the single CDI deployment per EAR that WildFly has too. Override with
# fish.payara.ear-combined-cdi-deployment=false.
# Always set, against slow and idle clients (docs/operations.md): request threads bounded (--http-threads),
# keep-alive idle 30 s, a blocking read waits 10 s, a request runs 60 s, a body left unread is not swallowed
# (the connection closes); the application itself reads bodies without a thread within 10 s (web.intake).
# No Server or X-Powered-By header and no product name in answers; no h2c upgrade on plain HTTP.
# Always set: mp.openapi.extensions.scan.lib=true, so that Payara's OpenAPI document also lists the
# JAX-RS resources in the WAR's WEB-INF/lib jars (by default it scans WEB-INF/classes only).
#
# The domain must be stopped: the edits are made offline to config/domain.xml (by DomainXml.java,
# run with the JDK's single-file launcher), because asadmin needs a running domain and a first
# start of an unconfigured domain would already bind 0.0.0.0 on the default ports. Afterwards only
# the HTTP, HTTPS (with --keystore) and admin listeners listen, all on ADDR; IIOP, JMX, JMS and
# Hazelcast are off.
# H2 comes with Payara (h2db/bin/h2.jar is on the server's class path); the PostgreSQL driver is
# copied into <domain>/lib/, which is what `asadmin add-library` does.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

payara_home="" domain="domain1" db="h2" db_url="" db_user="" db_password="" driver=""
admin_password="" users=() aliases=() master_password_file="" xml_opts=() props=(fish.payara.ear-combined-cdi-deployment=true mp.openapi.extensions.scan.lib=true)
die() { echo "configure.sh: $*" >&2; exit 1; }
need() { [[ $# -ge 2 && -n "$2" ]] || die "missing value for $1"; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --payara-home) need "$@"; payara_home="$2"; shift 2 ;;
    --domain)      need "$@"; domain="$2"; shift 2 ;;
    --db)          need "$@"; db="$2"; shift 2 ;;
    --db-url)      need "$@"; db_url="$2"; shift 2 ;;
    --db-user)     need "$@"; db_user="$2"; shift 2 ;;
    --db-password) need "$@"; db_password="$2"; shift 2 ;;
    --jdbc-driver) need "$@"; driver="$2"; shift 2 ;;
    --user)        need "$@"; users+=("$2"); shift 2 ;;
    --password-alias)
                   need "$@"; [[ "$2" == ?*=?* ]] || die "--password-alias needs NAME=FILE, got: $2"
                   [[ -r "${2#*=}" ]] || die "cannot read ${2#*=} (--password-alias ${2%%=*})"; aliases+=("$2"); shift 2 ;;
    --master-password-file)
                   need "$@"; [[ -r "$2" ]] || die "cannot read $2"; master_password_file="$2"; shift 2 ;;
    --admin-password) need "$@"; admin_password="$2"; shift 2 ;;
    --admin-password-file)
                   need "$@"; [[ -r "$2" ]] || die "cannot read $2"; admin_password="$(<"$2")"; shift 2 ;;
    --keystore-password-file)
                   need "$@"; [[ -r "$2" ]] || die "cannot read $2"; xml_opts+=(--keystore-password "$(<"$2")"); shift 2 ;;
    --keystore)    need "$@"; [[ -r "$2" ]] || die "cannot read keystore $2"
                   xml_opts+=(--keystore "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"); shift 2 ;;
    --properties-file)
                   need "$@"; [[ -f "$2" ]] || die "no properties file $2"
                   while IFS= read -r line || [[ -n "$line" ]]; do
                     [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
                     [[ "$line" == *=* ]] || die "not KEY=VALUE in $2: $line"
                     props+=("$line")
                   done < "$2"
                   shift 2 ;;
    --address|--http-port|--admin-port|--port-offset|--hazelcast|--heap|--smtp-host|--smtp-port|--mail-from|\
    --https-port|--keystore-password|--keystore-type|--cert-alias|--http-threads)
                   need "$@"; xml_opts+=("$1" "$2"); shift 2 ;;
    -h|--help)     sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *=*)           props+=("$1"); shift ;;
    *)             die "unknown argument: $1 (see --help)" ;;
  esac
done

[[ -n "$payara_home" ]] || die "--payara-home is required"
[[ -d "$payara_home/glassfish" ]] && payara_home="$payara_home/glassfish"
[[ -x "$payara_home/bin/asadmin" ]] || die "no Payara at $payara_home (bin/asadmin missing)"
payara_home="$(cd "$payara_home" && pwd)"
asadmin="$payara_home/bin/asadmin"
domain_dir="$payara_home/domains/$domain"

if [[ ! -f "$domain_dir/config/domain.xml" ]]; then
  echo "configure.sh: creating domain $domain"
  "$asadmin" create-domain --nopassword=true "$domain" >/dev/null
fi

# The running server rewrites domain.xml: edit only a stopped domain.
if [[ -f "$domain_dir/config/pid" ]] && kill -0 "$(cat "$domain_dir/config/pid")" 2>/dev/null; then
  die "domain $domain is running (pid $(cat "$domain_dir/config/pid")): stop it first ($asadmin stop-domain $domain)"
fi

case "$db" in
  h2)
    [[ -n "$db_url" ]] || db_url='jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/otp'
    ;;
  postgresql)
    [[ -n "$db_url" ]] || die "--db postgresql needs --db-url jdbc:postgresql://HOST:PORT/DB"
    [[ -n "$db_user" ]] || db_user=postgres
    [[ -n "$db_password" ]] || db_password=unused
    if [[ -z "$driver" ]]; then
      version="$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$repo/pom.xml" | head -1)"
      [[ -n "$version" ]] || die "no postgresql.version in $repo/pom.xml; pass --jdbc-driver"
      driver="$HOME/.m2/repository/org/postgresql/postgresql/$version/postgresql-$version.jar"
      if [[ ! -f "$driver" ]]; then
        tmp="$(mktemp -d)"
        mvn -B -q -N -f "$repo/pom.xml" dependency:copy -Dartifact="org.postgresql:postgresql:$version" -DoutputDirectory="$tmp"
        driver="$tmp/postgresql-$version.jar"
      fi
    fi
    [[ -f "$driver" ]] || die "PostgreSQL driver not found: $driver"
    mkdir -p "$domain_dir/lib"
    rm -f "$domain_dir"/lib/postgresql-*.jar
    cp "$driver" "$domain_dir/lib/"
    ;;
  *) die "--db must be h2 or postgresql" ;;
esac

jdbc_opts=(--db-url "$db_url")
[[ -n "$db_user" ]] && jdbc_opts+=(--db-user "$db_user" --db-password "$db_password")

mkdir -p "$domain_dir/tmp"

java_cmd=java
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java_cmd="$JAVA_HOME/bin/java"
"$java_cmd" "$here/DomainXml.java" "$domain_dir/config/domain.xml" \
  "${xml_opts[@]}" "${jdbc_opts[@]}" "${props[@]}"

if [[ -n "$admin_password" ]]; then
  "$java_cmd" -cp "$payara_home/modules/common-util.jar" "$here/FileRealmUser.java" \
    "$domain_dir/config/admin-keyfile" admin "$admin_password" asadmin
fi
for alias in "${aliases[@]}"; do
  "$java_cmd" "$here/PasswordAlias.java" "$domain_dir/config/domain-passwords" "${alias%%=*}" "${alias#*=}" \
    ${master_password_file:+"$master_password_file"}
done
for u in "${users[@]}"; do
  IFS=: read -r u_name u_password u_groups <<<"$u"
  [[ -n "$u_name" && -n "$u_password" ]] || die "--user needs NAME:PASSWORD[:GROUP,...], got: $u"
  "$java_cmd" -cp "$payara_home/modules/common-util.jar" "$here/FileRealmUser.java" \
    "$domain_dir/config/keyfile" "$u_name" "$u_password" "${u_groups:-}"
done

echo "configure.sh: $domain configured ($db: $db_url) in $domain_dir"
