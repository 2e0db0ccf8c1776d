#!/usr/bin/env bash
# Entrypoint of the OTP server's Payara Micro image (docker/payara-micro/Dockerfile).
#
# Usage: entrypoint.sh [RUN.SH ARGUMENT...]
#   Runs servers/payara-micro/run.sh in its place (run.sh execs java: SIGTERM stops Payara Micro cleanly, its
#   log goes to standard output) with the image's files, every interface on 0.0.0.0, port 8080, its files in
#   /var/lib/otp, then the arguments below taken from the environment, then the arguments given (run.sh
#   --help; a repeated option wins, e.g. --heap 1g). A first argument that is no option (bash, sh, ...)
#   is run as given instead.
#
# Environment, read at every start (run.sh rewrites its command files each time):
#   OTP_DB_URL           JDBC URL of PostgreSQL behind jdbc/otp; unset: H2 in /var/lib/otp/otp
#   OTP_DB_USER          database user (default otp)
#   OTP_DB_PASSWORD      database password, or OTP_DB_PASSWORD_FILE: a file that holds it
#   OTP_SMTP_HOST        SMTP server of the mail session mail/otp (default mail) ...
#   OTP_SMTP_PORT        ... and its port (default 3025: the compose file's GreenMail)
#   OTP_MAIL_FROM        the session's default From (default otp@localhost)
#   OTP_ADMIN_USER       a user of the "file" realm in group otp-admin, with OTP_ADMIN_PASSWORD or
#                        OTP_ADMIN_PASSWORD_FILE (no ":" in it: run.sh's NAME:PASSWORD:GROUP syntax)
#   OTP_HEAP             Java heap, -Xmx (default 512m)
#   OTP_GATEWAY_SIGNING_KEY_PATH, OTP_AUTH_PEPPER_PATH, OTP_NOTIFICATION_SEALING_KEY_PATH,
#   OTP_GSP_SERVER_KEYS_PATH, OTP_NOTIFICATION_SMS_SINK_FILE
#                        where the secrets and the development SMS sink live (the image: /var/lib/otp/secrets/
#                        and /var/lib/otp/sms-sink.jsonl); handed to run.sh as settings, because the system
#                        properties it writes would otherwise win over these variables
# Any other setting of the README's Configuration table can be an environment variable as well (MicroProfile
# Config: OTP_SEED_FILE=/opt/otp/servers/seed/demo-seed.json is otp.seed-file).
set -euo pipefail

OTP_HOME="${OTP_HOME:-/opt/otp}"

die() { echo "[otp-micro] ERROR: $*" >&2; exit 1; }

# secret NAME: the variable's value or the content of the file NAME_FILE names.
# shellcheck source=docker/secret.sh
source "$(dirname "${BASH_SOURCE[0]}")/secret.sh"

if [[ $# -gt 0 && "$1" != -* && "$1" != *=* ]]; then
  exec "$@"
fi

micro_jars=("$OTP_HOME"/lib/payara-micro-*.jar) drivers=("$OTP_HOME"/lib/postgresql-*.jar)
[[ -f "${micro_jars[0]}" && -f "${drivers[0]}" ]] || die "no $OTP_HOME/lib/payara-micro-*.jar or postgresql-*.jar"
args=(
  --war "$OTP_HOME/otp-server-micro.war" --payara-micro "${micro_jars[0]}" --jdbc-driver "${drivers[0]}"
  --address 0.0.0.0 --port 8080 --data-dir /var/lib/otp --heap "${OTP_HEAP:-512m}"
  --smtp-host "${OTP_SMTP_HOST:-mail}" --smtp-port "${OTP_SMTP_PORT:-3025}"
  --mail-from "${OTP_MAIL_FROM:-otp@localhost}"
)
if [[ -n "${OTP_DB_URL:-}" ]]; then
  args+=(--db postgresql --db-url "$OTP_DB_URL" --db-user "${OTP_DB_USER:-otp}")
  db_password="$(secret OTP_DB_PASSWORD)"
  [[ -n "$db_password" ]] && args+=(--db-password "$db_password")
fi
if [[ -n "${OTP_ADMIN_USER:-}" ]]; then
  admin_password="$(secret OTP_ADMIN_PASSWORD)"
  [[ -n "$admin_password" ]] || die "OTP_ADMIN_USER needs OTP_ADMIN_PASSWORD or OTP_ADMIN_PASSWORD_FILE"
  [[ "$OTP_ADMIN_USER$admin_password" != *:* ]] || die "OTP_ADMIN_USER and its password must not contain ':'"
  args+=(--user "$OTP_ADMIN_USER:$admin_password:otp-admin")
fi
for setting in gateway.signing-key.path auth.pepper.path notification.sealing-key.path gsp.server-keys.path \
               notification.sms.sink-file; do
  variable="OTP_$(tr 'a-z.-' 'A-Z__' <<<"$setting")"
  [[ -n "${!variable:-}" ]] && args+=("otp.$setting=${!variable}")
done
secrets_dir="$(dirname "${OTP_GATEWAY_SIGNING_KEY_PATH:-/var/lib/otp/secrets/server-key.pem}")"
(umask 077; mkdir -p "$secrets_dir")

exec bash "$OTP_HOME/servers/payara-micro/run.sh" "${args[@]}" "$@"
