#!/usr/bin/env bash
# Stops what an interrupted `./otp reliability` left running: its Payara domain and its private PostgreSQL
# cluster, each by its own pid file (never the machine's PostgreSQL on 5432).
# Usage: stop-leftovers.sh PAYARA_HOME PGDATA [WILDFLY_HOME]
set -uo pipefail
payara_home="$1" pgdata="$2" wildfly_home="${3:-}" # $4: the cluster's folder

# WildFly (SlowClientsTest) writes its pid where WildFlyServer asks it to.
if [[ -n "$wildfly_home" && -f "$wildfly_home/wildfly.pid" ]] && kill -0 "$(cat "$wildfly_home/wildfly.pid")" 2>/dev/null; then
  echo "stop-leftovers: killing the WildFly of an earlier run (pid $(cat "$wildfly_home/wildfly.pid"))"
  kill -9 "$(cat "$wildfly_home/wildfly.pid")"
fi

# domain1 of the test bed, node1 and node2 of the cluster (ClusterTest)
for domain in domain1 node1 node2; do
  pid_file="$payara_home/glassfish/domains/$domain/config/pid"
  if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    echo "stop-leftovers: killing the Payara $domain of an earlier run (pid $(cat "$pid_file"))"
    kill -9 "$(cat "$pid_file")"
  fi
done
haproxy_pid="${4:-}/haproxy.pid"
if [[ -n "${4:-}" && -f "$haproxy_pid" ]] && kill -0 "$(cat "$haproxy_pid")" 2>/dev/null; then
  echo "stop-leftovers: stopping the HAProxy of an earlier run (pid $(cat "$haproxy_pid"))"
  kill "$(cat "$haproxy_pid")"
fi

if [[ -f "$pgdata/postmaster.pid" ]]; then
  pg_ctl="$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1)"
  as_postgres=()
  [[ "$(id -u)" == 0 ]] && as_postgres=(runuser -u postgres --)
  echo "stop-leftovers: stopping the PostgreSQL cluster of an earlier run in $pgdata"
  "${as_postgres[@]}" "$pg_ctl" -D "$pgdata" -m immediate -w stop || true
fi
exit 0
