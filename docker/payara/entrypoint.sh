#!/usr/bin/env bash
# Entrypoint of the OTP server's Payara Server image (docker/payara/Dockerfile).
#
# Usage: entrypoint.sh [start | configure | COMMAND [ARG...]]
#   start      (the default) configure domain1 from the environment with servers/payara/configure.sh,
#              start it in the foreground (its log on standard output), deploy the EAR. On SIGTERM or
#              SIGINT: undeploy the EAR, stop the domain, exit 0. Undeployed, the next start deploys
#              afresh: Payara 6.2025.10 fails every other time to reload, while starting, an EAR that it
#              loaded while starting before (README, Known issues); after a hard kill the deployment
#              (deploy --force) replaces whatever the domain reloaded.
#   configure  the configuration step alone (the image build runs it once, with the defaults below)
#   COMMAND    anything else is run as given, e.g. bash
#
# Environment, read at every start (configure.sh is safe to run twice and converges on new values):
#   OTP_DB_URL           JDBC URL of jdbc/otp (default jdbc:postgresql://postgres:5432/otp)
#   OTP_DB_USER          database user (default otp)
#   OTP_DB_PASSWORD      database password, or OTP_DB_PASSWORD_FILE: a file that holds it
#                        (neither: configure.sh's placeholder, fine for trust authentication)
#   OTP_SMTP_HOST        SMTP server of the mail session mail/otp (default mail) ...
#   OTP_SMTP_PORT        ... and its port (default 3025: the compose file's GreenMail)
#   OTP_MAIL_FROM        the session's default From (default otp@localhost)
#   OTP_ADMIN_USER       a user of the "file" realm in group otp-admin, with OTP_ADMIN_PASSWORD or
#                        OTP_ADMIN_PASSWORD_FILE (no ":" in it: configure.sh's NAME:PASSWORD:GROUP syntax)
#   OTP_TLS_KEYSTORE     HTTPS on OTP_HTTPS_PORT (default 8181) with this PKCS#12 keystore, mounted from outside
#                        the image, with OTP_TLS_KEYSTORE_PASSWORD or OTP_TLS_KEYSTORE_PASSWORD_FILE and the
#                        key pair's alias OTP_TLS_CERT_ALIAS (default otp-tls); without it HTTPS stays off
#   OTP_ASADMIN_PASSWORD the admin listener's password for its user "admin" (asadmin, REST, console), or
#                        OTP_ASADMIN_PASSWORD_FILE; neither: one is made on first start and kept in
#                        OTP_SECRETS_DIR/asadmin-password (default /var/lib/otp/secrets, the secrets volume)
#   OTP_AUTH_PEPPER_FILE, OTP_NOTIFICATION_SEALING_KEY_FILE, OTP_NOTIFICATION_SMS_SMPP_PASSWORD_FILE,
#   OTP_NOTIFICATION_SMS_HTTP_AUTH_VALUE_FILE  files (Docker or Kubernetes secrets) whose first line configure.sh
#                        puts into the domain's password alias store at every start (docs/operations.md, Secrets)
#   OTP_HEAP             server heap, -Xmx (default 512m)
#   OTP_BIND_ADDRESS     address of the HTTP and admin listeners (default 0.0.0.0)
#   OTP_HTTP_PORT        HTTP listener (default 8080); OTP_ADMIN_PORT admin listener (default 4848)
#   OTP_START_TIMEOUT    seconds to wait for the admin listener and the deployment (default 300)
#   OTP_DEPLOYED_MARKER  file that exists while the EAR is deployed (default /tmp/otp-server.deployed);
#                        the health check (ready.sh URL MARKER) asks the server nothing before it exists:
#                        a readiness probe while the EAR deploys leaves the check "database" DOWN for good
#                        on Payara 6.2025.10 (NullPointerException; a restart without such probes cures it)
#   PAYARA_HOME          the unpacked distribution (default /opt/payara6)
#   OTP_HOME             servers/, otp-server.ear and lib/postgresql-*.jar (default /opt/otp)
# Any setting of the README's Configuration table can be an environment variable as well (MicroProfile
# Config: OTP_AUTH_CODE_LENGTH=8 is otp.auth.code-length); the image sets the secrets' paths that way.
set -euo pipefail

PAYARA_HOME="${PAYARA_HOME:-/opt/payara6}"
OTP_HOME="${OTP_HOME:-/opt/otp}"
app=otp-server
ear="$OTP_HOME/otp-server.ear"
asadmin="$PAYARA_HOME/bin/asadmin"
domain_dir="$PAYARA_HOME/glassfish/domains/domain1"
bind="${OTP_BIND_ADDRESS:-0.0.0.0}"
http_port="${OTP_HTTP_PORT:-8080}"
admin_port="${OTP_ADMIN_PORT:-4848}"
timeout="${OTP_START_TIMEOUT:-300}"
marker="${OTP_DEPLOYED_MARKER:-/tmp/otp-server.deployed}"
admin_host="$bind"
[[ "$bind" == 0.0.0.0 || "$bind" == "::" ]] && admin_host=127.0.0.1
secrets_dir="${OTP_SECRETS_DIR:-/var/lib/otp/secrets}"
asadmin_password_file=/tmp/otp-asadmin-passwordfile
adm=("$asadmin" --host "$admin_host" --port "$admin_port" --user admin --passwordfile "$asadmin_password_file")
server=""

log() { echo "[otp-payara] $*"; }
die() { echo "[otp-payara] ERROR: $*" >&2; exit 1; }

# secret NAME: the variable's value or the content of the file NAME_FILE names.
# shellcheck source=docker/secret.sh
source "$(dirname "${BASH_SOURCE[0]}")/secret.sh"

