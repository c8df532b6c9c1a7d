#!/usr/bin/env bash
# Starts a real local cluster (etcd, kube-apiserver, kube-controller-manager,
# kube-scheduler) with kwok playing the kubelets and metrics-server behind the
# aggregation layer, applies the scenario, and returns once it has converged
# and metrics.k8s.io is available. The last line of stdout is the kubeconfig.
#
#   up.sh [STATE_DIR]
#
# All state (certificates, etcd data, logs, pids, kubeconfig) lives in
# STATE_DIR, and every port is picked at run time, so clusters in different
# state dirs run side by side. If the cluster of STATE_DIR already runs, this
# only prints its kubeconfig; if it was stopped, it restarts on its old data.
#
# KAJI_CLUSTER_TIMEOUT (seconds, default 180) bounds each wait.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$cluster_dir/lib/pki.sh"

state=$(state_dir_from_arg "${1:-}")
mkdir -p "$state"
timeout=${KAJI_CLUSTER_TIMEOUT:-180}
pki=$state/pki

api_ready() {
  [[ -f $state/run/ports.env ]] || return 1
  # shellcheck source=/dev/null
  source "$state/run/ports.env"
  curl -sf --max-time 5 --cacert "$pki/ca.crt" --cert "$pki/admin.crt" --key "$pki/admin.key" \
    "https://127.0.0.1:$APISERVER_PORT/readyz" >/dev/null
}

all_running() {
  local c
  for c in "${components[@]}"; do pid_of "$state" "$c" >/dev/null || return 1; done
  api_ready
}

if all_running; then
  echo "$state/kubeconfig"
  exit 0
fi

# Whatever is left of a half-dead cluster goes first; its data stays.
"$cluster_dir/down.sh" "$state" >&2
started=$SECONDS
# build.sh prints metrics-server's bin dir, the patched kwok's, then the core's.
{ read -r ms_bin && read -r kwok_bin && read -r bin; } < <("$cluster_dir/build.sh")
[[ -x $bin/kube-apiserver && -x $ms_bin/metrics-server && -x $kwok_bin/kwok ]] ||
  die "build.sh did not name the bin dirs (got '$ms_bin', '$kwok_bin' and '$bin')"
make_pki "$pki"
mkdir -p "$state/run" "$state/logs" "$state/bin" "$state/pod-logs"
# Working directories of the pods' shells (lib/kwok_config.py, shells()).
for d in shop batch infra kube-system other; do mkdir -p "$state/exec-root/$d"; done

# kwok's port is the kubelet port stored in every Node's status, which kwok
# never rewrites for nodes that exist: a restart on kept data takes the port
# of the run before when it is still free, else exec and logs would go to a
# closed port.
previous_kwok_port=$( [[ -f $state/run/ports.env ]] && sed -n 's/^KWOK_PORT=//p' "$state/run/ports.env" || true)
read -r ETCD_PORT ETCD_PEER_PORT APISERVER_PORT KCM_PORT SCHEDULER_PORT KWOK_PORT DEMO_PORT METRICS_SERVER_PORT < <(free_ports 8)
if [[ $previous_kwok_port =~ ^[0-9]+$ ]] && port_free "$previous_kwok_port" &&
  ! [[ " $ETCD_PORT $ETCD_PEER_PORT $APISERVER_PORT $KCM_PORT $SCHEDULER_PORT $DEMO_PORT $METRICS_SERVER_PORT " == *" $previous_kwok_port "* ]]; then
  KWOK_PORT=$previous_kwok_port
fi
cat >"$state/run/ports.env" <<EOF
ETCD_PORT=$ETCD_PORT
ETCD_PEER_PORT=$ETCD_PEER_PORT
APISERVER_PORT=$APISERVER_PORT
KCM_PORT=$KCM_PORT
SCHEDULER_PORT=$SCHEDULER_PORT
KWOK_PORT=$KWOK_PORT
DEMO_PORT=$DEMO_PORT
METRICS_SERVER_PORT=$METRICS_SERVER_PORT
EOF
api=https://127.0.0.1:$APISERVER_PORT
issuer=https://kubernetes.default.svc.cluster.local

