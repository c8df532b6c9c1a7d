#!/usr/bin/env bash
# Stops every process up.sh started for STATE_DIR, by the pids it recorded,
# and waits until they are gone. Data stays unless --purge is given.
#
#   down.sh [--purge] [STATE_DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

purge=false
if [[ ${1:-} == --purge ]]; then purge=true; shift; fi
state=$(state_dir_from_arg "${1:-}")
[[ -d $state ]] || { echo "down.sh: no cluster state in $state" >&2; exit 0; }

for ((i = ${#components[@]} - 1; i >= 0; i--)); do
  stop_component "$state" "${components[i]}"
done
# knobs.sh churn runs in the background of its caller only; nothing else to stop.

if $purge; then
  rm -rf "$state"
  echo "down.sh: stopped and removed $state" >&2
else
  echo "down.sh: stopped the cluster in $state (data kept; --purge removes it)" >&2
fi
