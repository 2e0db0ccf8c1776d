#!/usr/bin/env bash
# ./otp containers: builds every image of docker/ from the current EAR and WAR and runs docker/compose.yaml for
# real, with podman, on a machine that has neither a Docker daemon nor Docker Hub (docker/README.md, "Built and
# run by ./otp containers"). As root (apt-get, debootstrap, rootful podman):
#
#   docker/containers.sh [--fresh] [--build-only]
#
#   1. installs what is missing (apt-get update, then podman, runc, podman-compose, debootstrap, ...)
#   2. makes the base images locally, once: Debian bookworm by debootstrap, then stand-ins for the Docker Hub
#      images (docker/local/: a JDK, a JRE, Maven, PostgreSQL 15, GreenMail); --fresh makes them again and
#      builds the server images without podman's layer cache
#   3. builds the EAR and the WAR (mvn install), then each server image with podman-compose build, and
#      HAProxy's image (docker/haproxy/) with podman build
#   4. starts postgres, mail, payara, wildfly and micro (podman-compose up, with the demo data, an admin user
#      and HTTPS from a keystore put on the secrets volumes), waits for each health check
#   5. against each server: examples/FirstCall.java (/ams), examples/signed-call.sh queryOtpConfig over HTTPS
#      (/amsin), docker/check/PaymentIntegratorCall.java (/gsp, JWS and JWE), a code sent before a restart
#   6. stops each server with SIGTERM and starts it again: clean exit, same secrets, the code verifies
#   7. a second Payara Server node on the same database and secrets (service payara-2): a code sent by
#      email through node 1 verifies on node 2; then HAProxy in front of both (service haproxy): readiness
#      UP through it, a code sent and verified through it, examples/FirstCall.java through it
#   8. stops and removes the containers, volumes and network it started (the images stay), and prints one line
#      per image: built in, size, ready in, calls passed
#
# Exit status 0 only when every image built, became ready twice and passed every call. Bounded: each build
# by OTP_CONTAINERS_BUILD_TIMEOUT (default 1800 s), each wait for readiness by OTP_CONTAINERS_READY_TIMEOUT
# (default 900 s). Logs: OTP_CONTAINERS_WORK/logs (default /var/tmp/otp-containers/logs).
#
# Everything podman needs that Docker does not lives here: the runtime runc and cgroupfs (crun fails on these
# machines), rlimits the sandbox allows, images built in Docker format (an OCI image drops HEALTHCHECK), the
# stand-in images named by the compose file's variables OTP_POSTGRES_IMAGE and OTP_MAIL_IMAGE, and the health
# checks run by this script (podman runs them on systemd timers, which these machines lack). The host ports
# are the compose file's variables, all on 127.0.0.1; set any of them to move it:
#   OTP_PAYARA_PORT 21080  OTP_PAYARA_HTTPS_PORT 21443  OTP_PAYARA_2_PORT 21083  OTP_PAYARA_2_HTTPS_PORT 21445
#   OTP_WILDFLY_PORT 21081  OTP_WILDFLY_HTTPS_PORT 21444  OTP_WILDFLY_MANAGEMENT_PORT 21091
#   OTP_MICRO_PORT 21082  OTP_MAIL_API_PORT 21025  OTP_HAPROXY_PORT 21090
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
compose_file="$repo/docker/compose.yaml"
work="${OTP_CONTAINERS_WORK:-/var/tmp/otp-containers}"
project="${OTP_CONTAINERS_PROJECT:-otp-containers}"
build_timeout="${OTP_CONTAINERS_BUILD_TIMEOUT:-1800}"
ready_timeout="${OTP_CONTAINERS_READY_TIMEOUT:-900}"
debian_mirror="${OTP_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
logs="$work/logs" run="$work/run"
fresh="" build_only=""
for option in "$@"; do
  case "$option" in
    --fresh) fresh=1 ;;
    # steps 1 to 3 only, what CI runs after ./otp test: every image built, none started
    --build-only) build_only=1 ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2 ;;
  esac
done