# Static token of the restricted user; kept across restarts of this state dir.
if [[ ! -f $state/tokens.csv ]]; then
  echo "$(openssl rand -hex 24),jane@kaji.test,9d5b2f0e-7c41-4c8e-9a55-0e3f1d6c2a17,\"shop-developers\"" >"$state/tokens.csv"
  chmod 600 "$state/tokens.csv"
fi
restricted_token=$(cut -d, -f1 "$state/tokens.csv")

# ---- kubeconfigs --------------------------------------------------------------

component_kubeconfig() {  # name (also the pki file stem)
  cat >"$state/$1.kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: kaji
  cluster: {server: "$api", certificate-authority: "$pki/ca.crt"}
users:
- name: $1
  user: {client-certificate: "$pki/$1.crt", client-key: "$pki/$1.key"}
contexts:
- name: $1
  context: {cluster: kaji, user: $1}
current-context: $1
EOF
}
for c in kube-controller-manager kube-scheduler kwok metrics-server; do component_kubeconfig "$c"; done

b64() { base64 -w0 "$1"; }
eks_arn=arn:aws:eks:eu-central-1:111122223333:cluster/kaji
cp "$cluster_dir/fake-aws" "$state/bin/aws"
# The exec user mirrors what `aws eks update-kubeconfig` writes; only the
# command is an absolute path, to our stand-in.
cat >"$state/kubeconfig.tmp" <<EOF
apiVersion: v1
kind: Config
preferences: {}
current-context: kaji-admin
clusters:
- name: kaji
  cluster:
    server: $api
    certificate-authority-data: $(b64 "$pki/ca.crt")
- name: $eks_arn
  cluster:
    server: $api
    certificate-authority-data: $(b64 "$pki/ca.crt")
- name: kaji-unreachable
  cluster:
    # Port 1 on loopback: nothing listens there, connections are refused.
    server: https://127.0.0.1:1
    certificate-authority-data: $(b64 "$pki/ca.crt")
users:
- name: kaji-admin
  user:
    client-certificate-data: $(b64 "$pki/admin.crt")
    client-key-data: $(b64 "$pki/admin.key")
- name: jane@kaji.test
  user:
    token: $restricted_token
- name: $eks_arn
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: $state/bin/aws
      args:
      - --region
      - eu-central-1
      - eks
      - get-token
      - --cluster-name
      - kaji
      - --output
      - json
      env:
      - name: AWS_PROFILE
        value: kaji-demo
contexts:
- name: kaji-admin
  context: {cluster: kaji, user: kaji-admin}
- name: kaji-restricted
  context: {cluster: kaji, user: jane@kaji.test, namespace: shop}
- name: kaji-exec
  context: {cluster: "$eks_arn", user: "$eks_arn"}
- name: kaji-unreachable
  context: {cluster: kaji-unreachable, user: kaji-admin}
EOF
chmod 600 "$state/kubeconfig.tmp"
mv "$state/kubeconfig.tmp" "$state/kubeconfig"

# ---- processes ------------------------------------------------------------------

# Polls until the command succeeds; fails early if the component died.
wait_for() {  # component, description, command...
  local name=$1 what=$2 deadline=$((SECONDS + timeout))
  shift 2
  until "$@" >/dev/null 2>&1; do
    if ! pid_of "$state" "$name" >/dev/null; then
      log_tail "$state" "$name"
      die "$name exited before $what"
    fi
    if ((SECONDS > deadline)); then
      log_tail "$state" "$name"
      die "timed out after ${timeout}s waiting for $what"
    fi
    sleep 0.2
  done
}
tls_get() { curl -sf --max-time 5 --cacert "$pki/ca.crt" "$@"; }

