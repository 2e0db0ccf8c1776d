#!/usr/bin/env bash
# The README's cluster command (`./otp cluster`): two nodes of the OTP server on Payara Server, one PostgreSQL
# database, HAProxy in front; everything on 127.0.0.1 (docs/cluster.md).
#
# Usage: servers/payara/cluster.sh [start|stop|status] [KEY=VALUE ...]
#   start (default)  starts HAProxy, both nodes and a mail sink, waits until both nodes are ready, prints where
#                    things are and returns; they keep running in the background
#   stop             stops what start started: HAProxy and the mail sink by their pids, each node by asadmin
#                    (undeploy, stop-domain)
#   status           each node's readiness, and HAProxy's
#   KEY=VALUE        extra MicroProfile Config values for both nodes (server system properties)
# Environment (defaults in brackets):
#   OTP_CLUSTER_DIR       where it all lives [.run/cluster]: Payara with the domains node1 and node2, haproxy.cfg,
#                         the TLS key pair, the SMS sink, the passwords
#   OTP_CLUSTER_SECRETS   the secrets both nodes share [$OTP_CLUSTER_DIR/secrets]: pepper and sealing-key (made
#                         here when missing, handed to each node as Payara password aliases), server-key.pem
#                         and gsp-keys.jwks (made by node 1 on its first start, read by node 2)
#   OTP_HTTP_PORT, OTP_HTTPS_PORT  HAProxy's HTTP and HTTPS ports [8080, 8181]; node N listens on these plus N
#   OTP_ADMIN_PORT        node N's admin port is this plus N [4848]
#   OTP_DB_HOST, OTP_DB_PORT, OTP_DB_NAME, OTP_DB_USER  the shared database [127.0.0.1, 5432, otp_cluster,
#                         postgres]; created with psql when missing
#   OTP_SMTP_PORT, OTP_MAIL_API_PORT  the mail sink [3025, 8025]; OTP_MAIL_SINK=off: none started, the nodes
#                         still send to 127.0.0.1:OTP_SMTP_PORT
#   OTP_EAR               the EAR to deploy [ear/target/otp-server.ear, built when missing or stale]
#   OTP_PAYARA_HOME       a Payara Server 6 to use [unpacked into $OTP_CLUSTER_DIR/payara6]
#   OTP_SEED=off          no demo data (node 1 loads servers/seed/demo-seed.json by default)
#   OTP_DEPLOY_AT_ONCE=yes  deploys to both nodes at the same time instead of node 1 first (the reliability
#                         suite proves with it that nodes starting together on an empty database are safe; the
#                         signing key and JOSE key files must exist then)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dir="$(mkdir -p "${OTP_CLUSTER_DIR:-$repo/.run/cluster}" && cd "${OTP_CLUSTER_DIR:-$repo/.run/cluster}" && pwd)"
secrets="${OTP_CLUSTER_SECRETS:-$dir/secrets}"
http_port="${OTP_HTTP_PORT:-8080}"
https_port="${OTP_HTTPS_PORT:-8181}"
admin_port="${OTP_ADMIN_PORT:-4848}"
db_name="${OTP_DB_NAME:-otp_cluster}"
db_host="${OTP_DB_HOST:-127.0.0.1}"
db_port="${OTP_DB_PORT:-5432}"
db_user="${OTP_DB_USER:-postgres}"
smtp_port="${OTP_SMTP_PORT:-3025}"
mail_api_port="${OTP_MAIL_API_PORT:-8025}"
ear="${OTP_EAR:-$repo/ear/target/otp-server.ear}"
payara="${OTP_PAYARA_HOME:-$dir/payara6}"
asadmin="$payara/bin/asadmin"
nodes=(1 2)
started_at=$SECONDS

log() { echo "[otp cluster] $*"; }
die() { echo "[otp cluster] ERROR: $*" >&2; exit 1; }
# shellcheck source=common.sh
source "$here/common.sh"

domain_dir() { echo "$payara/glassfish/domains/node$1"; }
node_http() { echo $((http_port + $1)); }
node_admin() { echo $((admin_port + $1)); }
ready_url() { echo "http://127.0.0.1:$(node_http "$1")/health/ready"; }
adm() { "$asadmin" --host 127.0.0.1 --port "$(node_admin "$1")" --user admin --passwordfile "$dir/asadmin-passwordfile" "${@:2}"; }

