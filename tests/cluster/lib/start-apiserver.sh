#!/usr/bin/env bash
# Starts kube-apiserver for a state dir with the ports of run/ports.env.
# Shared by up.sh and `knobs.sh restart-apiserver`, which must bring it back
# on the same port with the same certificates.
#
# The requestheader and proxy-client flags switch on the aggregation layer the
# way kubeadm does: requests for metrics.k8s.io are forwarded to metrics-server
# with the front-proxy-client certificate and the caller in X-Remote-* headers,
# so metrics-server authorizes the real user. --enable-aggregator-routing stays
# off: it would refuse the ExternalName Service that points at loopback.
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
  --requestheader-client-ca-file "$pki/front-proxy-ca.crt" --requestheader-allowed-names front-proxy-client \
  --requestheader-username-headers X-Remote-User --requestheader-group-headers X-Remote-Group \
  --requestheader-extra-headers-prefix X-Remote-Extra- \
  --proxy-client-cert-file "$pki/front-proxy-client.crt" --proxy-client-key-file "$pki/front-proxy-client.key" \
  --allow-privileged --profiling=false
