#!/usr/bin/env bash
# The README's run command (`./otp run`): the OTP server on Payara Server with embedded H2.
#
# Usage: servers/payara/run.sh [KEY=VALUE ...]
#   KEY=VALUE   extra MicroProfile Config values, set as server system properties
#   OTP_HTTP_PORT / OTP_HTTPS_PORT / OTP_ADMIN_PORT (environment) move the listeners (default 8080 / 8181 / 4848);
#   OTP_SMTP_PORT the SMTP port of the mail session mail/otp on 127.0.0.1 (default 3025)
#
# What it does, each time:
#   1. builds the EAR (mvn -B -q clean install -DskipTests) when it is missing or older than a source or pom
#   2. unpacks Payara Server ${payara.version} of the root pom into .run/payara6 (once; through Maven)
#   3. servers/payara/configure.sh: domain1 on 127.0.0.1:8080 and, with the TLS key pair of .run/tls/
#      (servers/dev-tls-keystore.sh, made on first start), https://localhost:8181; admin 127.0.0.1:4848;
#      H2 file database in .run/payara6/glassfish/domains/domain1/lib/databases, mail session mail/otp to
#      SMTP 127.0.0.1:3025; signing key, pepper, sealing key and SMS sink in .run/ (the secrets made on first
#      start: otp.secrets.generate-missing, for this run command only); the realm user "admin"
#      of group otp-admin with the password in .run/admin-password (the admin API and the console at /console),
#      the realm user "viewer" of group otp-viewer (the console read-only) with .run/viewer-password, and the
#      admin listener's user "admin"
#      with the password in .run/payara-admin-password (both made on first start); the demo data of
#      servers/seed/demo-seed.json (otp.seed-file)
#   4. starts the domain and deploys the EAR (asadmin deploy --force)
#   5. waits until /health/ready answers UP, prints "Ready: ..." and where things are, stays in the foreground
#   6. on Ctrl-C or SIGTERM: asadmin undeploy and stop-domain, then exits
# Data (H2 database, keys, SMS sink) stays in .run/ from one run to the next; delete .run/ to start over.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
run_dir="$repo/.run"
http_port="${OTP_HTTP_PORT:-8080}"
https_port="${OTP_HTTPS_PORT:-8181}"
admin_port="${OTP_ADMIN_PORT:-4848}"
ear="$repo/ear/target/otp-server.ear"
app=otp-server
started_at=$SECONDS

payara="$run_dir/payara6"
asadmin="$payara/bin/asadmin"
domain_dir="$payara/glassfish/domains/domain1"

asadmin_password_file="$run_dir/asadmin-passwordfile"
adm=("$asadmin" --host 127.0.0.1 --port "$admin_port" --user admin --passwordfile "$asadmin_password_file")

log() { echo "[otp run] $*"; }
stop_domain() {
  [[ -x "$asadmin" ]] && "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
}
die() { echo "[otp run] ERROR: $*" >&2; exit 1; }
# shellcheck source=common.sh
source "$here/common.sh"

for arg in "$@"; do
  [[ "$arg" == *=* ]] || die "arguments are KEY=VALUE pairs, got: $arg"
done
mkdir -p "$run_dir"

# --- one run at a time ---------------------------------------------------------------------------
if [[ -f "$run_dir/run.pid" ]] && kill -0 "$(cat "$run_dir/run.pid")" 2>/dev/null; then
  die "already running (pid $(cat "$run_dir/run.pid")); stop it with: kill $(cat "$run_dir/run.pid")"
fi
echo $$ > "$run_dir/run.pid"

domain_started="" cleaned="" mail_sink_pid=""
cleanup() {
  [[ -z "$cleaned" ]] || return 0
  cleaned=1
  trap - INT TERM
  if [[ -n "$mail_sink_pid" ]]; then
    kill "$mail_sink_pid" 2>/dev/null || true
  fi
  if [[ -n "$domain_started" ]]; then
    # Undeployed, the next run starts on an empty domain: Payara 6.2025.10 fails every other time to
    # load, while starting, an EAR that it loaded while starting the time before.
    log "stopping Payara (asadmin undeploy, stop-domain)"
    "${adm[@]}" undeploy "$app" >/dev/null 2>&1 || true
    stop_domain
    log "stopped"
  fi
  rm -f "$run_dir/run.pid"
}
trap 'cleanup; exit 0' INT TERM
trap cleanup EXIT

# --- 1. the EAR ----------------------------------------------------------------------------------
build_ear "$run_dir"

# --- 2. Payara Server ----------------------------------------------------------------------------
unpack_payara "$run_dir" stop_domain
version="$(cat "$run_dir/payara.version")"

# A domain left running by a run that was killed hard.
stop_domain

