#!/usr/bin/env bash
# Entrypoint of the OTP server's WildFly image (docker/wildfly/Dockerfile).
#
# Usage: entrypoint.sh [start | configure | COMMAND [ARG...]]
#   start      (the default) configure the server from the environment with servers/wildfly/configure.sh
#              (jboss-cli, offline), then run bin/standalone.sh -c standalone-otp.xml in its place; the
#              deployment scanner deploys standalone/deployments/otp-server.ear. SIGTERM stops WildFly
#              gracefully (LAUNCH_JBOSS_IN_BACKGROUND: standalone.sh relays the signal to the JVM).
#   configure  the configuration step alone (the image build runs it once, with the defaults below)
#   COMMAND    anything else is run as given, e.g. bash
#
# Environment, read at every start (configure.sh is safe to run twice and converges on new values):
#   OTP_DB_URL           JDBC URL of java:/jdbc/otp (default jdbc:postgresql://postgres:5432/otp)
#   OTP_DB_USER          database user (default otp)
#   OTP_DB_PASSWORD      database password, or OTP_DB_PASSWORD_FILE: a file that holds it (default: none)
#   OTP_SMTP_HOST        SMTP server of the mail session java:/mail/otp (default mail) ...
#   OTP_SMTP_PORT        ... and its port (default 3025: the compose file's GreenMail)
#   OTP_MAIL_FROM        the session's default From (default otp@localhost)
#   OTP_ADMIN_USER       an ApplicationRealm user in group otp-admin, with OTP_ADMIN_PASSWORD or
#                        OTP_ADMIN_PASSWORD_FILE
#   OTP_TLS_KEYSTORE     HTTPS (8443 plus the port offset) with this PKCS#12 keystore, mounted from outside the
#                        image, with OTP_TLS_KEYSTORE_PASSWORD or OTP_TLS_KEYSTORE_PASSWORD_FILE and the key
#                        pair's alias OTP_TLS_CERT_ALIAS (default otp-tls); without it WildFly's own
#                        self-signed certificate, made on first use
#   OTP_AUTH_PEPPER_FILE, OTP_NOTIFICATION_SEALING_KEY_FILE, OTP_NOTIFICATION_SMS_SMPP_PASSWORD_FILE,
#   OTP_NOTIFICATION_SMS_HTTP_AUTH_VALUE_FILE  files (Docker or Kubernetes secrets) whose first line configure.sh
#                        puts into an Elytron credential store at every start (docs/operations.md, Secrets)
#   OTP_BIND_ADDRESS     address of the public, management and unsecure interfaces (default 0.0.0.0)
#   OTP_PORT_OFFSET      port offset (default 0: HTTP 8080, management 9990 with /health/ready)
#   OTP_WILDFLY_CONFIG   server configuration in standalone/configuration (default standalone-otp.xml)
#   JBOSS_JAVA_SIZING    heap and metaspace of the server JVM (bin/standalone.conf; the image sets it)
#   WILDFLY_HOME         the unpacked distribution (default /opt/wildfly)
#   OTP_HOME             servers/ and lib/postgresql-*.jar (default /opt/otp)
# Any setting of the README's Configuration table can be an environment variable as well (MicroProfile
# Config: OTP_AUTH_CODE_LENGTH=8 is otp.auth.code-length); the image sets the secrets' paths that way.
set -euo pipefail

WILDFLY_HOME="${WILDFLY_HOME:-/opt/wildfly}"
OTP_HOME="${OTP_HOME:-/opt/otp}"
config="${OTP_WILDFLY_CONFIG:-standalone-otp.xml}"

log() { echo "[otp-wildfly] $*"; }
die() { echo "[otp-wildfly] ERROR: $*" >&2; exit 1; }

# secret NAME: the variable's value or the content of the file NAME_FILE names.
# shellcheck source=docker/secret.sh
source "$(dirname "${BASH_SOURCE[0]}")/secret.sh"

configure() {
  local drivers=("$OTP_HOME"/lib/postgresql-*.jar)
  [[ -f "${drivers[0]}" ]] || die "no PostgreSQL driver $OTP_HOME/lib/postgresql-*.jar"
  local db_password admin_password
  db_password="$(secret OTP_DB_PASSWORD)"
  admin_password="$(secret OTP_ADMIN_PASSWORD)"
  local args=(
    --home "$WILDFLY_HOME" --config "$config"
    --db postgresql --db-url "${OTP_DB_URL:-jdbc:postgresql://postgres:5432/otp}"
    --db-user "${OTP_DB_USER:-otp}" --postgresql-jar "${drivers[0]}"
    --bind-address "${OTP_BIND_ADDRESS:-0.0.0.0}" --port-offset "${OTP_PORT_OFFSET:-0}"
    --smtp-host "${OTP_SMTP_HOST:-mail}" --smtp-port "${OTP_SMTP_PORT:-3025}"
    --mail-from "${OTP_MAIL_FROM:-otp@localhost}"
  )
  [[ -n "$db_password" ]] && args+=(--db-password "$db_password")
  if [[ -n "${OTP_ADMIN_USER:-}" ]]; then
    [[ -n "$admin_password" ]] || die "OTP_ADMIN_USER needs OTP_ADMIN_PASSWORD or OTP_ADMIN_PASSWORD_FILE"
    args+=(--admin-user "$OTP_ADMIN_USER" --admin-password "$admin_password")
  fi
  if [[ -n "${OTP_TLS_KEYSTORE:-}" ]]; then
    args+=(--keystore "$OTP_TLS_KEYSTORE" --keystore-password "$(secret OTP_TLS_KEYSTORE_PASSWORD)"
           --cert-alias "${OTP_TLS_CERT_ALIAS:-otp-tls}")
  fi
  # The server's secrets into the server's own secret store, each from the file its *_FILE variable names.
  local setting variable
  for setting in auth.pepper notification.sealing-key notification.sms.smpp.password notification.sms.http.auth-value; do
    variable="OTP_$(tr 'a-z.-' 'A-Z__' <<<"$setting")_FILE"
    [[ -n "${!variable:-}" ]] && args+=(--secret-property "otp.$setting=${!variable}")
  done
  bash "$OTP_HOME/servers/wildfly/configure.sh" "${args[@]}"
}

start() {
  configure
  log "starting WildFly: $config, bound to ${OTP_BIND_ADDRESS:-0.0.0.0}, port offset ${OTP_PORT_OFFSET:-0}"
  export LAUNCH_JBOSS_IN_BACKGROUND=true
  exec "$WILDFLY_HOME/bin/standalone.sh" -c "$config"
}

case "${1:-start}" in
  start) start ;;
  configure) configure ;;
  *) exec "$@" ;;
esac
