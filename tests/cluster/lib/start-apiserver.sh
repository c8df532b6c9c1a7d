#!/usr/bin/env bash
# Starts kube-apiserver for a state dir with the ports of run/ports.env.
# Shared by up.sh and `knobs.sh restart-apiserver`, which must bring it back
# on the same port with the same certificates.
#
# --advertise-address only fills the endpoints of the in-cluster "kubernetes"
# Service (loopback is not allowed there); without it the apiserver would
# publish whatever address this machine happens to have.
#
#   start-apiserver.sh STATE_DIR BIN_DIR
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
state=$1 bin=$2 pki=$1/pki
# shellcheck source=/dev/null
source "$state/run/ports.env"

start_component "$state" kube-apiserver "$bin/kube-apiserver" \
  --bind-address 127.0.0.1 --secure-port "$APISERVER_PORT" \
  --advertise-address 10.0.0.10 \
  --etcd-servers "https://127.0.0.1:$ETCD_PORT" \
  --etcd-cafile "$pki/ca.crt" --etcd-certfile "$pki/apiserver-etcd-client.crt" --etcd-keyfile "$pki/apiserver-etcd-client.key" \
  --tls-cert-file "$pki/apiserver.crt" --tls-private-key-file "$pki/apiserver.key" \
  --client-ca-file "$pki/ca.crt" --token-auth-file "$state/tokens.csv" \
  --authorization-mode Node,RBAC --enable-admission-plugins NodeRestriction \
  --service-account-issuer https://kubernetes.default.svc.cluster.local \
  --service-account-key-file "$pki/sa.pub" --service-account-signing-key-file "$pki/sa.key" \
  --service-cluster-ip-range 10.96.0.0/16 \
  --kubelet-client-certificate "$pki/apiserver-kubelet-client.crt" --kubelet-client-key "$pki/apiserver-kubelet-client.key" \
  --kubelet-certificate-authority "$pki/ca.crt" --kubelet-preferred-address-types InternalIP \
  --allow-privileged --profiling=false