start_component "$state" etcd "$bin/etcd" --name kaji --data-dir "$state/etcd-data" \
  --listen-client-urls "https://127.0.0.1:$ETCD_PORT" --advertise-client-urls "https://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls "https://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "https://127.0.0.1:$ETCD_PEER_PORT" \
  --initial-cluster "kaji=https://127.0.0.1:$ETCD_PEER_PORT" \
  --cert-file "$pki/etcd.crt" --key-file "$pki/etcd.key" --trusted-ca-file "$pki/ca.crt" --client-cert-auth \
  --peer-cert-file "$pki/etcd.crt" --peer-key-file "$pki/etcd.key" --peer-trusted-ca-file "$pki/ca.crt" --peer-client-cert-auth \
  --unsafe-no-fsync --log-level warn
wait_for etcd "etcd to be healthy" tls_get --cert "$pki/apiserver-etcd-client.crt" --key "$pki/apiserver-etcd-client.key" \
  "https://127.0.0.1:$ETCD_PORT/health"

"$cluster_dir/lib/start-apiserver.sh" "$state" "$bin"
wait_for kube-apiserver "the apiserver to be ready" api_ready

start_component "$state" kube-controller-manager "$bin/kube-controller-manager" \
  --kubeconfig "$state/kube-controller-manager.kubeconfig" \
  --authentication-kubeconfig "$state/kube-controller-manager.kubeconfig" \
  --authorization-kubeconfig "$state/kube-controller-manager.kubeconfig" \
  --bind-address 127.0.0.1 --secure-port "$KCM_PORT" \
  --tls-cert-file "$pki/kube-controller-manager.crt" --tls-private-key-file "$pki/kube-controller-manager.key" \
  --leader-elect=true --leader-elect-lease-duration=60s --leader-elect-renew-deadline=50s \
  --leader-elect-retry-period=5s --use-service-account-credentials \
  --root-ca-file "$pki/ca.crt" --service-account-private-key-file "$pki/sa.key" \
  --cluster-signing-cert-file "$pki/ca.crt" --cluster-signing-key-file "$pki/ca.key" \
  --service-cluster-ip-range 10.96.0.0/16 \
  --kube-api-qps 200 --kube-api-burst 400 --concurrent-gc-syncs 40

cat >"$state/kube-scheduler.yaml" <<EOF
apiVersion: kubescheduler.config.k8s.io/v1
kind: KubeSchedulerConfiguration
clientConnection:
  kubeconfig: $state/kube-scheduler.kubeconfig
  qps: 300
  burst: 600
leaderElection:
  leaderElect: true
  leaseDuration: 60s
  renewDeadline: 50s
  retryPeriod: 5s
EOF
start_component "$state" kube-scheduler "$bin/kube-scheduler" --config "$state/kube-scheduler.yaml" \
  --authentication-kubeconfig "$state/kube-scheduler.kubeconfig" \
  --authorization-kubeconfig "$state/kube-scheduler.kubeconfig" \
  --bind-address 127.0.0.1 --secure-port "$SCHEDULER_PORT" \
  --tls-cert-file "$pki/kube-scheduler.crt" --tls-private-key-file "$pki/kube-scheduler.key"

python3 "$cluster_dir/lib/podlogs.py" "$state/pod-logs"
start_component "$state" demo-server python3 "$cluster_dir/lib/demo_server.py" "$DEMO_PORT" "$state/pod-logs/storefront.log"
python3 "$cluster_dir/lib/kwok_config.py" "$state" "$KWOK_PORT" "$DEMO_PORT" >"$state/kwok.yaml"
"$cluster_dir/lib/start-kwok.sh" "$state" "$kwok_bin"

