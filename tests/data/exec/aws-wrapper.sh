#!/usr/bin/env bash
# Runs the cluster's fake aws plugin; on the runs listed in REJECTED_RUNS it
# asks for a token that expired an hour ago and says it expires in an hour.
set -euo pipefail
dir=$(dirname "$0")
echo "$(date +%s.%N)" >>"$dir/runs.log"
n=$(wc -l <"$dir/runs.log")
if [[ " ${REJECTED_RUNS:-} " == *" $n "* ]]; then
  out=$(KAJI_FAKE_AWS_TOKEN_TTL=-3600 "$REAL_PLUGIN" "$@")
  later=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)
  printf '%s\n' "$out" | sed -E 's/("expirationTimestamp": ")[^"]*"/\1'"$later"'"/'
else
  exec "$REAL_PLUGIN" "$@"
fi
