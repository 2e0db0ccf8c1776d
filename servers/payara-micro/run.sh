#!/usr/bin/env bash
# Runs the OTP server's WAR (micro/target/otp-server-micro.war) on Payara Micro 6, in the foreground.
#
# Usage:
#   servers/payara-micro/run.sh [options] [KEY=VALUE ...]
#
#   --war FILE            the WAR to deploy (default: micro/target/otp-server-micro.war of this repository,
#                         built with `mvn -B -q -pl micro -am package -DskipTests` when missing)
#   --payara-micro JAR    the Payara Micro jar (default: $PAYARA_MICRO_JAR, else
#                         fish.payara.extras:payara-micro:${payara.version} of the root pom, through Maven)
#   --address ADDR        address of the HTTP listener (default 127.0.0.1; 0.0.0.0 in a container)
#   --port N              HTTP port (default 8080)
#   --data-dir DIR        where the server's files go (default .run/micro of this repository): the command
#                         files written below, the H2 database, and, unless set otherwise, the signing key,
#                         pepper, sealing key, JOSE keys and development SMS sink (made on first start in
#                         .run/micro only; elsewhere only with otp.secrets.generate-missing=true)
#   --db h2|postgresql    database behind jdbc/otp (default h2)
#   --db-url URL          JDBC URL; h2 default: a file database jdbc:h2:DATA-DIR/otp
#   --db-user U           database user (postgresql default: postgres)
#   --db-password P       database password (postgresql default: "unused", fine for trust auth)
#   --jdbc-driver JAR     PostgreSQL driver jar, handed to Payara Micro with --addlibs; default: resolved by
#                         Maven (org.postgresql:postgresql:${postgresql.version} of the root pom)
#   --smtp-host H         where the mail session mail/otp (the name the application uses) sends: SMTP host
#   --smtp-port N         (default 127.0.0.1) and port (default 25); plain SMTP, 10 s timeouts
#   --mail-from ADDRESS   the session's default From (default otp@localhost)
#   --user NAME:PASSWORD[:GROUP,...]  a user of the "file" realm (repeatable); group otp-admin holds the
#                         application role otp-admin. The password goes to a file only its owner may read.
#   --properties-file F   every KEY=VALUE line of F as if given as an argument (# comments are skipped)
#   --heap SIZE           Java heap, -Xmx (default 512m)
#   --dry-run             write the command files and print the java command line, start nothing
#   KEY=VALUE             a system property, which MicroProfile Config reads (later ones win), e.g.
#                         otp.seed-file=/abs/servers/seed/demo-seed.json
#
# Payara Micro deploys WARs only, not EARs, and has no domain to configure beforehand: every server
# resource comes from command files that this script writes into DATA-DIR each time, then hands over:
#   pre-boot.asadmin    (--prebootcommandfile)  the HTTP listener's address
#   post-boot.asadmin   (--postbootcommandfile) the JDBC pool and resource jdbc/otp, the mail session
#                       mail/otp (create-javamail-resource), the file-realm users (create-file-user
#                       --passwordfile, one password file per user)
#   system.properties   (--systemproperties)    the KEY=VALUE settings
# Hazelcast (Payara's data grid) is off (--nohazelcast), so only the HTTP listener listens, and EJB timers
# are non-persistent ones (the application has no other kind); nodes share nothing but the database.
# The usage report to Payara is off too (--disablephonehome). The WAR is served at / (--contextroot /).
# The last step execs java: the script's pid is Payara Micro's, and SIGTERM or Ctrl-C stops it cleanly.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

war="" micro_jar="${PAYARA_MICRO_JAR:-}" address=127.0.0.1 port=8080 data_dir="$repo/.run/micro"
db=h2 db_url="" db_user="" db_password="" driver="" smtp_host=127.0.0.1 smtp_port=25
mail_from="otp@localhost" heap=512m dry_run="" users=() props=()
die() { echo "payara-micro/run.sh: $*" >&2; exit 1; }
need() { [[ $# -ge 2 && -n "$2" ]] || die "missing value for $1"; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --war)          need "$@"; war="$2"; shift 2 ;;
    --payara-micro) need "$@"; micro_jar="$2"; shift 2 ;;
    --address)      need "$@"; address="$2"; shift 2 ;;
    --port)         need "$@"; port="$2"; shift 2 ;;
    --data-dir)     need "$@"; data_dir="$2"; shift 2 ;;
    --db)           need "$@"; db="$2"; shift 2 ;;
    --db-url)       need "$@"; db_url="$2"; shift 2 ;;
    --db-user)      need "$@"; db_user="$2"; shift 2 ;;
    --db-password)  need "$@"; db_password="$2"; shift 2 ;;
    --jdbc-driver)  need "$@"; driver="$2"; shift 2 ;;
    --smtp-host)    need "$@"; smtp_host="$2"; shift 2 ;;
    --smtp-port)    need "$@"; smtp_port="$2"; shift 2 ;;
    --mail-from)    need "$@"; mail_from="$2"; shift 2 ;;
    --user)         need "$@"; users+=("$2"); shift 2 ;;
    --heap)         need "$@"; heap="$2"; shift 2 ;;
    --dry-run)      dry_run=1; shift ;;
    --properties-file)
                    need "$@"; [[ -f "$2" ]] || die "no properties file $2"
                    while IFS= read -r line || [[ -n "$line" ]]; do
                      [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
                      [[ "$line" == *=* ]] || die "not KEY=VALUE in $2: $line"
                      props+=("$line")
                    done < "$2"
                    shift 2 ;;
    -h|--help)      sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *=*)            props+=("$1"); shift ;;
    *)              die "unknown argument: $1 (see --help)" ;;
  esac
