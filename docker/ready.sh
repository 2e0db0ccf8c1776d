#!/bin/sh
# Health check of the OTP server images: ready.sh URL [MARKER]
# Succeeds when the MicroProfile Health readiness URL answers 200 (every check UP) with the application's own
# check "database" in the answer (before the EAR is deployed, the server's answer has no such check).
# MARKER (Payara): a file that the entrypoint creates once the EAR is deployed; while it is missing, the URL
# is not asked at all, because on Payara 6.2025.10 a readiness probe during the deployment leaves the check
# "database" DOWN (NullPointerException) until the next restart.
#   Payara:  ready.sh http://127.0.0.1:8080/health/ready /tmp/otp-server.deployed
#   WildFly: ready.sh http://127.0.0.1:9990/health/ready
url="${1:-http://127.0.0.1:8080/health/ready}"
marker="${2:-}"
if [ -n "$marker" ] && [ ! -e "$marker" ]; then
  echo "not deployed yet ($marker is missing)" >&2
  exit 1
fi
body="$(curl -fsS --max-time 5 "$url")" || exit 1
case "$body" in
  *'"database"'*) exit 0 ;;
  *) echo "no check \"database\" in: $body" >&2; exit 1 ;;
esac
