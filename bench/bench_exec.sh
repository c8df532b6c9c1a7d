#!/usr/bin/env bash
# 64 MiB out of a container through exec into a pipe, Kaji against kubectl
# (issue 17): `cat` of a 64 MiB file in the pod's exec directory, the bytes
# counted and checksummed on this side. The two run interleaved RUNS times so
# that load changes hit both alike; prints each run, the medians and Kaji's
# ratio. Not a test: a benchmark for the notes.
#
#   bench/bench_exec.sh KAJI KUBECONFIG NAMESPACE/POD [RUNS]   (RUNS defaults to 5)
set -euo pipefail
(($# >= 3)) || { echo "usage: $0 KAJI KUBECONFIG NAMESPACE/POD [RUNS]" >&2; exit 2; }
kaji=$1 runs=${4:-5}
export KUBECONFIG=$2
ns=${3%%/*} pod=${3#*/}
size=$((64 * 1024 * 1024))

# The file is made in the container, so only the read is measured.
kubectl exec -n "$ns" "$pod" -- sh -c "head -c $size /dev/urandom > kaji-bench-64m"
trap 'kubectl exec -n "$ns" "$pod" -- rm -f kaji-bench-64m >/dev/null 2>&1 || true' EXIT
want=$(kubectl exec -n "$ns" "$pod" -- sha256sum kaji-bench-64m | cut -d' ' -f1)

measure() {  # command... -> seconds; fails unless every byte came through
  local start end sum
  start=$(date +%s.%N)
  sum=$("$@" -n "$ns" "$pod" -- cat kaji-bench-64m | sha256sum | cut -d' ' -f1)
  end=$(date +%s.%N)
  [[ $sum == "$want" ]] || { echo "$1: the bytes differ" >&2; return 1; }
  awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
}

ours=() theirs=()
for ((run = 1; run <= runs; run++)); do
  o=$(measure "$kaji" exec) t=$(measure kubectl exec)
  printf 'run %d  kaji %6.2f s  kubectl %6.2f s\n' "$run" "$o" "$t"
  ours+=("$o") theirs+=("$t")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mo=$(median "${ours[@]}") mt=$(median "${theirs[@]}")
awk -v o="$mo" -v t="$mt" 'BEGIN { printf "median  kaji %.2f s (%.0f MiB/s)  kubectl %.2f s (%.0f MiB/s)  kaji/kubectl time %.2f\n", o, 64 / o, t, 64 / t, o / t }'