done

[[ "$port" =~ ^[0-9]+$ ]] || die "--port must be a number, got: $port"
[[ "$smtp_port" =~ ^[0-9]+$ ]] || die "--smtp-port must be a number, got: $smtp_port"
pom_version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$repo/pom.xml" 2>/dev/null | head -1; }
# An artifact from the local Maven repository, fetched there by Maven when missing.
maven_jar() {
  local group="$1" artifact="$2" version="$3" jar
  jar="$HOME/.m2/repository/${group//.//}/$artifact/$version/$artifact-$version.jar"
  if [[ ! -f "$jar" ]]; then
    [[ -x "$repo/mvnw" ]] || die "no $jar and no $repo/mvnw to fetch it; pass the jar's path"
    "$repo/mvnw" -B -q -N -f "$repo/pom.xml" dependency:get -Dartifact="$group:$artifact:$version" >&2 \
      || die "Maven could not fetch $group:$artifact:$version"
  fi
  [[ -f "$jar" ]] || die "not found after fetching: $jar"
  echo "$jar"
}

# --- what runs -----------------------------------------------------------------------------------
if [[ -z "$war" ]]; then
  war="$repo/micro/target/otp-server-micro.war"
  if [[ ! -f "$war" ]]; then
    echo "payara-micro/run.sh: building $war (mvn -B -q -pl micro -am package -DskipTests)" >&2
    (cd "$repo" && ./mvnw -B -q -pl micro -am package -DskipTests) >&2
  fi
fi
[[ -f "$war" ]] || die "no WAR at $war"
if [[ -z "$micro_jar" ]]; then
  version="$(pom_version payara.version)"
  [[ -n "$version" ]] || die "no payara.version in $repo/pom.xml; pass --payara-micro JAR"
  micro_jar="$(maven_jar fish.payara.extras payara-micro "$version")"
fi
[[ -f "$micro_jar" ]] || die "no Payara Micro jar at $micro_jar"

umask 077
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
war="$(cd "$(dirname "$war")" && pwd)/$(basename "$war")"

# --- the database ----------------------------------------------------------------------------------
case "$db" in
  h2)
    [[ -n "$db_url" ]] || db_url="jdbc:h2:$data_dir/otp"
    ds_class=org.h2.jdbcx.JdbcDataSource url_property=URL
    ;;
  postgresql)
    [[ -n "$db_url" ]] || die "--db postgresql needs --db-url jdbc:postgresql://HOST:PORT/DB"
    [[ -n "$db_user" ]] || db_user=postgres
    # Payara refuses a user without a password ("No password credential found"), even for trust auth.
    [[ -n "$db_password" ]] || db_password=unused
    if [[ -z "$driver" ]]; then
      version="$(pom_version postgresql.version)"
      [[ -n "$version" ]] || die "no postgresql.version in $repo/pom.xml; pass --jdbc-driver"
      driver="$(maven_jar org.postgresql postgresql "$version")"
    fi
    [[ -f "$driver" ]] || die "PostgreSQL driver not found: $driver"
    ds_class=org.postgresql.ds.PGSimpleDataSource url_property=url
    ;;
  *) die "--db must be h2 or postgresql" ;;
esac

