#!/usr/bin/env bash
# Checks, with kubectl, that the local cluster shows what the scenario
# promises: statuses as kubectl prints them, kubelet and scheduler Events,
# logs, port-forward, exec and attach, the four kubeconfig contexts, and
# resource metrics.
#
#   check.sh KUBECONFIG
#
# Prints "ok - ..." or "not ok - ..." per check and "N passed, N failed";
# exits non-zero if any check failed. State checks are retried for a while,
# because a cluster in motion (a pod between two back-offs) is still correct.
set -euo pipefail

kubeconfig=$(cd "$(dirname "${1:?usage: check.sh KUBECONFIG}")" && pwd)/$(basename "$1")
state=$(dirname "$kubeconfig")
export KUBECONFIG=$kubeconfig
passed=0 failed=0
# Each check retries for up to 20 s, all together for at most this long, so a
# broken cluster fails in minutes rather than 40 x 20 s.
retry_budget=${KAJI_CHECK_RETRY_SECONDS:-120}

k() { kubectl --context kaji-admin --request-timeout 20s "$@"; }

# check DESCRIPTION COMMAND...: passes once the command succeeds, retrying.
check() {
  local what=$1 start=$SECONDS out
  local deadline=$((SECONDS + (retry_budget < 20 ? retry_budget : 20)))
  shift
  until out=$("$@" 2>&1); do
    if ((SECONDS >= deadline)); then
      retry_budget=$((retry_budget - (SECONDS - start)))
      echo "not ok - $what"
      printf '%s\n' "$out" | tail -n 5 | sed 's/^/#   /'
      failed=$((failed + 1))
      return 0
    fi
    sleep 1
  done
  echo "ok - $what"
  passed=$((passed + 1))
}

# Fails with the output when it lacks the pattern (grep -E, case-sensitive).
expect() {  # pattern, command...
  local pattern=$1 out
  shift
  out=$("$@" 2>&1) || true
  grep -Eq -- "$pattern" <<<"$out" || { printf 'expected /%s/ in:\n%s\n' "$pattern" "$out"; return 1; }
}

