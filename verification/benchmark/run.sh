#!/usr/bin/env bash
# The README's benchmark (`./otp bench`): the OTP server on Payara Server and PostgreSQL, loaded by Gatling
# from a separate JVM on loopback; prints the tables of docs/performance.md and writes them to
# verification/benchmark/target/bench/results.md (Gatling's HTML reports beside them, in gatling/).
#
# Usage: verification/benchmark/run.sh [--quick] [--soak-minutes N] [--only LIST] [--profile] [--round-trips]
#   --quick            short runs, 1 minute of soak: checks that everything works, figures are rough
#   --soak-minutes N   minutes of sustained load while the live heap is sampled (default 10)
#   --only LIST        only these sections, comma-separated, the baseline always: wallet, query, integrator,
#                      notifications, purge, pulse, soak (soak needs wallet); for quick iteration, not for the README;
#                      purge seeds a backlog past its retention (messages, partner notifications, their attempts;
#                      dev.otpserver.benchmark.PurgeBacklog) and measures the baseline and the other sections' APIs
#                      again while the server's housekeeping purges it: "While the purge runs"
#   --profile          record the server with Java Flight Recorder during the load and print where its CPU
#                      went (verification/benchmark/target/bench/server.jfr; dev.otpserver.benchmark.HotMethods)
#   --round-trips      the server's pool reaches PostgreSQL through a relay (127.0.0.1:25432, a JVM of its own,
#                      dev.otpserver.benchmark.PostgresRelay) that counts round trips and statements for the
#                      database cost table; it takes some of the machine's CPU, so leave it off for throughput
#
# What it does:
#   1. builds everything with the benchmark's yardstick in the EAR (mvn -B -q install -DskipTests -Pbenchmark)
#      and the driver's class path
#   2. unpacks a fresh Payara Server ${payara.version} into verification/benchmark/target/bench/payara6, drops and creates
#      the database otp_bench on 127.0.0.1:5432, runs servers/payara/configure.sh (127.0.0.1:28080,
#      admin 127.0.0.1:24848, heap 512m, SMS to the file sink, no send limits
#      and 15-minute codes for the benchmark's clients), starts the domain and deploys the EAR
#   3. runs dev.otpserver.benchmark.Benchmark (about 55 minutes with the 10-minute soak, 15 of them for the purge);
#      around each API's peak it reads PostgreSQL's own statistics (docs/scale.md)
#   4. undeploys and stops the domain (and the relay), also on Ctrl-C
# Run it on a machine that does nothing else: the server, PostgreSQL and the load share its cores.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$here/target/bench"
# ports and database: override with OTP_BENCH_HTTP_PORT, OTP_BENCH_ADMIN_PORT, OTP_BENCH_RELAY_PORT (the relay's
# counts on the next port), OTP_BENCH_SMTP_PORT and OTP_BENCH_DATABASE, to run beside another checkout's servers
http_port="${OTP_BENCH_HTTP_PORT:-28080}"
admin_port="${OTP_BENCH_ADMIN_PORT:-24848}"
smtp_port="${OTP_BENCH_SMTP_PORT:-2525}"
database="${OTP_BENCH_DATABASE:-otp_bench}"
app=otp-server
payara="$work/payara6"
asadmin="$payara/bin/asadmin"
domain_dir="$payara/glassfish/domains/domain1"
adm=("$asadmin" --host 127.0.0.1 --port "$admin_port")
driver_args=()
profile=""
relay_port="${OTP_BENCH_RELAY_PORT:-25432}"
relay_counts_port=$((relay_port + 1))
relay=""
relay_pid=""

log() { echo "[otp bench] $*"; }
die() { echo "[otp bench] ERROR: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) driver_args+=(-Dbench.quick=true); shift ;;
    --profile) profile=1; shift ;;
    --round-trips) relay=1; shift ;;
    --only) [[ "${2:-}" =~ ^[a-z,]+$ ]] || die "--only takes a comma-separated list of sections"; driver_args+=(-Dbench.only="$2"); shift 2 ;;
    --soak-minutes) [[ "${2:-}" =~ ^[0-9]+$ ]] || die "--soak-minutes takes a number"; driver_args+=(-Dbench.soak-minutes="$2"); shift 2 ;;
    *) die "unknown argument $1 (see the head of $0)" ;;
  esac
done

pg_isready -h 127.0.0.1 -p 5432 -q || die "PostgreSQL does not answer at 127.0.0.1:5432 (see README)"

