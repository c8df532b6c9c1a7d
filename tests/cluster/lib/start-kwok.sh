#!/usr/bin/env bash
# Starts kwok for a state dir with the ports of run/ports.env and the
# kwok.yaml up.sh wrote. Shared by up.sh and `knobs.sh restart-kwok`, which
# must bring it back on the same port: every Node stores that port as its
# kubelet endpoint, and kwok never rewrites it for nodes that exist.
#
# kwok's resource metrics (the Metric) and usage from pod annotations ship in
# its module; the go.mod of build/kwok says which version. Our kwok.yaml comes
# first: kwok takes the first usage object that covers a container.
#
#   start-kwok.sh STATE_DIR KWOK_BIN_DIR
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
state=$1 kwok_bin=$2

kwok_module=$(go mod download -C "$cluster_dir/build/kwok" -json sigs.k8s.io/kwok |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["Dir"])') ||
  die "cannot find the sigs.k8s.io/kwok module (go mod download failed)"
kwok_metrics=$kwok_module/kustomize/metrics
for f in usage/usage-from-annotation.yaml resource/metrics-resource.yaml; do
  [[ -f $kwok_metrics/$f ]] || die "$kwok_metrics/$f is missing: did the kwok pin change?"
done
start_component "$state" kwok "$kwok_bin/kwok" --kubeconfig "$state/kwok.kubeconfig" --config "$state/kwok.yaml" \
  --config "$kwok_metrics/usage/usage-from-annotation.yaml" --config "$kwok_metrics/resource/metrics-resource.yaml"