export OTP_PAYARA_PORT="${OTP_PAYARA_PORT:-21080}" OTP_PAYARA_HTTPS_PORT="${OTP_PAYARA_HTTPS_PORT:-21443}"
export OTP_HAPROXY_PORT="${OTP_HAPROXY_PORT:-21090}"
export OTP_PAYARA_2_PORT="${OTP_PAYARA_2_PORT:-21083}" OTP_PAYARA_2_HTTPS_PORT="${OTP_PAYARA_2_HTTPS_PORT:-21445}"
export OTP_WILDFLY_PORT="${OTP_WILDFLY_PORT:-21081}" OTP_WILDFLY_HTTPS_PORT="${OTP_WILDFLY_HTTPS_PORT:-21444}"
export OTP_WILDFLY_MANAGEMENT_PORT="${OTP_WILDFLY_MANAGEMENT_PORT:-21091}"
export OTP_MICRO_PORT="${OTP_MICRO_PORT:-21082}" OTP_MAIL_API_PORT="${OTP_MAIL_API_PORT:-21025}"

# The stand-ins for Docker Hub's images, made by this script (docker/local/).
debian_image=localhost/otp-debian:bookworm
jdk_image=localhost/otp-jdk:17
jre_image=localhost/otp-jre:17
maven_image=localhost/otp-maven:3
export OTP_POSTGRES_IMAGE=localhost/otp-postgres:15 OTP_MAIL_IMAGE=localhost/otp-greenmail:2.1.13

servers=(payara wildfly micro)
declare -A http_port=([payara]=$OTP_PAYARA_PORT [wildfly]=$OTP_WILDFLY_PORT [micro]=$OTP_MICRO_PORT
                      [payara-2]=$OTP_PAYARA_2_PORT [haproxy]=$OTP_HAPROXY_PORT)
# Payara Micro serves no HTTPS (servers/payara-micro/run.sh), so its signed calls go over HTTP.
declare -A https_url=([payara]=https://localhost:$OTP_PAYARA_HTTPS_PORT [wildfly]=https://localhost:$OTP_WILDFLY_HTTPS_PORT
                      [micro]=http://127.0.0.1:$OTP_MICRO_PORT)
haproxy_image=otp-haproxy:latest
declare -A image_of=([payara]=otp-server-payara:latest [wildfly]=otp-server-wildfly:latest [micro]=otp-server-micro:latest)
declare -A built size ready ready_again calls_passed calls_total stop_note
# A server whose start failed: its checks are counted, not run.
declare -A down
failures=0
started=$(date +%s)

log() { printf '[%s] %s\n' "$(elapsed "$started")" "$*"; }
die() { echo "containers: $*" >&2; exit 1; }
elapsed() { duration $(( $(date +%s) - $1 )); }
duration() { if (( $1 >= 60 )); then printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); else printf '%ds' "$1"; fi; }
container() { echo "${project}_$1_1"; }
compose() { podman-compose -p "$project" -f "$compose_file" "$@"; }
random() { head -c 12 /dev/urandom | base64 | tr '+/' '-_'; }
# Codes live 30 minutes here (the setting otp.auth.code-lifetime-seconds, 300 by default): the code sent before
# the restart is verified after it, and a restart on a busy machine has taken over 5 minutes.
compose_up() {
  compose --podman-run-args="--env OTP_AUTH_CODE_LIFETIME_SECONDS=1800" up -d "$@" >> "$logs/compose.log" 2>&1 \
    || die "podman-compose up $* failed ($logs/compose.log)"
}