# The STATUS (and READY, RESTARTS) columns exactly as `kubectl get pods` prints them.
pod_rows() {  # namespace, app label
  k get pods -n "$1" -l "app.kubernetes.io/name=$2" --no-headers | awk '{print $2, $3, $4}'
}
all_rows() {  # namespace, app label, expected "READY STATUS" for every pod, expected count
  local rows
  rows=$(pod_rows "$1" "$2")
  if [[ $(grep -c "^$3 " <<<"$rows") -ne $4 || $(wc -l <<<"$rows") -ne $4 ]]; then
    printf 'want %s pods "%s", got (READY STATUS RESTARTS):\n%s\n' "$4" "$3" "$rows"
    return 1
  fi
}
restarts_and_last_state() {  # namespace, app, "reason exitCode"
  local pod s
  pod=$(k get pods -n "$1" -l "app.kubernetes.io/name=$2" -o name | head -n 1)
  s=$(k get -n "$1" "$pod" -o jsonpath='{.status.containerStatuses[0].restartCount} {.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.exitCode}')
  [[ ${s%% *} -ge 1 && ${s#* } == "$3" ]] || { echo "restartCount, lastState: $s"; return 1; }
}
events_of() {  # namespace, app
  local pod
  pod=$(k get pods -n "$1" -l "app.kubernetes.io/name=$2" -o name | head -n 1)
  k get events -n "$1" --field-selector "involvedObject.name=${pod#pod/}" \
    -o custom-columns=TYPE:.type,REASON:.reason,FROM:.reportingComponent,MESSAGE:.message --no-headers
}
job_pods() {  # job name -> STATUS column of its pods
  k get pods -n batch -l "batch.kubernetes.io/job-name=$1" --no-headers | awk '{print $3}' | sort -u
}

# ---- nodes and workloads ----------------------------------------------------------

check "4 nodes Ready, kubelet v1.36.3" \
  expect '^4$' bash -c "kubectl --context kaji-admin get nodes -l '!kaji.dev/pool' --no-headers | grep -c ' Ready .*v1.36.3'"
check "kaji-gpu-1 is tainted nvidia.com/gpu=true:NoSchedule" \
  expect 'nvidia.com/gpu true NoSchedule' k get node kaji-gpu-1 -o jsonpath='{range .spec.taints[*]}{.key} {.value} {.effect}{end}'
check "nodes have an InternalIP and a kubelet endpoint" \
  expect '^127\.0\.0\.1 [0-9]+$' k get node kaji-worker-1 -o jsonpath='{.status.addresses[?(@.type=="InternalIP")].address} {.status.daemonEndpoints.kubeletEndpoint.Port}'

check "storefront: 3 pods 2/2 Running" all_rows shop storefront "2/2 Running" 3
check "storefront Service has 3 ready endpoints" \
  expect '^3$' bash -c "kubectl --context kaji-admin get endpointslices -n shop -l kubernetes.io/service-name=storefront -o jsonpath='{range .items[*].endpoints[*]}{.conditions.ready}{\"\n\"}{end}' | grep -c true"
check "legacy-search Service has no endpoints" \
  expect '^(null)?$' k get endpointslices -n shop -l kubernetes.io/service-name=legacy-search -o jsonpath='{.items[*].endpoints}'

check "orders-api: 0/1 CrashLoopBackOff" all_rows shop orders-api "0/1 CrashLoopBackOff" 1
check "orders-api: restarted, last state Error exit 1" restarts_and_last_state shop orders-api "Error 1"
check "orders-api: BackOff event from the kubelet" \
  expect 'Warning +BackOff +kubelet +Back-off restarting failed container orders-api in pod' events_of shop orders-api

check "payments: 0/1 ImagePullBackOff" all_rows shop payments "0/1 ImagePullBackOff" 1
check "payments: missing pull secret event" \
  expect 'Warning +FailedToRetrieveImagePullSecret +kubelet +Unable to retrieve some image pull secrets \(payments-registry\)' events_of shop payments
check "payments: pull access denied event" \
  expect 'Warning +Failed +kubelet +Failed to pull image ".*pull access denied.*authorization failed' events_of shop payments
check "payments: ErrImagePull and back-off events" \
  bash -c "$(declare -f expect events_of k); expect 'Error: ErrImagePull' events_of shop payments && expect 'Back-off pulling image' events_of shop payments && expect 'Error: ImagePullBackOff' events_of shop payments"

check "recommender: 0/1 Pending" all_rows shop recommender "0/1 Pending" 1
check "recommender: FailedScheduling for cpu" \
  expect 'Warning +FailedScheduling +default-scheduler +0/[0-9]+ nodes are available: .*Insufficient cpu' events_of shop recommender

check "image-resizer: 1/1 Running after an OOM kill" all_rows shop image-resizer "1/1 Running" 1
check "image-resizer: last state OOMKilled exit 137" restarts_and_last_state shop image-resizer "OOMKilled 137"
check "image-resizer: has a memory limit" \
  expect '^512Mi$' k get deploy -n shop image-resizer -o jsonpath='{.spec.template.spec.containers[0].resources.limits.memory}'

check "inventory: 0/1 Running (not ready)" all_rows shop inventory "0/1 Running" 1
check "inventory: readiness probe 503 events" \
  expect 'Warning +Unhealthy +kubelet +Readiness probe failed: HTTP probe failed with statuscode: 503' events_of shop inventory

check "checkout: 0/1 CreateContainerConfigError" all_rows shop checkout "0/1 CreateContainerConfigError" 1
check "checkout: missing ConfigMap key event" \
  expect "Warning +Failed +kubelet +Error: couldn't find key PAYMENT_GATEWAY_URL in ConfigMap shop/checkout-config" events_of shop checkout

check "nightly-export: job Complete, pod Completed" \
  bash -c "$(declare -f expect job_pods k); expect '(^| )Complete( |$)' k get job -n batch nightly-export -o jsonpath='{.status.conditions[*].type}' && expect '^Completed$' job_pods nightly-export"
check "db-backup: job Failed with BackoffLimitExceeded" \
  expect 'Failed=BackoffLimitExceeded' k get job -n batch db-backup -o jsonpath='{range .status.conditions[*]}{.type}={.reason} {end}'
check "db-backup: its 2 pods show Error" \
  expect '^Error$' job_pods db-backup
check "session-cleanup CronJob scheduled every 10 minutes" \
  expect '^\*/10 \* \* \* \*$' k get cronjob -n batch session-cleanup -o jsonpath='{.spec.schedule}'

check "postgres: 2/2 ready, claims Bound to local PVs" \
  bash -c "$(declare -f expect k); expect '^2$' k get sts -n infra postgres -o jsonpath='{.status.readyReplicas}' && expect '^Bound local-pv-worker-[123] Bound local-pv-worker-[123] ?$' k get pvc -n infra data-postgres-0 data-postgres-1 -o jsonpath='{range .items[*]}{.status.phase} {.spec.volumeName} {end}' "
check "grafana-data claim Pending (no provisioner)" \
  expect '^Pending$' k get pvc -n infra grafana-data -o jsonpath='{.status.phase}'
check "fluent-bit DaemonSet ready on every node" \
  bash -c "[[ \$(kubectl --context kaji-admin get nodes --no-headers | wc -l) == \$(kubectl --context kaji-admin get ds -n infra fluent-bit -o jsonpath='{.status.numberReady}') ]]"
check "ConfigMaps and Secrets present" \
  k get -n shop configmap/storefront-config configmap/checkout-config secret/orders-db secret/storefront-tls

# ---- logs and port-forward --------------------------------------------------------

check "logs --previous of orders-api end in the failed Flyway migration" \
  bash -c "$(declare -f expect k); expect 'Migration V3__add_orders_index.sql failed' k logs -n shop deploy/orders-api --previous && expect 'APPLICATION FAILED TO START' k logs -n shop deploy/orders-api --previous --tail 20"
check "logs --previous of image-resizer" expect 'decoding at full resolution' k logs -n shop deploy/image-resizer --previous
check "logs of storefront" expect 'storefront 1.4.2' k logs -n shop deploy/storefront -c storefront

port_forward() {
  local port pid out body
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  out=$(mktemp)
  # kubectl itself, not the k wrapper, so that $! is the process to stop.
  kubectl --context kaji-admin port-forward -n shop svc/storefront "$port:80" >"$out" 2>&1 &
  pid=$!
  for _ in $(seq 50); do grep -q Forwarding "$out" && break; sleep 0.2; done
  body=$(curl -sf --max-time 10 "http://127.0.0.1:$port/") || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cat "$out"
  rm -f "$out"
  echo "body: $body"
  [[ $body == "kaji demo storefront: hello through port-forward" ]]
}
check "port-forward to svc/storefront reaches the local server" port_forward

# ---- exec and attach (a host shell in STATE_DIR/exec-root, lib/kwok_config.py) -------

sf=(-n shop deploy/storefront -c storefront)
check "exec runs in the namespace's directory under the state dir" \
  bash -c "[[ \$(kubectl --context kaji-admin exec ${sf[*]} -- pwd) == '$state/exec-root/shop' ]]"
check "exec keeps stdout and stderr apart" \
  bash -c "[[ \$(kubectl --context kaji-admin exec ${sf[*]} -- sh -c 'echo out; echo err >&2' 2>/dev/null) == out ]]"
# kwok never ends the command's stdin (README), so it reads a known amount.
exec_stdin() {
  local input want got
  input=$(mktemp)
  head -c 1048576 /dev/urandom >"$input"
  want=$(md5sum <"$input")
  got=$(kubectl --context kaji-admin exec -i "${sf[@]}" -- head -c 1048576 <"$input" | md5sum)
  rm -f "$input"
  [[ $got == "$want" ]]
}
check "exec -i: 1 MiB through stdin and back" exec_stdin
# Not anchored: the terminal's output may start with a NUL byte before the answer.
check "exec -it: a TTY of the caller's size" \
  expect '17 91' script -qec "stty cols 91 rows 17; kubectl --context kaji-admin exec -it ${sf[*]} -- stty size" /dev/null
exec_exit_code() {
  local rc=0
  kubectl --context kaji-admin exec "${sf[@]}" -- sh -c 'exit 42' 2>/dev/null || rc=$?
  [[ $rc == 42 ]]
}
check "exec: the command's exit code is kubectl's (kwok patched)" exec_exit_code
check "kaji-restricted: exec in shop works" \
  expect '^ok$' kubectl --context kaji-restricted exec "${sf[@]}" -- echo ok
check "kaji-restricted: exec in infra is Forbidden" \
  expect 'forbidden' kubectl --context kaji-restricted exec -n infra postgres-0 -- true
no_shell() {
  local ns=check-noshell-$$-$RANDOM rc=0
  k create namespace "$ns" >/dev/null
  k -n "$ns" run no-shell --image=alpine --restart=Never >/dev/null
  k -n "$ns" wait --for=condition=Ready pod/no-shell --timeout=60s >/dev/null &&
    expect 'no such file or directory' k -n "$ns" exec no-shell -- /bin/sh -c true || rc=1
  k delete namespace "$ns" --wait=false >/dev/null
  return "$rc"
}
check "a pod named no-shell has no shell" no_shell
attach_storefront() {
  local out pid
  out=$(mktemp)
  kubectl --context kaji-admin attach "${sf[@]}" >"$out" 2>&1 </dev/null &
  pid=$!
  sleep 2
  echo "$(date -u +%Y-%m-%dT%H:%M:%S.000000000Z) stdout F check.sh attach marker $$" >>"$state/pod-logs/storefront.log"
  for _ in $(seq 25); do grep -q "attach marker $$" "$out" && break; sleep 0.2; done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cat "$out"
  rm -f "$out"
}
check "attach follows the storefront container's output" expect "attach marker" attach_storefront

# ---- kubeconfig contexts ----------------------------------------------------------

check "kaji-restricted: listing namespaces is Forbidden" \
  expect 'Forbidden' kubectl --context kaji-restricted get namespaces
check "kaji-restricted: listing nodes is Forbidden" \
  expect 'Forbidden' kubectl --context kaji-restricted get nodes
check "kaji-restricted: can list pods in shop" \
  expect 'storefront-' kubectl --context kaji-restricted get pods -n shop
check "kaji-restricted: cannot list pods in infra" \
  expect 'Forbidden' kubectl --context kaji-restricted get pods -n infra

exec_plugin() {
  local calls_log=$state/exec-plugin-calls.log before after
  before=$(wc -l <"$calls_log" 2>/dev/null || echo 0)
  kubectl --context kaji-exec auth whoami -o jsonpath='{.status.userInfo.username}' | grep -x 'system:serviceaccount:kube-system:eks-admin'
  kubectl --context kaji-exec get namespaces >/dev/null
  after=$(wc -l <"$calls_log")
  echo "plugin calls: $before -> $after"
  ((after > before))
}
check "kaji-exec: token from the exec plugin works, plugin was called" exec_plugin

# The wizard's commands: list the account's clusters, write one into a fresh
# kubeconfig, reach the cluster through it; kaji-unmapped's token is refused.
fake_eks() {
  local dir rc=0
  dir=$(mktemp -d)
  printf '[profile kaji-demo]\nregion = ap-northeast-1\n' >"$dir/config"
  (
    export HOME=$dir AWS_CONFIG_FILE=$dir/config AWS_SHARED_CREDENTIALS_FILE=$dir/credentials PATH=$state/bin:$PATH
    unset KUBECONFIG
    # Chained: errexit does not apply inside check's condition.
    aws --profile kaji-demo eks list-clusters --output json | tr -d ' \n' | grep -x '{"clusters":\["kaji-local","kaji-unmapped"\]}' &&
    expect 'could not be found' aws --profile nobody eks list-clusters &&
    expect "^Added new context eks-local to $dir/kc\$" \
      aws --profile kaji-demo eks update-kubeconfig --name kaji-local --alias eks-local --kubeconfig "$dir/kc" &&
    aws eks update-kubeconfig --name kaji-unmapped --region ap-northeast-1 --kubeconfig "$dir/kc" &&
    kubectl --kubeconfig "$dir/kc" --context eks-local auth whoami -o jsonpath='{.status.userInfo.username}' | grep -x 'system:serviceaccount:kube-system:eks-admin' &&
    expect 'Unauthorized|provide credentials' kubectl --kubeconfig "$dir/kc" get namespaces
  ) || rc=$?
  rm -rf "$dir"
  return "$rc"
}
check "fake aws: list-clusters and update-kubeconfig reach the cluster" fake_eks

check "kaji-unreachable: fails with connection refused" \
  expect 'connection refused' kubectl --context kaji-unreachable --request-timeout 5s get pods

# kwok cannot write Killing events in a namespace being deleted; its pods
# must still go (see pod-delete-stopped in lib/kwok_config.py).
namespace_deletion() {
  local ns=check-nsdel-$$-$RANDOM start
  k create namespace "$ns" >/dev/null
  k -n "$ns" create deployment web --image=nginx --replicas=3 >/dev/null
  k -n "$ns" run solo --image=nginx >/dev/null
  k -n "$ns" wait --for=condition=Ready pod --all --timeout=60s >/dev/null || return 1
  start=$SECONDS
  k delete namespace "$ns" --wait=false
  # The namespace controller re-checks after half the pods' 30 s grace period.
  while k get namespace "$ns" >/dev/null 2>&1; do
    ((SECONDS - start < 60)) || { k -n "$ns" get pods; return 1; }
    sleep 0.5
  done
  echo "namespace gone after $((SECONDS - start)) s"
}
check "a deleted namespace with running pods disappears" namespace_deletion

# ---- resource metrics (metrics.k8s.io from metrics-server) -------------------------

# First values come 30-45 s after metrics-server starts, so the first metrics
# check waits up to two minutes by itself (check() alone retries for 20 s).
within_two_minutes() {  # command... ; retries it for up to 120 s
  local deadline=$((SECONDS + 120))
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 3
  done
}
top_nodes_numbers() {  # every scenario node has a CPU and a memory figure
  local out
  out=$(k top nodes -l '!kaji.dev/pool' --no-headers 2>&1)
  printf '%s\n' "$out"
  [[ $(grep -cE '^kaji-[a-z0-9-]+ +[0-9]+m +[0-9]+% +[0-9]+Mi +[0-9]+% *$' <<<"$out") -eq 4 ]]
}
top_pods_numbers() {  # the running scenario pods have figures, the others none
  local out name
  out=$(k top pods -A --no-headers 2>&1)
  printf '%s\n' "$out"
  for name in storefront- image-resizer- inventory- postgres-0 postgres-1 coredns- fluent-bit-; do
    grep -qE " $name[^ ]* +[0-9]+m +[0-9]+Mi *$" <<<"$out" || { echo "no figures for $name"; return 1; }
  done
  ! grep -qE ' (payments|checkout|recommender|nightly-export|db-backup)-' <<<"$out" || { echo "a pod that does not run has figures"; return 1; }
}
check "kubectl top nodes: figures for the 4 nodes" within_two_minutes top_nodes_numbers
check "kubectl top pods -A: figures for the running pods only" within_two_minutes top_pods_numbers
check "kaji-worker-2 runs hot (CPU above 50 %)" \
  bash -c "kubectl --context kaji-admin top node kaji-worker-2 --no-headers | awk '{ sub(/%/, \"\", \$3); exit !(\$3 > 50) }'"
check "image-resizer: memory below its 512Mi limit, climbing from 230Mi" \
  bash -c "kubectl --context kaji-admin top pods -n shop -l app.kubernetes.io/name=image-resizer --no-headers | awk '{ sub(/Mi/, \"\", \$3); exit !(\$3 >= 200 && \$3 < 512) }'"
check "kaji-restricted: kubectl top pods -n shop works" \
  expect 'storefront-[^ ]+ +[0-9]+m +[0-9]+Mi' kubectl --context kaji-restricted top pods -n shop
check "kaji-restricted: kubectl top pods -A is Forbidden" \
  expect 'Forbidden.*pods.metrics.k8s.io|pods.metrics.k8s.io is forbidden' kubectl --context kaji-restricted top pods -A
check "kaji-restricted: kubectl top nodes is Forbidden" \
  expect 'nodes.metrics.k8s.io is forbidden' kubectl --context kaji-restricted top nodes

echo "$passed passed, $failed failed"
((failed == 0))