# Stops the process whose pid is in file $1, if it still runs.
stop_pid_file() {
  if [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; then
    kill "$(cat "$1")"
  fi
  rm -f "$1"
}

# Undeployed, the next start deploys on an empty domain (as ./otp run does: Payara 6.2025.10 fails every other
# time to load at start an EAR it loaded at the start before).
stop_node() {
  [[ -x "$asadmin" && -f "$(domain_dir "$1")/config/domain.xml" ]] || return 0
  if [[ -f "$(domain_dir "$1")/config/pid" ]] && kill -0 "$(cat "$(domain_dir "$1")/config/pid")" 2>/dev/null; then
    log "stopping node $1 (asadmin undeploy, stop-domain node$1)"
    adm "$1" undeploy otp-server >/dev/null 2>&1 || true
  fi
  "$asadmin" stop-domain "node$1" >/dev/null 2>&1 || true
}

stop_all() {
  stop_pid_file "$dir/haproxy.pid"
  stop_pid_file "$dir/greenmail.pid"
  for n in "${nodes[@]}"; do stop_node "$n"; done
}

status() {
  local n state
  for n in "${nodes[@]}"; do
    state="$(http_get "$(ready_url "$n")" 2>/dev/null | tr -d ' \n' || true)"
    echo "node $n  http://127.0.0.1:$(node_http "$n")  ${state:-not answering}"
  done
  if [[ -f "$dir/haproxy.pid" ]] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then
    echo "HAProxy http://127.0.0.1:$http_port https://localhost:$https_port  pid $(cat "$dir/haproxy.pid")"
  else
    echo "HAProxy not running"
  fi
}

# The shared database, created when missing.
ensure_database() {
  command -v psql >/dev/null || { log "no psql here: database $db_name must exist already"; return 0; }
  local psql=(psql -h "$db_host" -p "$db_port" -U "$db_user" -d postgres -tAq)
  "${psql[@]}" -c 'SELECT 1' >/dev/null 2>&1 || die "PostgreSQL does not answer at $db_host:$db_port (user $db_user)"
  if [[ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$db_name'")" ]]; then
    log "creating database $db_name"
    "${psql[@]}" -c "CREATE DATABASE \"$db_name\"" >/dev/null
  fi
}

# Pepper and sealing key: written once, Base64 of 32 random bytes, readable by the owner only.
ensure_secrets() {
  mkdir -p "$secrets"
  local name
  for name in pepper sealing-key; do
    [[ -s "$secrets/$name" ]] || (umask 077; head -c 32 /dev/urandom | base64 > "$secrets/$name")
  done
}

# Node $1's domain: its ports, the shared database, the shared secrets (pepper and sealing key from the domain's
# password alias store), the same users and TLS key pair as the other node.
configure_node() {
  local n="$1" props=(
    "otp.gateway.signing-key.path=$secrets/server-key.pem"
    "otp.gsp.server-keys.path=$secrets/gsp-keys.jwks"
    "otp.notification.sms.sink-file=$dir/sms-sink.jsonl"
    "otp.gsp.plain-json-caller=DEMO_CLIENT")
  if [[ "$n" == 1 ]]; then
    # development only: node 1 makes the signing key and JOSE keys on its first start; node 2 reads them
    props+=("otp.secrets.generate-missing=true")
    [[ "${OTP_SEED:-on}" == off ]] || props+=("otp.seed-file=$repo/servers/seed/demo-seed.json")
  fi
  "$here/configure.sh" --payara-home "$payara" --domain "node$n" \
    --http-port "$(node_http "$n")" --https-port $((https_port + n)) --admin-port "$(node_admin "$n")" \
    --keystore "$dir/tls/keystore.p12" --keystore-password-file "$dir/tls/keystore.password" \
    --user "admin:$(cat "$dir/admin-password"):otp-admin" --admin-password-file "$dir/payara-admin-password" \
    --db postgresql --db-url "jdbc:postgresql://$db_host:$db_port/$db_name" --db-user "$db_user" \
    --smtp-host 127.0.0.1 --smtp-port "$smtp_port" \
    --password-alias "otp.auth.pepper=$secrets/pepper" \
    --password-alias "otp.notification.sealing-key=$secrets/sealing-key" \
    "${props[@]}" "${extra[@]}" >/dev/null
}

# Round robin over the nodes that answer readiness with the application's database check UP (Payara answers UP
# with no check at all while the EAR is not deployed); HTTPS passes through to the nodes' own TLS listeners.
write_haproxy_config() {
  local n check servers="" tls_servers=""
  for n in "${nodes[@]}"; do
    servers+="    server node$n 127.0.0.1:$(node_http "$n") check"$'\n'
    tls_servers+="    server node$n 127.0.0.1:$((https_port + n)) check port $(node_http "$n")"$'\n'
  done
  check="    option httpchk GET /health/ready
    http-check expect rstring '\"database\"[[:space:]]*,[[:space:]]*\"status\"[[:space:]]*:[[:space:]]*\"UP\"'
    default-server inter 2s fall 2 rise 2"
  cat > "$dir/haproxy.cfg" <<EOF
# Written by servers/payara/cluster.sh at every start.
global
    maxconn 2000

defaults
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-keep-alive 30s
    # a request refused by a node that just died goes to the other one
    retries 2
    option redispatch

frontend http
    mode http
    bind 127.0.0.1:$http_port
    default_backend nodes

backend nodes
    mode http
    balance roundrobin
$check
$servers
frontend https
    mode tcp
    bind 127.0.0.1:$https_port
    default_backend nodes-tls

backend nodes-tls
    mode tcp
    balance roundrobin
$check
$tls_servers
EOF
}

deploy_node() {
  deploy_ear adm "$1" || die "deployment to node $1 failed; see $(domain_dir "$1")/logs/server.log"
  log "waiting for $(ready_url "$1")"
  wait_ready "$(ready_url "$1")" 300 || die "node $1 not ready; see $(domain_dir "$1")/logs/server.log"
}

start() {
  command -v haproxy >/dev/null || die "haproxy is missing: apt-get install haproxy (./otp cluster does it as root)"
  [[ -f "$dir/haproxy.pid" ]] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null \
    && die "already running (HAProxy pid $(cat "$dir/haproxy.pid")); stop it with: ./otp cluster stop"
  [[ -n "${OTP_EAR:-}" ]] || build_ear "$dir"
  [[ -f "$ear" ]] || die "no EAR at $ear"
  [[ -n "${OTP_PAYARA_HOME:-}" ]] || unpack_payara "$dir" stop_all
  stop_all
  # a start that fails leaves nothing running
  trap '[[ $? == 0 ]] || stop_all' EXIT
  ensure_database
  ensure_secrets
  "$repo/servers/dev-tls-keystore.sh" "$dir/tls"
  generated_secret "$dir/admin-password" >/dev/null
  (umask 077; echo "AS_ADMIN_PASSWORD=$(generated_secret "$dir/payara-admin-password")" > "$dir/asadmin-passwordfile")
  for n in "${nodes[@]}"; do configure_node "$n"; done

  if [[ "${OTP_MAIL_SINK:-on}" != off ]]; then
    start_mail_sink "$dir/greenmail" "$smtp_port" "$mail_api_port" "$dir/greenmail.log"
    echo "$mail_sink_pid" > "$dir/greenmail.pid"
  fi
  write_haproxy_config
  haproxy -c -q -f "$dir/haproxy.cfg" || die "HAProxy refuses $dir/haproxy.cfg"
  haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid" || die "HAProxy did not start"
  log "HAProxy on http://127.0.0.1:$http_port and https://localhost:$https_port (pid $(cat "$dir/haproxy.pid"))"

  # Both domains start at once; the EAR goes to node 1 first (it migrates the database and makes the files of
  # the signing and JOSE keys), then to node 2.
  log "starting Payara Server (domains node1, node2)"
  local pids=() n
  for n in "${nodes[@]}"; do
    setsid -w "$asadmin" start-domain "node$n" </dev/null >/dev/null & pids+=($!)
  done
  for n in "${nodes[@]}"; do
    wait "${pids[n-1]}" || die "start-domain node$n failed; see $(domain_dir "$n")/logs/server.log"
  done
  if [[ "${OTP_DEPLOY_AT_ONCE:-no}" == yes ]]; then
    pids=()
    for n in "${nodes[@]}"; do deploy_node "$n" & pids+=($!); done
    for n in "${nodes[@]}"; do wait "${pids[n-1]}" || die "node $n failed"; done
  else
    for n in "${nodes[@]}"; do deploy_node "$n"; done
  fi
  wait_ready "http://127.0.0.1:$http_port/health/ready" 30 || die "HAProxy passes no request to a ready node"
  trap - EXIT

  cat <<EOF

Ready: two nodes behind HAProxy on http://127.0.0.1:$http_port/ and https://localhost:$https_port/ ($((SECONDS - started_at)) s)
    node 1          http://127.0.0.1:$(node_http 1)/ (admin port $(node_admin 1)), log $(domain_dir 1)/logs/server.log
    node 2          http://127.0.0.1:$(node_http 2)/ (admin port $(node_admin 2)), log $(domain_dir 2)/logs/server.log
    database        PostgreSQL $db_host:$db_port, database $db_name
    secrets         $secrets (pepper, sealing-key: password aliases of both domains; server-key.pem, gsp-keys.jwks)
    TLS certificate $dir/tls/server.crt
    admin API       user admin, password in $dir/admin-password
    SMS sink        $dir/sms-sink.jsonl
    first call      java examples/FirstCall.java --ca $dir/tls/server.crt --server-key $secrets/server-key.pem.pub --sms-sink $dir/sms-sink.jsonl --url https://localhost:$https_port
  ./otp cluster stop    stops it; ./otp cluster status    tells each node's state

EOF
}

command="start"
if [[ $# -gt 0 && "$1" != *=* ]]; then command="$1"; shift; fi
extra=("$@")
for arg in "${extra[@]}"; do
  [[ "$arg" == *=* ]] || die "arguments are KEY=VALUE pairs, got: $arg"
done
case "$command" in
  start) start ;;
  stop) stop_all; log "stopped" ;;
  status) status ;;
  *) die "unknown command $command (start, stop or status)" ;;
esac