wait_for kube-controller-manager "the controller manager" tls_get "https://127.0.0.1:$KCM_PORT/healthz"
wait_for kube-scheduler "the scheduler" tls_get "https://127.0.0.1:$SCHEDULER_PORT/healthz"
wait_for kwok "kwok" tls_get "https://127.0.0.1:$KWOK_PORT/healthz"
wait_for demo-server "the demo server" curl -sf --max-time 5 "http://127.0.0.1:$DEMO_PORT/healthz"
echo "up.sh: control plane up after $((SECONDS - started)) s" >&2

# ---- scenario -------------------------------------------------------------------

scenario=$cluster_dir/scenario
kubectl_admin "$state" apply -f "$scenario/00-cluster.yaml" -f "$scenario/01-nodes.yaml" \
  -f "$scenario/05-metrics-server.yaml" >&2

# metrics-server, once its RBAC exists: it reads the authentication ConfigMap
# at start.
"$cluster_dir/lib/start-metrics-server.sh" "$state" "$ms_bin"
# The port changes with every start, so the APIService is written each time.
kubectl_admin "$state" apply -f - >&2 <<EOF
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1beta1.metrics.k8s.io
  labels: {k8s-app: metrics-server}
spec:
  group: metrics.k8s.io
  version: v1beta1
  service: {name: metrics-server, namespace: kube-system, port: $METRICS_SERVER_PORT}
  caBundle: $(b64 "$pki/ca.crt")
  groupPriorityMinimum: 100
  versionPriority: 100
EOF
# Pods are refused until the service account controller made each namespace's
# default ServiceAccount.
for ns in shop batch infra kube-system; do
  wait_for kube-controller-manager "the default ServiceAccount in $ns" kubectl_admin "$state" get serviceaccount default -n "$ns"
done
kubectl_admin "$state" create secret tls storefront-tls -n shop \
  --cert "$pki/storefront-tls.crt" --key "$pki/storefront-tls.key" --dry-run=client -o yaml |
  kubectl_admin "$state" apply -f - >&2
kubectl_admin "$state" apply -f "$scenario/10-shop.yaml" -f "$scenario/20-batch.yaml" \
  -f "$scenario/30-infra.yaml" -f "$scenario/40-kube-system.yaml" -f "$scenario/50-network.yaml" >&2

sa_uid=$(kubectl_admin "$state" get serviceaccount eks-admin -n kube-system -o jsonpath='{.metadata.uid}')
cat >"$state/run/exec-identity.env" <<EOF
ISSUER=$issuer
SA_NAMESPACE=kube-system
SA_NAME=eks-admin
SA_UID=$sa_uid
EOF

if ! python3 "$cluster_dir/lib/converge.py" "$state" "$timeout"; then
  log_tail "$state" kwok
  log_tail "$state" kube-controller-manager
  die "the scenario did not converge; the cluster is left running (stop it with down.sh $state)"
fi
echo "up.sh: scenario converged after $((SECONDS - started)) s" >&2

# Available once the aggregator reaches metrics-server; metrics themselves
# follow 30-45 s after its start (two scrapes: the first CPU sample is 0).
metrics_condition() {
  kubectl_admin "$state" get apiservice v1beta1.metrics.k8s.io \
    -o jsonpath='{range .status.conditions[?(@.type=="Available")]}{.status} {.reason}: {.message}{end}' 2>&1
}
deadline=$((SECONDS + timeout))
until [[ $(metrics_condition) == True* ]]; do
  if ! pid_of "$state" metrics-server >/dev/null || ((SECONDS > deadline)); then
    log_tail "$state" metrics-server
    pid_of "$state" metrics-server >/dev/null || die "metrics-server exited; the cluster is left running (stop it with down.sh $state)"
    die "APIService v1beta1.metrics.k8s.io not Available after ${timeout}s ($(metrics_condition)); the cluster is left running (stop it with down.sh $state)"
  fi
  sleep 0.5
done
echo "up.sh: metrics.k8s.io available after $((SECONDS - started)) s" >&2
echo "$state/kubeconfig"
