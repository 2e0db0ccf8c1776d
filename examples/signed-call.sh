#!/usr/bin/env bash
# Makes one signed call to the Ant-gateway APIs as the demo partner DEMO_CLIENT, the way a partner SDK does,
# and verifies the server's signature on the answer. Needs curl and openssl.
#
#   examples/signed-call.sh [PATH] [BODY]
#   examples/signed-call.sh /amsin/api/v1/business/worldcard/queryOtpConfig '{}'
#
# Environment: OTP_URL (default https://localhost:8181), OTP_CA (the certificate to trust for HTTPS, default
# .run/tls/server.crt as made by ./otp run), OTP_CLIENT_ID (default DEMO_CLIENT),
# OTP_CLIENT_KEY (default servers/seed/demo-client-private.pem), OTP_SERVER_KEY (the server's public key,
# default .run/server-key.pem.pub as written by ./otp run).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
path="${1:-/amsin/api/v1/business/worldcard/queryOtpConfig}"
body="${2:-{\}}"
url="${OTP_URL:-https://localhost:8181}"
ca="${OTP_CA:-$here/.run/tls/server.crt}"
client="${OTP_CLIENT_ID:-DEMO_CLIENT}"
key="${OTP_CLIENT_KEY:-$here/servers/seed/demo-client-private.pem}"
server_key="${OTP_SERVER_KEY:-$here/.run/server-key.pem.pub}"
time="$(date +%s%3N)"

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read(), safe=""))'; }

signature="$(printf 'POST %s\n%s.%s.%s' "$path" "$client" "$time" "$body" \
  | openssl dgst -sha256 -sign "$key" | base64 -w0 | urlencode)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
trust=()
[[ -f "$ca" ]] && trust=(--cacert "$ca")
curl -sS "${trust[@]}" -D "$work/headers" -o "$work/body" -X POST "$url$path" \
  -H "Content-Type: application/json; charset=UTF-8" \
  -H "Client-Id: $client" -H "Request-Time: $time" \
  -H "Signature: algorithm=RSA256,keyVersion=1,signature=$signature" \
  --data-binary "$body"

cat "$work/body"; echo
header() { grep -i "^$1:" "$work/headers" | head -n 1 | cut -d' ' -f2- | tr -d '\r'; }
if [ -f "$server_key" ]; then
  response_time="$(header Response-Time)"
  header Signature | sed 's/.*signature=//' \
    | python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.stdin.read().strip()))' \
    | base64 -d > "$work/signature"
  { printf 'POST %s\n%s.%s.' "$path" "$(header Client-Id)" "$response_time"; cat "$work/body"; } > "$work/signed"
  openssl dgst -sha256 -verify "$server_key" -signature "$work/signature" "$work/signed" >/dev/null \
    && echo "Response signature: verified with $server_key" \
    || { echo "Response signature: DOES NOT VERIFY" >&2; exit 1; }
fi