# --- 1. what it needs ---------------------------------------------------------------------------------------
install_tools() {
  [[ $EUID -eq 0 ]] || die "run as root: it installs packages, runs debootstrap and rootful podman"
  local missing=() pair
  for pair in podman:podman runc:runc podman-compose:podman-compose debootstrap:debootstrap curl:curl \
              openssl:openssl python3:python3 java:openjdk-17-jdk-headless; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
  done
  if (( ${#missing[@]} )); then
    log "installing ${missing[*]}"
    apt-get update -q > "$logs/apt.log" 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >> "$logs/apt.log" 2>&1 \
      || { tail -20 "$logs/apt.log"; die "apt-get install failed"; }
  fi
}

# Podman's settings for this script only (CONTAINERS_CONF): runc with cgroupfs, since crun fails here on
# rlimits and hybrid cgroups, and rlimits no higher than the sandbox lets a container set.
podman_settings() {
  local nofile
  nofile="$(ulimit -Hn)"
  [[ "$nofile" == unlimited ]] && nofile=65536
  cat > "$work/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=16384:16384"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
  export CONTAINERS_CONF="$work/containers.conf"
  # HEALTHCHECK is part of the Docker image format only.
  export BUILDAH_FORMAT=docker
}

# --- 2. base images -----------------------------------------------------------------------------------------
# Debian bookworm, minimal, trusting what the host trusts (its local CA certificates, e.g. an HTTPS proxy's),
# so that apt and Maven work inside the builds as they do on the host.
debian_base() {
  local rootfs="$work/rootfs"
  rm -rf "$rootfs"
  debootstrap --variant=minbase bookworm "$rootfs" "$debian_mirror" > "$logs/debootstrap.log" 2>&1 \
    || { tail -20 "$logs/debootstrap.log"; return 1; }
  mkdir -p "$rootfs/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/" 2>/dev/null || true
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | podman import --change 'CMD ["bash"]' - "$debian_image" >> "$logs/debootstrap.log" 2>&1
  rm -rf "$rootfs"
}

# Builds IMAGE with podman build ARGS... unless it exists (and no --fresh); records the time and the size.
base_image() {
  local image="$1"; shift
  local t0
  t0=$(date +%s)
  if [[ -z "$fresh" ]] && podman image exists "$image"; then
    built[$image]=cached
  else
    log "making $image"
    if [[ "$1" == debootstrap ]]; then
      debian_base || die "debootstrap failed ($logs/debootstrap.log)"
    else
      timeout "$build_timeout" podman build -t "$image" "$@" > "$logs/build-${image//[\/:]/_}.log" 2>&1 \
        || { tail -30 "$logs/build-${image//[\/:]/_}.log"; die "building $image failed"; }
    fi
    built[$image]="$(elapsed "$t0")"
  fi
  size[$image]="$(image_size "$image")"
}

image_size() { podman image inspect --format '{{.Size}}' "$1" | awk '{ printf "%d MB", $1 / 1000000 }'; }

base_images() {
  local here="$repo/docker/local"
  base_image "$debian_image" debootstrap
  base_image "$jdk_image" --build-arg "DEBIAN_IMAGE=$debian_image" -f "$here/jdk.Containerfile" "$here"
  base_image "$jre_image" --build-arg "DEBIAN_IMAGE=$debian_image" -f "$here/jre.Containerfile" "$here"
  base_image "$maven_image" --build-arg "JDK_IMAGE=$jdk_image" -f "$here/maven.Containerfile" "$here"
  base_image "$OTP_POSTGRES_IMAGE" --build-arg "DEBIAN_IMAGE=$debian_image" "$here/postgres"
  base_image "$OTP_MAIL_IMAGE" --build-arg "MAVEN_IMAGE=$maven_image" --build-arg "JRE_IMAGE=$jre_image" "$here/greenmail"
}

# --- 3. the server images -----------------------------------------------------------------------------------
artifacts() {
  log "building the EAR and the WAR (mvn -B -q clean install -DskipTests: no class of a deleted source left in the EAR)"
  (cd "$repo" && timeout "$build_timeout" ./mvnw -B -q clean install -DskipTests > "$logs/maven.log" 2>&1) \
    || { tail -30 "$logs/maven.log"; die "the Maven build failed"; }
  # What docker/check/PaymentIntegratorCall.java runs on: common (JoseEnvelope) and its libraries.
  (cd "$repo" && ./mvnw -B -q -pl common dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$run/classpath.txt" >> "$logs/maven.log" 2>&1) || die "no classpath of common"
  echo "$repo/common/target/classes:$(cat "$run/classpath.txt")" > "$run/classpath.txt"
}

server_images() {
  local server t0 no_cache=()
  [[ -n "$fresh" ]] && no_cache=(--no-cache)
  for server in "${servers[@]}"; do
    log "building ${image_of[$server]}"
    t0=$(date +%s)
    if timeout "$build_timeout" podman-compose -p "$project" -f "$compose_file" build "${no_cache[@]}" \
         --build-arg "MAVEN_IMAGE=$maven_image" --build-arg "JDK_IMAGE=$jdk_image" --build-arg "JRE_IMAGE=$jre_image" \
         "$server" > "$logs/build-$server.log" 2>&1 && podman image exists "${image_of[$server]}"; then
      built[$server]="$(elapsed "$t0")"
      size[$server]="$(image_size "${image_of[$server]}")"
    else
      tail -30 "$logs/build-$server.log"
      die "building ${image_of[$server]} failed ($logs/build-$server.log)"
    fi
  done
}

# --- 4. start and wait --------------------------------------------------------------------------------------
# A new start each run: whatever an interrupted run left is removed first.
remove_all() {
  local server
  for server in haproxy payara-2 "${servers[@]}"; do
    podman container exists "$(container "$server")" && podman stop -t 90 "$(container "$server")" >/dev/null 2>&1
  done
  compose down -v >> "$logs/compose.log" 2>&1 || true
  podman volume ls -q --filter "label=io.podman.compose.project=$project" | xargs -r podman volume rm -f >/dev/null
  podman network exists "${project}_default" && podman network rm -f "${project}_default" >/dev/null
  return 0
}

# The settings the compose file hands over from the shell: demo data, an admin user of the admin API, HTTPS
# with a keystore (made once, self-signed for localhost) that an operator would put on the secrets volume.
environment() {
  OTP_ADMIN_PASSWORD="admin-$(random)" OTP_DB_PASSWORD="db-$(random)"
  bash "$repo/servers/dev-tls-keystore.sh" "$run/tls"
  OTP_TLS_KEYSTORE_PASSWORD="$(cat "$run/tls/keystore.password")"
  export OTP_SEED_FILE=/opt/otp/servers/seed/demo-seed.json OTP_ADMIN_USER=otp-admin OTP_ADMIN_PASSWORD OTP_DB_PASSWORD
  export OTP_TLS_KEYSTORE=/var/lib/otp/secrets/tls.p12 OTP_TLS_KEYSTORE_PASSWORD
  local server volume
  for server in payara wildfly; do
    volume="${project}_${server}-secrets"
    podman volume create --label "io.podman.compose.project=$project" --label "com.docker.compose.project=$project" \
      "$volume" >/dev/null
    # Written by the image's own user, as the operator would: docker run -i ... sh -c 'cat > ...'
    podman run --rm -i -v "$volume:/var/lib/otp/secrets" --entrypoint sh "${image_of[$server]}" \
      -c 'umask 077; cat > /var/lib/otp/secrets/tls.p12' < "$run/tls/keystore.p12" 2>> "$logs/compose.log"
  done
}

# Runs the image's own health check (HEALTHCHECK, also compose's healthcheck) until it passes.
wait_healthy() {
  local name="$1" deadline=$(( $(date +%s) + ready_timeout ))
  until podman healthcheck run "$(container "$name")" >/dev/null 2>&1; do
    if [[ "$(podman inspect --format '{{.State.Running}}' "$(container "$name")" 2>/dev/null)" != true ]] \
       || (( $(date +%s) > deadline )); then
      echo "--- $(container "$name"): not ready; its last log lines:"; podman logs --tail 40 "$(container "$name")" 2>&1
      return 1
    fi
    sleep 5
  done
}

wait_mail() {
  local deadline=$(( $(date +%s) + ready_timeout ))
  until curl -sf -o /dev/null "http://127.0.0.1:$OTP_MAIL_API_PORT/api/service/readiness"; do
    (( $(date +%s) < deadline )) || return 1
    sleep 3
  done
}

# Waits for each of NAMES at once (they start together), recording into the array named by $1 how long each
# took since T0; one that stops or times out is marked down.
wait_all() {
  local into="$1" t0="$2"; shift 2
  local name pending=("$@") still deadline=$(( $(date +%s) + ready_timeout ))
  while (( ${#pending[@]} )); do
    still=()
    for name in "${pending[@]}"; do
      if podman healthcheck run "$(container "$name")" >/dev/null 2>&1; then
        printf -v "${into}[$name]" '%s' "$(elapsed "$t0")"
        log "$name ready after $(elapsed "$t0")"
      elif [[ "$(podman inspect --format '{{.State.Running}}' "$(container "$name")")" != true ]] || (( $(date +%s) > deadline )); then
        log "$name NOT ready after $(elapsed "$t0"); its last log lines:"
        podman logs --tail 40 "$(container "$name")" 2>&1 | sed 's/^/    /'
        printf -v "${into}[$name]" 'FAILED'
        down[$name]=1
        failures=$((failures + 1))
      else
        still+=("$name")
      fi
    done
    pending=("${still[@]}")
    (( ${#pending[@]} )) && sleep 5
  done
  return 0
}

start_all() {
  log "starting postgres, mail, ${servers[*]} (podman-compose up -d)"
  local t0
  t0=$(date +%s)
  compose_up postgres mail "${servers[@]}"
  wait_healthy postgres || die "PostgreSQL did not become ready"
  ready[postgres]="$(elapsed "$t0")"
  wait_mail || die "GreenMail's API did not answer"
  ready[mail]="$(elapsed "$t0")"
  wait_all ready "$t0" "${servers[@]}"
  local server
  for server in "${servers[@]}"; do
    podman cp "$(container "$server"):/var/lib/otp/secrets/server-key.pem.pub" "$run/$server-server-key.pem.pub"
    podman cp "$(container "$server"):/var/lib/otp/secrets/gsp-keys.jwks.pub" "$run/$server-gsp-keys.jwks.pub"
  done
}

# --- 5. the calls -------------------------------------------------------------------------------------------
# The host path of a file the server writes: on a volume (its mount point) or in the container's own layer
# (podman mount), so that a check reads it live, as FirstCall reads .run/sms-sink.jsonl.
host_path() {
  local name="$1" path="$2" destination source
  while IFS='=' read -r destination source; do
    [[ -n "$destination" && "$path" == "$destination"/* ]] && { echo "$source${path#"$destination"}"; return; }
  done < <(podman inspect --format '{{range .Mounts}}{{.Destination}}={{.Source}}{{"\n"}}{{end}}' "$(container "$name")")
  echo "$(podman mount "$(container "$name")")$path"
}

# The server behind a name: payara-2 and HAProxy's nodes share payara's secrets volume and database.
installation() { case "$1" in payara-2|haproxy) echo payara ;; *) echo "$1" ;; esac; }
sms_sink() { host_path "$(installation "$1")" /var/lib/otp/sms-sink.jsonl; }
# The server's public signing key, as copied from its secrets volume.
server_key() { echo "$run/$(installation "$1")-server-key.pem.pub"; }

# Runs one check of a server, worth CALLS signed calls: its output to the log, one line to the console.
check() {
  local server="$1" calls="$2" name="$3"; shift 3
  local result=passed
  echo "=== $name" >> "$logs/calls-$server.log"
  if [[ -n "${down[$server]:-}" ]]; then
    result="not run (the server is down)"
  elif "$@" >> "$logs/calls-$server.log" 2>&1; then
    calls_passed[$server]=$(( ${calls_passed[$server]:-0} + calls ))
  else
    result="FAILED ($logs/calls-$server.log)"
    failures=$((failures + 1))
  fi
  calls_total[$server]=$(( ${calls_total[$server]:-0} + calls ))
  log "  $server: $name: $result"
}

# examples/signed-call.sh against a server as DEMO_CLIENT; succeeds when the answer is signed and its
# resultStatus is S (and, given EXPECTED, contains it too).
signed() {
  local url="$1" key="$2" path="$3" body="$4" expected="${5:-}" answer
  answer="$(OTP_URL="$url" OTP_CA="$run/tls/server.crt" OTP_SERVER_KEY="$key" \
    "$repo/examples/signed-call.sh" "$path" "$body")" || return 1
  echo "$answer"
  [[ "$answer" == *'"resultStatus":"S"'* && "$answer" == *"Response signature: verified"* \
     && "$answer" == *"$expected"* ]]
}

first_call() {
  java "$repo/examples/FirstCall.java" --url "http://127.0.0.1:${http_port[$1]}" \
    --server-key "$(server_key "$1")" --sms-sink "$(sms_sink "$1")"
}

query_otp_config() {
  signed "${https_url[$1]}" "$(server_key "$1")" /amsin/api/v1/business/worldcard/queryOtpConfig '{}' \
    '"otpApiNotifyPreference"'
}

payment_integrator() {
  java -cp "$(cat "$run/classpath.txt")" "$repo/docker/check/PaymentIntegratorCall.java" \
    "http://127.0.0.1:${http_port[$1]}" "$run/$1-gsp-keys.jwks.pub" "$OTP_ADMIN_USER:$OTP_ADMIN_PASSWORD" \
    DEMO_CLIENT +15550109999 "$(sms_sink "$1")"
}

# initAuthentication by CHANNEL for a demo user through server NODE; the code read from the sink (SMS) or
# GreenMail (EMAIL) goes to $run/CHECK.code, the request id to $run/CHECK.id.
send_code() {
  local node="$1" channel="$2" token="$3" destination="$4" check="$5" id since
  id="containers-$check-$(date +%s%N)"; since="$(date -u +%FT%TZ)"
  signed "http://127.0.0.1:${http_port[$node]}" "$(server_key "$node")" /ams/api/v1/users/initAuthentication \
    '{"authenticationType":"OTP","authenticationRequestId":"'"$id"'","authenticationChannelType":"'"$channel"'","userIdentityType":"WALLET_TOKEN","userIdentityValue":"'"$token"'"}' \
    || return 1
  echo "$id" > "$run/$check.id"
  OTP_SMS_SINK="$(sms_sink "$node")" OTP_MAIL_API="http://127.0.0.1:$OTP_MAIL_API_PORT" \
    "$repo/examples/latest-code.sh" "${channel,,}" "$destination" "$since" > "$run/$check.code" || return 1
  echo "code: $(cat "$run/$check.code")"
}

verify_code() {
  local node="$1" check="$2"
  signed "http://127.0.0.1:${http_port[$node]}" "$(server_key "$node")" /ams/api/v1/users/verifyAuthentication \
    '{"authenticationType":"OTP","authenticationRequestId":"'"$(cat "$run/$check.id")"'","authenticationValue":"'"$(cat "$run/$check.code")"'"}' \
    '"isPassed":"true"'
}

# Payara's admin listener (not published) refuses an anonymous caller and takes the password made on first
# start on the secrets volume.
admin_listener() {
  podman exec "$(container payara)" sh -c '
    anonymous="$(curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:4848/management/domain/applications/application)"
    admin="$(curl -s -o /dev/null -w "%{http_code}" -H "Accept: application/json" -u "admin:$(cat /var/lib/otp/secrets/asadmin-password)" \
      http://127.0.0.1:4848/management/domain/applications/application)"
    echo "anonymous: HTTP $anonymous, admin: HTTP $admin"; [ "$anonymous" = 401 ] && [ "$admin" = 200 ]'
}

# Production fit: a user other than root, the secrets on a volume, nothing restarted since it started.
fit() {
  local name user restarts
  name="$(container "$1")"
  user="$(podman exec "$name" id -un)"
  restarts="$(podman inspect --format '{{.RestartCount}}' "$name")"
  echo "user $user, restarts $restarts, mounts: $(podman inspect --format '{{range .Mounts}}{{.Name}}:{{.Destination}} {{end}}' "$name")"
  [[ "$user" != root && "$restarts" == 0 ]] \
    && podman inspect --format '{{range .Mounts}}{{.Type}}:{{.Destination}}{{"\n"}}{{end}}' "$name" \
       | grep -Eq '^volume:/var/lib/otp(/secrets)?$'
}

calls() {
  local server
  for server in "${servers[@]}"; do
    check "$server" 0 "non-root, secrets on a volume, no restart" fit "$server"
    check "$server" 2 "/ams initAuthentication + verifyAuthentication (examples/FirstCall.java, SMS)" first_call "$server"
    check "$server" 1 "/amsin queryOtpConfig over ${https_url[$server]%%:*} (examples/signed-call.sh)" query_otp_config "$server"
    check "$server" 2 "/gsp sendOtp + verifyOtp, JWS and JWE (docker/check/PaymentIntegratorCall.java)" payment_integrator "$server"
    check "$server" 1 "/ams initAuthentication by SMS before the restart" \
      send_code "$server" SMS demo-shell-token +15550100002 "restart-$server"
  done
  check payara 0 "admin listener: anonymous refused, the volume's password taken" admin_listener
}

# --- 6. stop and start --------------------------------------------------------------------------------------
restart_all() {
  local server t0 status up=()
  for server in "${servers[@]}"; do
    [[ -n "${down[$server]:-}" ]] || up+=("$server")
  done
  for server in "${up[@]}"; do
    t0=$(date +%s)
    podman stop -t 90 "$(container "$server")" >/dev/null 2>&1
    status="$(podman inspect --format '{{.State.ExitCode}}' "$(container "$server")")"
    # 143: a JVM that SIGTERM ended after its shutdown hooks ran (Payara Micro runs as the container's process).
    stop_note[$server]="SIGTERM: exit $status in $(elapsed "$t0")"
    log "$server stopped: ${stop_note[$server]}"
    [[ "$status" == 0 || ( "$server" == micro && "$status" == 143 ) ]] || failures=$((failures + 1))
  done
  (( ${#up[@]} )) || return 0
  log "starting ${up[*]} again (podman start)"
  t0=$(date +%s)
  for server in "${up[@]}"; do
    podman start "$(container "$server")" >> "$logs/compose.log" 2>&1 || true
  done
  wait_all ready_again "$t0" "${up[@]}"
  for server in "${servers[@]}"; do
    check "$server" 0 "the same signing key after the restart" same_key "$server" "$server"
    check "$server" 1 "/ams verifyAuthentication after the restart of the code sent before it" verify_code "$server" "restart-$server"
  done
}

# The signing key that NODE publishes now is the one REFERENCE published at its first start.
same_key() {
  local node="$1" reference="$2"
  podman cp "$(container "$node"):/var/lib/otp/secrets/server-key.pem.pub" "$run/$node-server-key.now" \
    && cmp "$run/$reference-server-key.pem.pub" "$run/$node-server-key.now"
}

# --- 7. two nodes -------------------------------------------------------------------------------------------
two_nodes() {
  if [[ -n "${down[payara]:-}" ]]; then
    down[payara-2]=1
  else
    log "starting payara-2, a second node of the Payara installation (podman-compose up -d payara-2)"
    local t0
    t0=$(date +%s)
    compose_up payara-2
    wait_all ready "$t0" payara-2
  fi
  check payara-2 0 "the same signing key as node 1" same_key payara-2 payara
  check payara-2 1 "/ams initAuthentication by EMAIL on node 1 (payara)" \
    send_code payara EMAIL demo-sdk-token demo.sdk@example.com two-nodes
  local sent
  sent=$(date +%s)
  check payara-2 1 "/ams verifyAuthentication of that code on node 2 (payara-2)" verify_code payara-2 two-nodes
  if [[ -z "${down[payara-2]:-}" ]]; then
    log "starting HAProxy in front of both nodes (podman-compose up -d haproxy)"
    compose_up haproxy
  fi
  check payara-2 0 "HAProxy passes readiness UP within 60 s" balanced_ready
  # the same user again: one code every 30 s (otp.auth.send-interval-seconds)
  (( $(date +%s) - sent > 31 )) || sleep $(( sent + 32 - $(date +%s) ))
  check payara-2 1 "/ams initAuthentication by EMAIL through HAProxy" \
    send_code haproxy EMAIL demo-sdk-token demo.sdk@example.com haproxy
  check payara-2 1 "/ams verifyAuthentication of that code through HAProxy" verify_code haproxy haproxy
  check payara-2 2 "/ams initAuthentication + verifyAuthentication through HAProxy (examples/FirstCall.java, SMS)" \
    first_call_balanced
}

# FirstCall through HAProxy: either node may send the text, each into the sink in its own container (not on the
# shared volume, so not sms_sink, which names the installation's), so FirstCall reads a file that both sinks' new
# lines are copied into while it runs.
first_call_balanced() {
  local sink="$run/balanced-sms-sink.jsonl" copier status=0
  : > "$sink"
  # polled every 0.2 s rather than watched, which does not rely on file events through an overlay mount
  tail ---disable-inotify -s 0.2 -q -n 0 -F \
    "$(host_path payara /var/lib/otp/sms-sink.jsonl)" "$(host_path payara-2 /var/lib/otp/sms-sink.jsonl)" \
    >> "$sink" 2>/dev/null &
  copier=$!
  java "$repo/examples/FirstCall.java" --url "http://127.0.0.1:$OTP_HAPROXY_PORT" \
    --server-key "$(server_key payara)" --sms-sink "$sink" || status=$?
  kill "$copier" 2>/dev/null || true
  return "$status"
}

balanced_ready() {
  local until=$(( $(date +%s) + 60 ))
  until curl -s --max-time 5 "http://127.0.0.1:$OTP_HAPROXY_PORT/health/ready" | grep -q '"database" *, *"status" *: *"UP"'; do
    (( $(date +%s) < until )) || return 1
    sleep 2
  done
}

# HAProxy's image, from the Debian image made here (docker/haproxy/); built each run as the server images are
# (podman's layer cache keeps it quick), so that a change of haproxy.cfg is in it.
haproxy_image_built() {
  local t0 no_cache=()
  [[ -n "$fresh" ]] && no_cache=(--no-cache)
  log "building $haproxy_image"
  t0=$(date +%s)
  timeout "$build_timeout" podman build "${no_cache[@]}" -t "$haproxy_image" --build-arg "DEBIAN_IMAGE=$debian_image" \
      -f "$repo/docker/haproxy/Containerfile" "$repo/docker/haproxy" > "$logs/build-haproxy.log" 2>&1 \
    || { tail -30 "$logs/build-haproxy.log"; die "building $haproxy_image failed ($logs/build-haproxy.log)"; }
  built[$haproxy_image]="$(elapsed "$t0")"
  size[$haproxy_image]="$(image_size "$haproxy_image")"
}

# --- 8. the end ---------------------------------------------------------------------------------------------
summary() {
  local server image
  echo
  echo "Images (built: time to build; ready: from podman-compose up to a passing health check; again: after SIGTERM and podman start):"
  for image in "$debian_image" "$jdk_image" "$jre_image" "$maven_image"; do
    printf '  %-34s built %-7s %8s\n' "$image" "${built[$image]:--}" "${size[$image]:--}"
  done
  printf '  %-34s built %-7s %8s  ready %s\n' "$OTP_POSTGRES_IMAGE" "${built[$OTP_POSTGRES_IMAGE]:--}" "${size[$OTP_POSTGRES_IMAGE]:--}" "${ready[postgres]:--}"
  printf '  %-34s built %-7s %8s  ready %s\n' "$OTP_MAIL_IMAGE" "${built[$OTP_MAIL_IMAGE]:--}" "${size[$OTP_MAIL_IMAGE]:--}" "${ready[mail]:--}"
  for server in "${servers[@]}"; do
    printf '  %-34s built %-7s %8s  ready %-7s again %-7s calls passed %d/%d  (%s)\n' "${image_of[$server]}" \
      "${built[$server]:--}" "${size[$server]:--}" "${ready[$server]:--}" "${ready_again[$server]:--}" \
      "${calls_passed[$server]:-0}" "${calls_total[$server]:-0}" "${stop_note[$server]:-not stopped}"
  done
  printf '  %-34s second node of payara: ready %-7s calls passed %d/%d (two through %s, built %s)\n' "${image_of[payara]} (payara-2)" \
    "${ready[payara-2]:--}" "${calls_passed[payara-2]:-0}" "${calls_total[payara-2]:-0}" "$haproxy_image" "${built[$haproxy_image]:--}"
  echo "Total $(elapsed "$started"); logs in $logs."
}

summary_built() {
  local image server
  echo
  echo "Images built (nothing started: --build-only):"
  for image in "$debian_image" "$jdk_image" "$jre_image" "$maven_image" "$OTP_POSTGRES_IMAGE" "$OTP_MAIL_IMAGE" "$haproxy_image"; do
    printf '  %-34s built %-7s %8s\n' "$image" "${built[$image]:--}" "$(image_size "$image")"
  done
  for server in "${servers[@]}"; do
    printf '  %-34s built %-7s %8s\n' "${image_of[$server]}" "${built[$server]:--}" "${size[$server]:--}"
  done
  echo "Total $(elapsed "$started"); logs in $logs."
}

cleanup() {
  trap - EXIT INT TERM
  if [[ -n "${CONTAINERS_CONF:-}" ]]; then
    log "stopping and removing the containers, volumes and network of project $project"
    remove_all
    podman image prune -f >/dev/null 2>&1 || true
  fi
}

main() {
  mkdir -p "$logs" "$run"
  rm -f "$logs"/*.log "$run"/*.code "$run"/*.id
  install_tools
  podman_settings
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  remove_all
  base_images
  artifacts
  server_images
  haproxy_image_built
  if [[ -n "$build_only" ]]; then
    summary_built
    return
  fi
  environment
  start_all
  calls
  restart_all
  two_nodes
  cleanup
  summary
  (( failures == 0 )) || { echo "containers: $failures check(s) FAILED" >&2; exit 1; }
}

main
