#!/usr/bin/env bash
# Knobs for tests and demos against a running local cluster.
#
#   knobs.sh STATE_DIR scale N [NAMESPACES] [--schedule]
#                                            create N extra pods (bulk, parallel) and wait until Running
#   knobs.sh STATE_DIR churn RATE DURATION   update/delete/create load pods at RATE ops/s for DURATION s
#   knobs.sh STATE_DIR restart-apiserver     kill kube-apiserver, start it again (same port, certs), wait ready
#   knobs.sh STATE_DIR restart-kwok          kill kwok (the kubelets of every node), start it again
#                                            (same port, config), wait until it serves
#   knobs.sh STATE_DIR compact [--etcd-only] compact etcd at its current revision, then restart
#                                            the apiserver so every older resourceVersion gets 410
#   knobs.sh STATE_DIR metrics-server stop   stop metrics-server, wait until the APIService
#                                            v1beta1.metrics.k8s.io is no longer Available
#   knobs.sh STATE_DIR metrics-server start  start it again (same port, certs), wait until Available
#
# STATE_DIR is the one given to up.sh ("" for the default).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

(($# >= 2)) || die "usage: knobs.sh STATE_DIR scale N [NAMESPACES] [--schedule] | churn RATE DURATION | restart-apiserver | restart-kwok | compact [--etcd-only] | metrics-server stop|start"
state=$(state_dir_from_arg "$1")
cmd=$2
shift 2
[[ -f $state/run/ports.env ]] || die "no cluster in $state (run up.sh first)"
# shellcheck source=/dev/null
source "$state/run/ports.env"
pki=$state/pki

restart_apiserver() {
  local start=$SECONDS pid bin deadline
  pid=$(pid_of "$state" kube-apiserver) || die "kube-apiserver is not running"
  # SIGKILL: a crash, not a graceful shutdown, is what clients must survive.
  kill -KILL "$pid"
  while alive "$pid"; do sleep 0.1; done
  rm -f "$state/run/kube-apiserver.pid"
  bin=$("$cluster_dir/build.sh" | tail -n 1)
  "$cluster_dir/lib/start-apiserver.sh" "$state" "$bin"
  deadline=$((SECONDS + ${KAJI_CLUSTER_TIMEOUT:-180}))
  until curl -sf --max-time 5 --cacert "$pki/ca.crt" --cert "$pki/admin.crt" --key "$pki/admin.key" \
    "https://127.0.0.1:$APISERVER_PORT/readyz" >/dev/null; do
    pid_of "$state" kube-apiserver >/dev/null || { log_tail "$state" kube-apiserver; die "kube-apiserver exited"; }
    ((SECONDS < deadline)) || { log_tail "$state" kube-apiserver; die "kube-apiserver not ready in time"; }
    sleep 0.2
  done
  echo "kube-apiserver restarted and ready in $((SECONDS - start)) s"
}

# kwok plays every node's kubelet: killing it drops every log stream,
# port-forward and exec it serves, and stops status updates until it is back.
restart_kwok() {
  local start=$SECONDS pid kwok_bin deadline
  pid=$(pid_of "$state" kwok) || die "kwok is not running"
  kill -KILL "$pid"
  while alive "$pid"; do sleep 0.1; done
  rm -f "$state/run/kwok.pid"
  kwok_bin=$("$cluster_dir/build.sh" | sed -n 2p)
  "$cluster_dir/lib/start-kwok.sh" "$state" "$kwok_bin"
  deadline=$((SECONDS + ${KAJI_CLUSTER_TIMEOUT:-180}))
  until curl -sf --max-time 5 --cacert "$pki/ca.crt" "https://127.0.0.1:$KWOK_PORT/healthz" >/dev/null; do
    pid_of "$state" kwok >/dev/null || { log_tail "$state" kwok; die "kwok exited"; }
    ((SECONDS < deadline)) || { log_tail "$state" kwok; die "kwok not serving in time"; }
    sleep 0.2
  done
  echo "kwok restarted and serving in $((SECONDS - start)) s"
}

# "True Passed: all checks passed", "False FailedDiscoveryCheck: failing or missing response from …"
metrics_condition() {
  kubectl_admin "$state" get apiservice v1beta1.metrics.k8s.io \
    -o jsonpath='{range .status.conditions[?(@.type=="Available")]}{.status} {.reason}: {.message}{end}' 2>&1
}

# Waits until the APIService's Available condition starts with $1 ("True"/"False").
wait_metrics_available() {
  local want=$1 deadline=$((SECONDS + ${KAJI_CLUSTER_TIMEOUT:-180}))
  until [[ $(metrics_condition) == "$want"* ]]; do
    ((SECONDS < deadline)) || die "APIService v1beta1.metrics.k8s.io not Available=$want in time ($(metrics_condition))"
    sleep 0.5
  done
}

metrics_server() {
  local start=$SECONDS
  case ${1:-} in
    stop)
      stop_component "$state" metrics-server
      # The aggregator notices at its next availability check (it dials the
      # backend), so the condition lags the process by a few seconds.
      wait_metrics_available False
      echo "metrics-server stopped; APIService: $(metrics_condition) ($((SECONDS - start)) s)"
      ;;
    start)
      if ! pid_of "$state" metrics-server >/dev/null; then
        "$cluster_dir/lib/start-metrics-server.sh" "$state" "$("$cluster_dir/build.sh" | head -n 1)"
      fi
      wait_metrics_available True
      # Figures follow 30-45 s later (two scrapes; the first CPU sample is 0).
      echo "metrics-server started; APIService: $(metrics_condition) ($((SECONDS - start)) s)"
      ;;
    *) die "usage: knobs.sh STATE_DIR metrics-server stop|start" ;;
  esac
}

case $cmd in
  scale | churn)
    exec python3 "$cluster_dir/lib/load.py" "$state" "$cmd" "$@"
    ;;
  restart-apiserver)
    restart_apiserver
    ;;
  restart-kwok)
    restart_kwok
    ;;
  compact)
    # etcdctl is not built; etcd's gRPC gateway serves the same calls as JSON.
    etcd() {
      curl -sf --max-time 30 --cacert "$pki/ca.crt" --cert "$pki/apiserver-etcd-client.crt" \
        --key "$pki/apiserver-etcd-client.key" -X POST -d "$2" "https://127.0.0.1:$ETCD_PORT/v3/$1"
    }
    # Any read reports the store's current revision in its header.
    revision=$(etcd kv/range '{"key":"AA==","limit":1}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["header"]["revision"])')
    etcd kv/compaction "{\"revision\":\"$revision\",\"physical\":true}" >/dev/null
    echo "etcd compacted at revision $revision"
    # The apiserver's watch cache keeps serving recent resourceVersions
    # (watch, exact list, continue) after an etcd compaction; only a fresh
    # cache, filled after the compaction, makes all of them expire.
    if [[ ${1:-} != --etcd-only ]]; then
      restart_apiserver
      echo "resourceVersions before $revision now get 410 Expired (watch, list, continue)"
    fi
    ;;
  metrics-server)
    metrics_server "$@"
    ;;
  *)
    die "unknown knob: $cmd"
    ;;
esac
