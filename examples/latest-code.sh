#!/usr/bin/env bash
# Prints the code of the newest message that ./otp run's local sinks received for one destination since a
# given time, waiting up to 15 s for it: SMS from the development SMS sink (.run/sms-sink.jsonl), email from
# the local mail sink's API (GreenMail, http://127.0.0.1:8025). Needs python3 (and curl for email).
#
#   examples/latest-code.sh sms   +15550100002            SINCE     (the channel in either case: SMS, sms)
#   examples/latest-code.sh email demo.shell@example.com  SINCE
#
# SINCE: an ISO-8601 UTC time such as "$(date -u +%FT%TZ)", taken before the call that sends the code, so
# that an older code to the same destination is never printed. Environment: OTP_SMS_SINK (default
# .run/sms-sink.jsonl), OTP_MAIL_API (default http://127.0.0.1:8025).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
channel="$(tr '[:upper:]' '[:lower:]' <<<"${1:?usage: latest-code.sh sms|email DESTINATION SINCE}")"
destination="${2:?usage: latest-code.sh sms|email DESTINATION SINCE}"
since="${3:?usage: latest-code.sh sms|email DESTINATION SINCE}"
sink="${OTP_SMS_SINK:-$here/.run/sms-sink.jsonl}"
mail_api="${OTP_MAIL_API:-http://127.0.0.1:8025}"
[[ "$channel" == sms || "$channel" == email ]] || { echo "latest-code.sh: the channel is sms or email, not $1" >&2; exit 2; }

messages() {
  case "$channel" in
    sms)   cat "$sink" 2>/dev/null || true ;;
    email) curl -sf "$mail_api/api/user/$destination/messages/INBOX" || echo '[]' ;;
  esac
}

# Reads the messages on standard input; prints the newest code sent to the destination at or after SINCE.
newest_code() {
  python3 -c "$(cat <<'PY'
import email, email.utils, json, re, sys
from datetime import datetime
channel, destination, since = sys.argv[1], sys.argv[2], sys.argv[3]
def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
found = []
if channel == "sms":
    for line in sys.stdin:
        sms = json.loads(line)
        if sms["to"] == destination and instant(sms["sentAt"]) >= instant(since):
            found.append((instant(sms["sentAt"]), sms["text"]))
else:
    for mail in json.load(sys.stdin):
        message = email.message_from_string(mail["mimeMessage"])
        received = email.utils.parsedate_to_datetime(message["Date"])
        text = next(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
                    for part in message.walk() if part.get_content_type() == "text/plain")
        if received >= instant(since).replace(microsecond=0):
            found.append((received, text))
codes = [re.search(r"\b(\d{4,10})\b", text) for _, text in sorted(found, key=lambda each: each[0])]
codes = [code.group(1) for code in codes if code]
if codes:
    print(codes[-1])
PY
)" "$channel" "$destination" "$since"
}

for _ in $(seq 1 30); do
  code="$(messages | newest_code)"
  if [[ -n "$code" ]]; then
    echo "$code"
    exit 0
  fi
  sleep 0.5
done
echo "latest-code.sh: no $channel to $destination since $since (is ./otp run up?)" >&2
exit 1
