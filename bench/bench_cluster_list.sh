#!/usr/bin/env bash
# Listing every pod of a live cluster: Kaji's list+store (KAJI_COMMAND, either
# `kaji get pods -A -o name` or build/bench/kaji_bench_cluster_list, the same
# paged list decoded into the pod store, then printed) against kubectl
# (`-o name`, and `-o json`, which keeps the objects). Each command
# runs RUNS times, interleaved so that load changes hit all alike, under
# /usr/bin/time -v; prints wall time and peak RSS per run, then medians and
# Kaji's ratios. Not a test: a benchmark for the notes.
#
#   bench/bench_cluster_list.sh "KAJI_COMMAND" KUBECONFIG [RUNS]   (RUNS defaults to 3)
set -euo pipefail
(($# >= 2)) || { echo "usage: $0 \"KAJI_COMMAND\" KUBECONFIG [RUNS]" >&2; exit 2; }
kaji=$1 kubeconfig=$2 runs=${3:-3}
export KUBECONFIG=$kubeconfig
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# Kaji twice: its initial list in pages (the default) and streamed (where the
# server serves that).
names=(kaji-name kaji-streamed kubectl-name kubectl-json)
commands=("$kaji" "env KAJI_INITIAL_LIST=streamed $kaji" "kubectl get pods -A -o name" "kubectl get pods -A -o json")

measure() {  # name, command -> "seconds kib"
  /usr/bin/time -v -o "$out/time" $2 >"$out/stdout" 2>"$out/stderr" || { cat "$out/stderr" >&2; return 1; }
  local wall rss lines
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$out/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time")
  if [[ $1 == *-json ]]; then lines=$(grep -c '"kind": "Pod"' "$out/stdout" || true); else lines=$(wc -l <"$out/stdout"); fi
  echo "$wall $rss $lines"
}

declare -A walls rsss
for ((run = 1; run <= runs; run++)); do
  for i in "${!names[@]}"; do
    read -r wall rss pods < <(measure "${names[$i]}" "${commands[$i]}")
    printf 'run %d %-13s %7.2f s %8d KiB  (%d pods)\n' "$run" "${names[$i]}" "$wall" "$rss" "$pods"
    walls[${names[$i]}]+="$wall "
    rsss[${names[$i]}]+="$rss "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A mw mr
for name in "${names[@]}"; do
  mw[$name]=$(median <<<"${walls[$name]}")
  mr[$name]=$(median <<<"${rsss[$name]}")
  printf 'median %-13s %7.2f s %8d KiB\n' "$name" "${mw[$name]}" "${mr[$name]}"
done
for ref in kubectl-name kubectl-json; do
  awk -v a="${mw[kaji-name]}" -v b="${mw[$ref]}" -v c="${mr[kaji-name]}" -v d="${mr[$ref]}" -v r="$ref" \
    'BEGIN {printf "kaji / %s: wall %.2fx, peak RSS %.2fx\n", r, a/b, c/d}'
done
awk -v a="${mw[kaji-streamed]}" -v b="${mw[kaji-name]}" -v c="${mr[kaji-streamed]}" -v d="${mr[kaji-name]}" \
  'BEGIN {printf "kaji streamed / kaji paged: wall %.2fx, peak RSS %.2fx\n", a/b, c/d}'
