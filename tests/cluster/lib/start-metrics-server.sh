#!/usr/bin/env bash
# Starts metrics-server for a state dir on the port of run/ports.env.
# Shared by up.sh and `knobs.sh metrics-server start`, which must bring it
# back on the port the APIService names, with the same certificates.
#
# It scrapes every node but the bulk ones of `knobs.sh scale` (label
# kaji.dev/pool), which would multiply its work by a thousand pods a node.
#
#   start-metrics-server.sh STATE_DIR BIN_DIR
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
state=$1 bin=$2 pki=$1/pki
# shellcheck source=/dev/null
source "$state/run/ports.env"

start_component "$state" metrics-server "$bin/metrics-server" \
  --kubeconfig "$state/metrics-server.kubeconfig" \
  --authentication-kubeconfig "$state/metrics-server.kubeconfig" \
  --authorization-kubeconfig "$state/metrics-server.kubeconfig" \
  --bind-address 127.0.0.1 --secure-port "$METRICS_SERVER_PORT" \
  --tls-cert-file "$pki/metrics-server.crt" --tls-private-key-file "$pki/metrics-server.key" \
  --kubelet-preferred-address-types InternalIP --kubelet-use-node-status-port \
  --kubelet-certificate-authority "$pki/ca.crt" \
  --metric-resolution 15s --node-selector '!kaji.dev/pool'
