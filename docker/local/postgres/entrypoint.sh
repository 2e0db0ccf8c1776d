#!/usr/bin/env bash
# Entrypoint of the local postgres:15 stand-in (Containerfile beside it). A new data directory is created
# with POSTGRES_USER and POSTGRES_PASSWORD, gets the database POSTGRES_DB and the scripts of
# /docker-entrypoint-initdb.d (*.sql), all on a server that listens on its socket only; then PostgreSQL runs
# in the entrypoint's place, on every address, with password (SCRAM) authentication over the network.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
user="${POSTGRES_USER:-postgres}"
database="${POSTGRES_DB:-$user}"

initialise() {
  [[ -n "${POSTGRES_PASSWORD:-}" ]] || { echo "postgres: POSTGRES_PASSWORD is required" >&2; exit 1; }
  local password_file
  password_file="$(mktemp)"
  printf '%s\n' "$POSTGRES_PASSWORD" > "$password_file"
  "$bin/initdb" -D "$PGDATA" -U "$user" --pwfile="$password_file" --encoding=UTF8 \
    --auth-local=trust --auth-host=scram-sha-256
  rm -f "$password_file"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  "$bin/pg_ctl" -D "$PGDATA" -o "-c listen_addresses=''" -w start
  [[ "$database" == postgres ]] || "$bin/createdb" -U "$user" "$database"
  local script
  for script in /docker-entrypoint-initdb.d/*.sql; do
    [[ -f "$script" ]] || continue
    echo "postgres: running $script"
    psql -v ON_ERROR_STOP=1 -U "$user" -d "$database" -f "$script"
  done
  "$bin/pg_ctl" -D "$PGDATA" -m fast -w stop
}

[[ -s "$PGDATA/PG_VERSION" ]] || initialise
exec "$bin/postgres" -D "$PGDATA" -c listen_addresses='*'