started=""
stop_server() {
  [[ -n "$started" ]] || return 0
  started=""
  log "stopping Payara"
  "${adm[@]}" undeploy "$app" >/dev/null 2>&1 || true
  "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
}
stop_relay() {
  [[ -n "$relay_pid" ]] || return 0
  kill "$relay_pid" 2>/dev/null || true
  relay_pid=""
}
stop_all() {
  stop_server
  stop_relay
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# --- 1. build ------------------------------------------------------------------------------------
log "building (mvn -B -q install -DskipTests -Pbenchmark)"
(cd "$repo" && ./mvnw -B -q clean install -DskipTests -Pbenchmark)
mkdir -p "$work"
(cd "$here" && "$repo/mvnw" -B -q dependency:build-classpath -Dmdep.outputFile="$work/classpath" >/dev/null)

# --- 2. server -----------------------------------------------------------------------------------
[[ -x "$asadmin" ]] && "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
rm -rf "$payara" "$work"/gatling "$work"/*.pem* "$work"/pepper "$work"/sealing-key "$work"/gsp-keys* "$work"/sms-sink.jsonl
version="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$repo/pom.xml" | head -1)"
log "unpacking Payara Server $version"
"$repo/mvnw" -B -q -N -f "$repo/pom.xml" dependency:unpack -Dartifact="fish.payara.distributions:payara:$version:zip" \
  -DoutputDirectory="$work" -Dmdep.overWriteReleases=true

psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" postgres

db_url="jdbc:postgresql://127.0.0.1:5432/$database"
if [[ -n "$relay" ]]; then
  log "relay to PostgreSQL on 127.0.0.1:$relay_port (counts on $relay_counts_port)"
  java -cp "$here/target/classes" dev.otpserver.benchmark.PostgresRelay "$relay_port" 127.0.0.1:5432 "$relay_counts_port" \
    >"$work/relay.log" 2>&1 &
  relay_pid=$!
  for attempt in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$relay_counts_port") 2>/dev/null && break
    kill -0 "$relay_pid" 2>/dev/null && (( attempt < 50 )) || die "the relay did not start; see $work/relay.log"
    sleep 0.2
  done
  # no TLS: the relay reads the protocol's messages
  db_url="jdbc:postgresql://127.0.0.1:$relay_port/$database?sslmode=disable"
  driver_args+=(-Dbench.relay-counts="127.0.0.1:$relay_counts_port")
fi

# no limits, and codes that live 15 minutes: a verification run uses codes issued up to 5 minutes before it
unlimited=()
for client in BENCH BENCH_GSP; do
  unlimited+=("otp.auth.client.$client.requests-per-minute=100000000" "otp.auth.client.$client.send-limit=100000000"
              "otp.auth.client.$client.send-interval-seconds=0" "otp.auth.client.$client.code-lifetime-seconds=900")
done
"$repo/servers/payara/configure.sh" --payara-home "$payara" --http-port "$http_port" --admin-port "$admin_port" \
  --db postgresql --db-url "$db_url" --smtp-host 127.0.0.1 --smtp-port "$smtp_port" \
  otp.gateway.signing-key.path="$work/server-key.pem" otp.auth.pepper.path="$work/pepper" \
  otp.notification.sealing-key.path="$work/sealing-key" otp.gsp.server-keys.path="$work/gsp-keys.jwks" \
  otp.notification.sms.sink-file="$work/sms-sink.jsonl" otp.secrets.generate-missing=true \
  "${unlimited[@]}" >/dev/null

if [[ -n "$profile" ]]; then
  # JFR keeps 64 frames of a stack by default: too few for a request's EJB and JAX-RS stack
  sed -i 's|<jvm-options>-Xmx[^<]*</jvm-options>|&<jvm-options>-XX:FlightRecorderOptions:stackdepth=256</jvm-options>|' \
    "$domain_dir/config/domain.xml"
fi

log "starting Payara (127.0.0.1:$http_port) and deploying the EAR"
started=1
setsid -w "$asadmin" start-domain domain1 </dev/null >/dev/null || die "start-domain failed; see $domain_dir/logs/server.log"
for attempt in $(seq 1 20); do
  out="$("${adm[@]}" deploy --force=true --name "$app" "$repo/ear/target/otp-server.ear" 2>&1)" && break
  [[ "$out" == *"not yet been started"* && $attempt -lt 20 ]] || die "deployment failed: $out"
  sleep 3
done
waited=0
until curl -s --max-time 5 "http://127.0.0.1:$http_port/health/ready" | grep -q '"status" *: *"UP"'; do
  (( ++waited < 150 )) || die "not ready; see $domain_dir/logs/server.log"
  sleep 2
done

# --- 3. load -------------------------------------------------------------------------------------
server_pid="$(cat "$domain_dir/config/pid")"
classpath="$here/target/classes:$(cat "$work/classpath")"
if [[ -n "$profile" ]]; then
  jcmd "$server_pid" JFR.start name=bench settings=profile filename="$work/server.jfr" >/dev/null
fi
cpu="$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
log "machine: $(nproc) cores ($cpu), $(free -g | awk '/^Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1);" \
  "PostgreSQL $(psql -h 127.0.0.1 -U postgres -Atc 'SHOW server_version' postgres)"
# nodelay: the loopback receiver (JDK HttpServer) writes its answer's headers and body apart; with Nagle on, the
# body waited for the server's delayed ACK, 40 ms per notification
java --add-opens java.base/java.lang=ALL-UNNAMED -Xmx2g -Dsun.net.httpserver.nodelay=true -Dlogback.configurationFile="$here/src/main/resources/driver-logback.xml" \
  -cp "$classpath" \
  -Dbench.base-url="http://127.0.0.1:$http_port" -Dbench.jdbc-url="jdbc:postgresql://127.0.0.1:5432/$database" \
  -Dbench.pepper="$work/pepper" -Dbench.sealing-key="$work/sealing-key" -Dbench.gsp-keys="$work/gsp-keys.jwks" \
  -Dbench.sms-sink="$work/sms-sink.jsonl" -Dbench.server-pid="$server_pid" -Dbench.clock-ticks="$(getconf CLK_TCK)" -Dbench.results="$work" \
  "${driver_args[@]}" dev.otpserver.benchmark.Benchmark
if [[ -n "$profile" ]]; then
  jcmd "$server_pid" JFR.stop name=bench >/dev/null
  java -cp "$classpath" dev.otpserver.benchmark.HotMethods "$work/server.jfr" | tee "$work/hot-methods.txt"
fi
