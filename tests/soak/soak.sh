#!/usr/bin/env bash
# The soak run: the whole app (kaji_soak, offscreen) against the local cluster
# of STATE_DIR for MINUTES while this script churns pods and injects faults
# with tests/cluster/knobs.sh on a schedule spread over the run. See README.md.
#
#   soak.sh STATE_DIR MINUTES
#
# Environment:
#   KAJI_SOAK_BIN         kaji_soak (default: build/tests/soak/kaji_soak of this tree)
#   KAJI_SOAK_RATE        churn ops/s (default 30: what the local cluster held through
#                         API server restarts, see tests/cluster/README.md)
#   KAJI_SOAK_RESTARTS    API server restarts (default 20)
#   KAJI_SOAK_COMPACTIONS etcd compactions that expire watches (default 5)
#   KAJI_SOAK_KWOK        kwok restarts (default 3)
#   KAJI_SOAK_KIND        the other table kept open (default nodes)
#
# Exit code: kaji_soak's (0: nothing lost, duplicated, corrupted or diverged),
# 3 when kaji_soak crashed (killed by a signal), 4 when the setup failed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
knobs=$root/tests/cluster/knobs.sh

(($# == 2)) || { echo "usage: soak.sh STATE_DIR MINUTES" >&2; exit 2; }
state=$(realpath -m -- "$1")
minutes=$2
[[ $minutes =~ ^[0-9]+$ ]] && ((minutes >= 2)) || { echo "soak.sh: MINUTES must be a number >= 2" >&2; exit 2; }
[[ -f $state/kubeconfig && -f $state/run/ports.env ]] || { echo "soak.sh: no cluster in $state (tests/cluster/up.sh $state)" >&2; exit 4; }
bin=${KAJI_SOAK_BIN:-$root/build/tests/soak/kaji_soak}
[[ -x $bin ]] || { echo "soak.sh: $bin not built (build the kaji_soak target)" >&2; exit 4; }
rate=${KAJI_SOAK_RATE:-30}
restarts=${KAJI_SOAK_RESTARTS:-20}
compactions=${KAJI_SOAK_COMPACTIONS:-5}
kwoks=${KAJI_SOAK_KWOK:-3}

out=$state/soak/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
faults=$out/faults.log
: >"$faults"
ms() { date +%s%3N; }
note() { echo "$(ms) $*" >>"$faults"; }

# The schedule: every fault kind spread evenly, interleaved, between the
# first minute (the app has connected and listed) and the last 90 s (the
# last convergence, then a quiet final check).
schedule=$out/schedule
python3 - "$minutes" "$restarts" "$compactions" "$kwoks" >"$schedule" <<'EOF'
import sys
minutes, counts = int(sys.argv[1]), {"restart-apiserver": int(sys.argv[2]), "compact": int(sys.argv[3]), "restart-kwok": int(sys.argv[4])}
first, last = 60.0, minutes * 60 - 90.0
faults = []
for kind, n in counts.items():
    for i in range(n):
        # Offsets of each kind's own even spacing, so kinds interleave.
        faults.append(((i + 0.5) / n, kind))
faults.sort()
total = len(faults)
for i, (_, kind) in enumerate(faults):
    at = first + (last - first) * i / max(1, total - 1) if total > 1 else first
    print(f"{at:.0f} {kind}")
EOF

echo "soak.sh: $minutes min against $state, churn $rate ops/s, $(wc -l <"$schedule") faults; output in $out"
KUBECONFIG=$state/kubeconfig QT_QPA_PLATFORM=offscreen "$bin" --state "$state" --faults "$faults" \
  --minutes "$minutes" --kind "${KAJI_SOAK_KIND:-nodes}" >"$out/kaji_soak.log" 2>&1 &
soak_pid=$!
tail -n +1 -f "$out/kaji_soak.log" --pid "$soak_pid" &
tail_pid=$!
started=$SECONDS

churn_pid=
cleanup() {
  [[ -n $churn_pid ]] && kill "$churn_pid" 2>/dev/null || true
  kill "$soak_pid" 2>/dev/null || true
}
trap cleanup EXIT

# Churn for the whole run, until the last fault is over.
bash "$knobs" "$state" churn "$rate" $((minutes * 60 - 60)) >"$out/churn.log" 2>&1 &
churn_pid=$!

n=0
while read -r at kind; do
  while ((SECONDS - started < at)); do
    kill -0 "$soak_pid" 2>/dev/null || break 2
    sleep 1
  done
  n=$((n + 1))
  note start "$kind" "$n"
  rc=0
  bash "$knobs" "$state" "$kind" >>"$out/knobs.log" 2>&1 || rc=$?
  note end "$kind" "$n" "$rc"
done <"$schedule"

# The churn ends on its own a minute before the end; the final check wants a quiet cluster.
wait "$churn_pid" || true
churn_pid=
while ((SECONDS - started < minutes * 60)) && kill -0 "$soak_pid" 2>/dev/null; do sleep 1; done
note done
rc=0
wait "$soak_pid" || rc=$?
kill "$tail_pid" 2>/dev/null || true
trap - EXIT
echo "soak.sh: churn: $(tail -n 1 "$out/churn.log")"
echo "soak.sh: knobs: $(grep -c 'restarted and ready\|restarted and serving' "$out/knobs.log") restarts done; log in $out/knobs.log"
if ((rc > 128)); then
  echo "soak.sh: kaji_soak CRASHED (signal $((rc - 128)))"
  exit 3
fi
echo "soak.sh: kaji_soak exited $rc ($( ((rc == 0)) && echo PASS || echo FAIL))"
exit "$rc"
