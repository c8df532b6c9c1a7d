# Shared by up.sh, down.sh and knobs.sh: where state lives and how the
# processes of one cluster are started, found and stopped.
# shellcheck shell=bash
# shellcheck disable=SC2034  # cluster_dir and components are for the sourcing scripts

cluster_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kaji_cache=${KAJI_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kaji}

# The state dir is made absolute because every path in the generated configs
# and kubeconfig must stay valid whatever the caller's working directory is.
state_dir_from_arg() {
  realpath -m -- "${1:-$kaji_cache/cluster-state/default}"
}

die() { echo "${0##*/}: $*" >&2; exit 1; }

# Components in start order; down.sh stops them in reverse.
components=(etcd kube-apiserver kube-controller-manager kube-scheduler kwok demo-server metrics-server)

pid_of() {  # state dir, component -> pid on stdout if that process is alive
  local f=$1/run/$2.pid pid
  [[ -f $f ]] || return 1
  pid=$(<"$f")
  [[ -n $pid ]] && alive "$pid" || return 1
  # Every command line we start names the state dir; checking it guards
  # against a recycled pid that now belongs to some unrelated process.
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$1/" || return 1
  echo "$pid"
}

# Starts a command detached in its own session (so a Ctrl-C aimed at the
# caller does not take the cluster down), logging to logs/<name>.log.
# The child writes its own pid, which stays valid through exec.
start_component() {  # state dir, name, command...
  local dir=$1 name=$2
  shift 2
  mkdir -p "$dir/run" "$dir/logs"
  # shellcheck disable=SC2016  # expanded by the inner bash, on purpose
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$dir/run/$name.pid" "$@" \
    >>"$dir/logs/$name.log" 2>&1 </dev/null &
  local i
  for ((i = 0; i < 50; i++)); do [[ -s $dir/run/$name.pid ]] && return 0; sleep 0.1; done
  die "$name did not start"
}

# True while the process runs. A zombie counts as gone: our components are
# reparented to init once up.sh exits, and init may reap them a while later.
alive() {  # pid
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [[ ${stat%% *} != Z ]]
}

stop_component() {  # state dir, name; SIGTERM, then SIGKILL after 15 s
  local dir=$1 name=$2 pid i
  pid=$(pid_of "$dir" "$name") || { rm -f "$dir/run/$name.pid"; return 0; }
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 150; i++)); do
    alive "$pid" || { rm -f "$dir/run/$name.pid"; return 0; }
    sleep 0.1
  done
  echo "${0##*/}: $name (pid $pid) ignored SIGTERM, killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
  while alive "$pid"; do sleep 0.1; done
  rm -f "$dir/run/$name.pid"
}

# Picks n distinct free loopback ports below the kernel's ephemeral range.
# A port inside that range can be taken by any client's outgoing connection:
# while the apiserver restarts, a client retrying 127.0.0.1:PORT may even be
# given PORT itself (TCP connects to itself), and the restarted apiserver then
# fails with "address already in use". All sockets stay open until every port
# is chosen so one call never hands out the same port twice.
free_ports() {
  python3 - "$1" <<'EOF'
import random, socket, sys
try:
    with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
        ephemeral_low = int(f.read().split()[0])
except OSError:
    ephemeral_low = 32768
low, high = 10000, max(10001, min(ephemeral_low, 65536)) - 1
socks = []
while len(socks) < int(sys.argv[1]):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", random.randint(low, high)))
    except OSError:
        s.close()
        continue
    socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
EOF
}

# True when nothing listens on 127.0.0.1:PORT and it can be bound.
port_free() {  # port
  python3 -c 'import socket, sys; socket.socket().bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null
}

# Last lines of a component log, for error messages.
log_tail() {  # state dir, name
  echo "---- last lines of $1/logs/$2.log ----" >&2
  tail -n 25 "$1/logs/$2.log" >&2 2>/dev/null || true
  echo "----" >&2
}

kubectl_admin() {  # state dir, kubectl args...
  local dir=$1
  shift
  kubectl --kubeconfig "$dir/kubeconfig" --context kaji-admin "$@"
}
