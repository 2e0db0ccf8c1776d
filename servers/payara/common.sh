# What `./otp run` (run.sh) and `./otp cluster` (cluster.sh) share, sourced by both. The caller sets
# $repo, $ear and defines log and die.

# The EAR built afresh (mvn -B -q clean install -DskipTests: no class of a deleted source left in it) when it is
# missing or older than a source or pom; $1 is a folder the search skips (the caller's run data).
build_ear() {
  local changed=""
  if [[ -f "$ear" ]]; then
    changed="$(find "$repo" \( -path "$1" -o -name target -o -name .git -o -name .run \) -prune -o \
      -type f \( -name pom.xml -o -path '*/src/main/*' \) -newer "$ear" -print -quit)"
  fi
  if [[ ! -f "$ear" || -n "$changed" ]]; then
    log "building the EAR (mvn -B -q clean install -DskipTests: no class of a deleted source left in the EAR)"
    (cd "$repo" && ./mvnw -B -q clean install -DskipTests)
  fi
  [[ -f "$ear" ]] || die "the build made no $ear"
}

# Payara Server ${payara.version} of the root pom unpacked into $1/payara6, once per version; $2 is a command that
# stops the domains of an older version first.
unpack_payara() {
  local dir="$1" stop="$2" version
  version="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$repo/pom.xml" | head -1)"
  [[ -n "$version" ]] || die "no <payara.version> in $repo/pom.xml"
  if [[ ! -x "$dir/payara6/bin/asadmin" || "$(cat "$dir/payara.version" 2>/dev/null)" != "$version" ]]; then
    $stop
    rm -rf "$dir/payara6" "$dir/payara.version"
    log "unpacking Payara Server $version into $dir/payara6"
    "$repo/mvnw" -B -q -N -f "$repo/pom.xml" dependency:unpack \
      -Dartifact="fish.payara.distributions:payara:$version:zip" \
      -DoutputDirectory="$dir" -Dmdep.overWriteReleases=true
    [[ -x "$dir/payara6/bin/asadmin" ]] || die "no $dir/payara6/bin/asadmin after unpacking"
    echo "$version" > "$dir/payara.version"
  fi
}

# The secret kept in file $1, made (random, mode 600) on first use.
generated_secret() {
  if [[ ! -s "$1" ]]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$1")
  fi
  cat "$1"
}

# GreenMail standalone of the root pom (fetched once into $1) listening for SMTP on 127.0.0.1:$2 with its API on
# 127.0.0.1:$3, in the background, logging to $4; sets mail_sink_pid.
start_mail_sink() {
  local version jar
  version="$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' "$repo/pom.xml" | head -1)"
  jar="$1/greenmail-standalone-$version.jar"
  if [[ ! -f "$jar" ]]; then
    log "fetching GreenMail standalone $version (the local mail sink)"
    "$repo/mvnw" -B -q -N -f "$repo/pom.xml" dependency:copy \
      -Dartifact="com.icegreen:greenmail-standalone:$version" -DoutputDirectory="$1"
  fi
  setsid java -Dgreenmail.smtp.port="$2" -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$3" \
    -jar "$jar" </dev/null >"$4" 2>&1 &
  mail_sink_pid=$!
}

http_get() {
  if command -v curl >/dev/null; then
    curl -s --max-time 5 "$1"
  else
    local rest="${1#http://}" hostport path
    hostport="${rest%%/*}" path="/${rest#*/}"
    exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}" && printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3 && cat <&3
  fi
}

# Waits up to $2 seconds until the readiness URL $1 answers UP.
wait_ready() {
  local until=$((SECONDS + $2))
  until http_get "$1" 2>/dev/null | grep -q '"status" *: *"UP"'; do
    (( SECONDS < until )) || return 1
    sleep 2
  done
}

# Deploys $ear as otp-server with the asadmin command line "$@" (host, port, user, password file); right after
# start-domain the web container may not be up yet: waits and retries.
deploy_ear() {
  log "deploying $ear"
  local attempt out
  for attempt in $(seq 1 20); do
    if out="$("$@" deploy --force=true --name otp-server "$ear" 2>&1)"; then
      return 0
    fi
    if [[ "$out" == *"not yet been started"* && $attempt -lt 20 ]]; then
      sleep 3
      continue
    fi
    echo "$out" >&2
    return 1
  done
}
