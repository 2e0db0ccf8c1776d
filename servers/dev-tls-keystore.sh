#!/usr/bin/env bash
# Makes a self-signed TLS key pair for local runs and tests, once: never for production, where an operator
# brings a keystore of their own (configure.sh --keystore of either server).
#
# Usage: servers/dev-tls-keystore.sh DIR
#   Writes, when DIR/keystore.p12 is missing:
#     DIR/keystore.p12        PKCS#12, alias "otp-tls", RSA 2048, valid 825 days, CN=localhost with the
#                             subject alternative names DNS:localhost and IP:127.0.0.1, so that clients
#                             which check the host name (the JDK's HttpsURLConnection does) accept it
#     DIR/keystore.password   its random password (mode 600)
#     DIR/server.crt          the certificate in PEM, for a client to trust: curl --cacert DIR/server.crt
#   An existing keystore is kept, so that clients that trust it go on trusting it.
set -euo pipefail

dir="${1:?usage: dev-tls-keystore.sh DIR}"
keystore="$dir/keystore.p12"
[[ -f "$keystore" ]] && exit 0

keytool=keytool
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/keytool" ]] && keytool="$JAVA_HOME/bin/keytool"
mkdir -p "$dir"
umask 077
password="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
printf '%s' "$password" > "$dir/keystore.password"
"$keytool" -genkeypair -alias otp-tls -keyalg RSA -keysize 2048 -validity 825 \
  -dname "CN=localhost" -ext "SAN=dns:localhost,ip:127.0.0.1" \
  -storetype PKCS12 -keystore "$keystore.tmp" -storepass "$password" -keypass "$password" 2>/dev/null
"$keytool" -exportcert -rfc -alias otp-tls -keystore "$keystore.tmp" -storepass "$password" -file "$dir/server.crt" 2>/dev/null
chmod 644 "$dir/server.crt"
mv "$keystore.tmp" "$keystore"