# The admin listener's password: the operator's, or one made on first start on the secrets volume (never in
# an image layer: the image build runs "configure" without it).
asadmin_password() {
  local given
  given="$(secret OTP_ASADMIN_PASSWORD)"
  if [[ -n "$given" ]]; then
    printf '%s' "$given"
    return
  fi
  if [[ ! -s "$secrets_dir/asadmin-password" ]]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$secrets_dir/asadmin-password")
    # To standard error: standard output is the password.
    log "made the admin listener's password: $secrets_dir/asadmin-password" >&2
  fi
  cat "$secrets_dir/asadmin-password"
}

configure() {
  local drivers=("$OTP_HOME"/lib/postgresql-*.jar)
  [[ -f "${drivers[0]}" ]] || die "no PostgreSQL driver $OTP_HOME/lib/postgresql-*.jar"
  local db_password admin_password
  db_password="$(secret OTP_DB_PASSWORD)"
  admin_password="$(secret OTP_ADMIN_PASSWORD)"
  local args=(
    --payara-home "$PAYARA_HOME"
    --address "$bind" --http-port "$http_port" --admin-port "$admin_port"
    --db postgresql --db-url "${OTP_DB_URL:-jdbc:postgresql://postgres:5432/otp}"
    --db-user "${OTP_DB_USER:-otp}" --jdbc-driver "${drivers[0]}"
    --smtp-host "${OTP_SMTP_HOST:-mail}" --smtp-port "${OTP_SMTP_PORT:-3025}"
    --mail-from "${OTP_MAIL_FROM:-otp@localhost}"
    --heap "${OTP_HEAP:-512m}"
  )
  [[ -n "$db_password" ]] && args+=(--db-password "$db_password")
  if [[ -n "${OTP_ADMIN_USER:-}" ]]; then
    [[ -n "$admin_password" ]] || die "OTP_ADMIN_USER needs OTP_ADMIN_PASSWORD or OTP_ADMIN_PASSWORD_FILE"
    [[ "$OTP_ADMIN_USER$admin_password" != *:* ]] || die "OTP_ADMIN_USER and its password must not contain ':'"
    args+=(--user "$OTP_ADMIN_USER:$admin_password:otp-admin")
  fi
  if [[ -n "${OTP_TLS_KEYSTORE:-}" ]]; then
    args+=(--keystore "$OTP_TLS_KEYSTORE" --keystore-password "$(secret OTP_TLS_KEYSTORE_PASSWORD)"
           --cert-alias "${OTP_TLS_CERT_ALIAS:-otp-tls}" --https-port "${OTP_HTTPS_PORT:-8181}")
  fi
  if [[ "${1:-}" == with-admin-password ]]; then
    local password
    password="$(asadmin_password)"
    (umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$password" > "$asadmin_password_file")
    args+=(--admin-password "$password")
  fi
  # The server's secrets into the server's own secret store, each from the file its *_FILE variable names.
  local setting variable
  for setting in auth.pepper notification.sealing-key notification.sms.smpp.password notification.sms.http.auth-value; do
    variable="OTP_$(tr 'a-z.-' 'A-Z__' <<<"$setting")_FILE"
    [[ -n "${!variable:-}" ]] && args+=(--password-alias "otp.$setting=${!variable}")
  done
  bash "$OTP_HOME/servers/payara/configure.sh" "${args[@]}"
}

# Waits for the admin listener, then deploys the EAR (retrying while the web container is not started).
deploy_ear() {
  local until=$((SECONDS + timeout)) out
  until "${adm[@]}" uptime >/dev/null 2>&1; do
    kill -0 "$server" 2>/dev/null || { log "Payara exited while starting (see its log above)"; return 1; }
    (( SECONDS < until )) || { log "no admin listener on $admin_host:$admin_port after $timeout s"; return 1; }
    sleep 3
  done
  log "deploying $ear"
  until out="$("${adm[@]}" deploy --force=true --name "$app" "$ear" 2>&1)"; do
    if [[ "$out" == *"not yet been started"* ]] && (( SECONDS < until )); then
      sleep 3
      continue
    fi
    echo "$out" >&2
    return 1
  done
}

stop_server() {
  trap - TERM INT
  rm -f "$marker"
  log "stopping: undeploy $app, stop-domain"
  "${adm[@]}" undeploy "$app" >/dev/null 2>&1 || true
  if ! "$asadmin" stop-domain domain1 >/dev/null 2>&1 && [[ -f "$domain_dir/config/pid" ]]; then
    kill "$(cat "$domain_dir/config/pid")" 2>/dev/null || true
  fi
  wait "$server" 2>/dev/null || true
  log "stopped"
}

start() {
  # A container starts with no server running: a pid file left by its last run is stale, and the number
  # in it may belong to another process by now (configure.sh would then refuse to edit the domain).
  rm -f "$domain_dir/config/pid" "$marker"
  configure with-admin-password
  log "starting Payara Server: domain1, HTTP $bind:$http_port, admin $bind:$admin_port"
  "$asadmin" start-domain --verbose domain1 </dev/null &
  server=$!
  trap 'stop_server; exit 0' TERM INT
  if ! deploy_ear; then
    log "deployment failed"
    stop_server
    exit 1
  fi
  touch "$marker"
  log "deployed; readiness: http://$admin_host:$http_port/health/ready"
  local rc=0
  wait "$server" || rc=$?
  log "Payara exited (status $rc)"
  exit "$rc"
}

case "${1:-start}" in
  start) start ;;
  configure) configure ;;
  *) exec "$@" ;;
esac