# --- the command files -----------------------------------------------------------------------------
# asadmin syntax: in --property lists, ':' separates pairs, so a ':' (or '=', '\') inside a value is
# escaped with '\'; a word with a blank or a quote is put in double quotes.
prop_value() { local v="${1//\\/\\\\}"; v="${v//:/\\:}"; printf '%s' "${v//=/\\=}"; }
word() {
  if [[ "$1" =~ [[:space:]\"\'] ]]; then local v="${1//\\/\\\\}"; printf '"%s"' "${v//\"/\\\"}"; else printf '%s' "$1"; fi
}

pre="$data_dir/pre-boot.asadmin" post="$data_dir/post-boot.asadmin" sysprops="$data_dir/system.properties"

{
  echo "# Written by servers/payara-micro/run.sh; rewritten at every start."
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$(word "$address")"
  # What a slow or idle client may hold, as on Payara Server (servers/payara/DomainXml.java): bounded request
  # threads, 30 s idle, 10 s a blocking read, 60 s a request, an unread body closes the connection; no Server
  # header, and no h2c upgrade on plain HTTP (a JDK client upgrading to HTTP/2 once went unanswered here).
  http=configs.config.server-config.network-config.protocols.protocol.http-listener.http
  echo "set $http.http2-enabled=false"
  echo "set $http.server-header=false"
  echo "set $http.xpowered-by=false"
  echo "set $http.request-timeout-seconds=60"
  echo "set $http.timeout-seconds=30"
  echo "set $http.max-swallowing-input-bytes=0"
  echo "set configs.config.server-config.network-config.transports.transport.tcp.read-timeout-millis=10000"
  echo "set configs.config.server-config.network-config.transports.transport.tcp.idle-key-timeout-seconds=30"
  echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64"
} > "$pre"

pool_props="$url_property=$(prop_value "$db_url")"
[[ -n "$db_user" ]] && pool_props+=":user=$(prop_value "$db_user"):password=$(prop_value "$db_password")"
{
  echo "# Written by servers/payara-micro/run.sh; rewritten at every start."
  echo "# jdbc/otp: validated connections, so that a restarted database does not break the server."
  echo "create-jdbc-connection-pool --datasourceclassname $ds_class --restype javax.sql.DataSource" \
       "--isconnectvalidatereq=true --validationmethod=meta-data --failconnection=true" \
       "--steadypoolsize=2 --maxpoolsize=32 --property $(word "$pool_props") otpPool"
  echo "create-jdbc-resource --connectionpoolid otpPool jdbc/otp"
  echo "create-javamail-resource --mailhost $(word "$smtp_host") --mailuser otp --fromaddress $(word "$mail_from")" \
       "--property mail.smtp.port=$smtp_port:mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000 mail/otp"
} > "$post"

rm -f "$data_dir"/realm-user-*.password
n=0
for u in "${users[@]}"; do
  IFS=: read -r u_name u_password u_groups <<<"$u"
  [[ -n "$u_name" && -n "$u_password" ]] || die "--user needs NAME:PASSWORD[:GROUP,...], got: $u"
  n=$((n + 1))
  password_file="$data_dir/realm-user-$n.password"
  printf 'AS_ADMIN_USERPASSWORD=%s\n' "$u_password" > "$password_file"
  groups=""
  [[ -n "${u_groups:-}" ]] && groups="--groups $(word "${u_groups//,/:}") "
  echo "create-file-user ${groups}--passwordfile $(word "$password_file") $(word "$u_name")" >> "$post"
done

# Where the server keeps its secrets and the development SMS sink, unless a KEY=VALUE says otherwise.
defaults=(
  "otp.gateway.signing-key.path=$data_dir/server-key.pem"
  "otp.auth.pepper.path=$data_dir/pepper"
  "otp.notification.sealing-key.path=$data_dir/sealing-key"
  "otp.gsp.server-keys.path=$data_dir/gsp-keys.jwks"
  "otp.notification.sms.sink-file=$data_dir/sms-sink.jsonl"
)
# A development run in this repository's .run/micro makes its secrets on first start; any other data directory
# is a real installation, which is given them and refuses to start without (docs/operations.md, Secrets).
[[ "$data_dir" == "$repo/.run/micro" ]] && defaults+=("otp.secrets.generate-missing=true")
{
  echo "# Written by servers/payara-micro/run.sh; rewritten at every start. Later lines win."
  for p in "${defaults[@]}" "${props[@]}"; do
    key="${p%%=*}" value="${p#*=}"
    [[ -n "$key" ]] || die "KEY=VALUE without a key: $p"
    value="${value//\\/\\\\}"
    printf '%s=%s\n' "$key" "$value"
  done
} > "$sysprops"

java_cmd=java
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java_cmd="$JAVA_HOME/bin/java"
cmd=("$java_cmd" "-Xmx$heap" -jar "$micro_jar"
  --nohazelcast --disablephonehome
  --port "$port" --contextroot /
  --prebootcommandfile "$pre" --postbootcommandfile "$post" --systemproperties "$sysprops")
[[ -n "$driver" ]] && cmd+=(--addlibs "$driver")
cmd+=(--deploy "$war")

if [[ -n "$dry_run" ]]; then
  printf '%q ' "${cmd[@]}"; echo
  exit 0
fi
echo "payara-micro/run.sh: Payara Micro on http://$address:$port/ ($db: $db_url), files in $data_dir" >&2
exec "${cmd[@]}"