# --- 3. configuration ----------------------------------------------------------------------------
props=(
  "otp.gateway.signing-key.path=$run_dir/server-key.pem"
  "otp.auth.pepper.path=$run_dir/pepper"
  "otp.notification.sealing-key.path=$run_dir/sealing-key"
  "otp.notification.sms.sink-file=$run_dir/sms-sink.jsonl"
  "otp.gsp.server-keys.path=$run_dir/gsp-keys.jwks"
  # development only: the secrets above are made on first start (a production node refuses to start without them)
  "otp.secrets.generate-missing=true"
  # development only: the payment-integrator API also takes plain JSON, as the demo client
  "otp.gsp.plain-json-caller=DEMO_CLIENT"
)
seed="$repo/servers/seed/demo-seed.json"
[[ -f "$seed" ]] && props+=("otp.seed-file=$seed")
smtp_port="${OTP_SMTP_PORT:-3025}"
"$repo/servers/dev-tls-keystore.sh" "$run_dir/tls"
admin_password="$(generated_secret "$run_dir/admin-password")"
viewer_password="$(generated_secret "$run_dir/viewer-password")"
(umask 077; echo "AS_ADMIN_PASSWORD=$(generated_secret "$run_dir/payara-admin-password")" > "$asadmin_password_file")
"$here/configure.sh" --payara-home "$payara" --http-port "$http_port" --admin-port "$admin_port" \
  --https-port "$https_port" --keystore "$run_dir/tls/keystore.p12" --keystore-password-file "$run_dir/tls/keystore.password" \
  --user "admin:$admin_password:otp-admin" --user "viewer:$viewer_password:otp-viewer" --admin-password-file "$run_dir/payara-admin-password" \
  --db h2 --smtp-host 127.0.0.1 --smtp-port "$smtp_port" "${props[@]}" "$@" >/dev/null

# --- 3b. the local mail sink ---------------------------------------------------------------------
mail_api_port="${OTP_MAIL_API_PORT:-8025}"
if [[ "${OTP_MAIL_SINK:-on}" != off ]]; then
  start_mail_sink "$run_dir/greenmail" "$smtp_port" "$mail_api_port" "$run_dir/greenmail.log"
fi

# --- 4. start and deploy -------------------------------------------------------------------------
domain_started=1
log "starting Payara Server $version (domain1, 127.0.0.1:$http_port, admin 127.0.0.1:$admin_port)"
# In a session of its own: Ctrl-C in the terminal reaches this script, which then stops the server in order.
setsid -w "$asadmin" start-domain domain1 </dev/null >/dev/null || die "start-domain failed; see $domain_dir/logs/server.log"

ready_url="http://127.0.0.1:$http_port/health/ready"
deploy_ear "${adm[@]}" || die "deployment failed; see $domain_dir/logs/server.log"

# --- 5. readiness --------------------------------------------------------------------------------
log "waiting for $ready_url"
wait_ready "$ready_url" $((300 - (SECONDS - started_at))) \
  || die "not ready after $((SECONDS - started_at)) s; see $domain_dir/logs/server.log"

cat <<EOF

Ready: the OTP server is on http://127.0.0.1:$http_port/ and https://localhost:$https_port/ ($((SECONDS - started_at)) s)
    TLS certificate $run_dir/tls/server.crt (made here; trust it: curl --cacert $run_dir/tls/server.crt)
    admin API       user admin, password in $run_dir/admin-password (realm group otp-admin)
    OTP console     https://localhost:$https_port/console (the same user admin; read-only user viewer, password in $run_dir/viewer-password)
    readiness       $ready_url
    OpenAPI         http://127.0.0.1:$http_port/openapi
    admin console   http://127.0.0.1:$admin_port/ (Payara; user admin, password in $run_dir/payara-admin-password; loopback only)
    server log      $domain_dir/logs/server.log
    H2 database     $domain_dir/lib/databases/otp.mv.db
    signing key     $run_dir/server-key.pem (public half: server-key.pem.pub)
    JOSE keys       $run_dir/gsp-keys.jwks (public half: gsp-keys.jwks.pub); /gsp also takes plain JSON here
    SMS sink        $run_dir/sms-sink.jsonl
    mail            session mail/otp sends to SMTP 127.0.0.1:$smtp_port$( [[ -n "$mail_sink_pid" ]] && printf '%s' "; read it at http://127.0.0.1:$mail_api_port/api/user/<email>/messages/INBOX" )
    demo seed       $( [[ -f "$seed" ]] && echo "$seed" || echo "none ($seed is missing)" )
  Ctrl-C (or SIGTERM to pid $$) stops it.

EOF

# --- 6. foreground until Ctrl-C / SIGTERM (or until the server dies) -----------------------------
server_pid="$(cat "$domain_dir/config/pid" 2>/dev/null || true)"
while [[ -z "$server_pid" ]] || kill -0 "$server_pid" 2>/dev/null; do
  sleep 2 &
  wait $! || true
done
log "Payara (pid $server_pid) has exited; see $domain_dir/logs/server.log"
exit 1
