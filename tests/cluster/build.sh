#!/usr/bin/env bash
# Builds the pinned cluster binaries into a cache outside the source tree:
# the core (kube-apiserver, kube-controller-manager, kube-scheduler, etcd,
# kwok) and, under keys of their own, metrics-server and the patched kwok the
# cluster runs. Prints the bin directories one per line: metrics-server's
# first, kwok's, and the core's as the last line (callers that only need the
# core take `tail -n 1`).
#
# Each cache key hashes everything that decides those binaries' content (their
# build modules, the ldflags, the Go toolchain), so changing a pin rebuilds
# only what it pins and an unchanged pin costs one hash. metrics-server has its
# own key so that adding or bumping it never invalidates the half-hour core
# build. A build lands in a temporary directory that is renamed into place
# only when complete, so an interrupted build is never taken for a finished one.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$here/build
cache=${KAJI_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kaji}/cluster
go_version=$(go env GOVERSION)

# The version stamped into the binaries follows the pin in go.mod, so a pin
# change needs one edit only.
pin() {  # module dir, required module path -> its version
  awk -v m="$2" '($1 == "require" && $2 == m) || ($1 == m && $2 ~ /^v/) { print ($1 == "require" ? $3 : $2); exit }' "$src/$1/go.mod"
}
k8s_version=$(pin kubernetes k8s.io/kubernetes)
[[ $k8s_version =~ ^v([0-9]+)\.([0-9]+)\. ]] || { echo "build.sh: cannot read the k8s.io/kubernetes pin from $src/kubernetes/go.mod" >&2; exit 1; }
ldflags="-s -w -X k8s.io/component-base/version.gitVersion=$k8s_version -X k8s.io/component-base/version.gitMajor=${BASH_REMATCH[1]} -X k8s.io/component-base/version.gitMinor=${BASH_REMATCH[2]}"
ms_version=$(pin metrics-server sigs.k8s.io/metrics-server)
[[ $ms_version =~ ^v[0-9] ]] || { echo "build.sh: cannot read the sigs.k8s.io/metrics-server pin from $src/metrics-server/go.mod" >&2; exit 1; }
# metrics-server reports the client-go version variables as its own (its Makefile does the same).
ms_ldflags="-s -w -X k8s.io/client-go/pkg/version.gitVersion=$ms_version"

# The hash input is the ldflags, the Go version and `sha256sum` of every
# go.mod, go.sum and .go file of the given module dirs, paths relative to
# build/ and sorted. For the core this is byte for byte what build.sh hashed
# before metrics-server existed, so existing caches stay valid.
cache_key() {  # ldflags, module dirs (./name)...
  (
    cd "$src"
    {
      printf '%s\n' "$1" "$go_version"
      find "${@:2}" -type f \( -name go.mod -o -name go.sum -o -name '*.go' \) | LC_ALL=C sort | xargs sha256sum
    } | sha256sum | cut -c1-16
  )
}
key=$(cache_key "$ldflags" ./etcd ./kubernetes ./kwok)
ms_key=metrics-server-$(cache_key "$ms_ldflags" ./metrics-server)
# kwok as the cluster runs it: the pinned module plus our patches, under a
# key of its own (the module's key and the patches') so a patch never
# invalidates the core. The core still builds the plain kwok: its key stays.
kwok_patches=("$src"/kwok/*.patch)
kwok_key=kwok-$({ cache_key "$ldflags" ./kwok; cat "${kwok_patches[@]}"; } | sha256sum | cut -c1-16)

mkdir -p "$cache"
# Serialises concurrent builds (two test runs starting together) instead of
# letting both spend half an hour on the same work.
exec 9>"$cache/.lock"
flock 9

timed() {  # name, then the command; reports the wall time on stderr and in build-times.txt
  local name=$1 start=$SECONDS
  shift
  echo "build.sh: building $name ..." >&2
  "$@" >&2
  echo "build.sh: $name built in $((SECONDS - start)) s" | tee -a "$tmp/build-times.txt" >&2
}
gobuild() {  # module dir, ldflags, packages...
  go build -C "$src/$1" -trimpath -ldflags "$2" -o "$tmp/bin/" "${@:3}"
}

build_core() {
  timed kubernetes gobuild kubernetes "$ldflags" k8s.io/kubernetes/cmd/kube-apiserver \
    k8s.io/kubernetes/cmd/kube-controller-manager k8s.io/kubernetes/cmd/kube-scheduler
  # The etcd module path ends in /etcd, so `go build .` names the binary etcd.
  timed etcd gobuild etcd "$ldflags" .
  timed kwok gobuild kwok "$ldflags" sigs.k8s.io/kwok/cmd/kwok
  printf 'kubernetes %s\nldflags %s\n%s\n' "$k8s_version" "$ldflags" "$go_version" >"$tmp/versions.txt"
}
# kwok v0.8.0 reports every non-zero exit of an exec'd command as an
# InternalError (cri-streaming reads the code only from a k8s.io/utils/exec
# ExitError, and kwok hands it an os/exec one), so neither kubectl nor Kaji
# could tell `exit 3` from a broken stream. build/kwok/exec-exit-code.patch
# converts the error; the module is copied out of the module cache, patched,
# and built in its place through a go.mod copy with a replace.
build_kwok() {
  local module patch
  module=$(go list -C "$src/kwok" -m -f '{{.Dir}}' sigs.k8s.io/kwok)
  [[ -d $module ]] || { echo "build.sh: sigs.k8s.io/kwok is not in the module cache" >&2; exit 1; }
  cp -R "$module" "$tmp/kwok-src"
  chmod -R u+w "$tmp/kwok-src"
  for patch in "${kwok_patches[@]}"; do
    git -C "$tmp/kwok-src" apply -p1 "$patch" || { echo "build.sh: $patch does not apply to $module" >&2; exit 1; }
  done
  cp "$src/kwok/go.mod" "$tmp/kwok.mod"
  cp "$src/kwok/go.sum" "$tmp/kwok.sum"
  go mod edit -replace "sigs.k8s.io/kwok=$tmp/kwok-src" "$tmp/kwok.mod"
  timed kwok go build -C "$src/kwok" -modfile="$tmp/kwok.mod" -trimpath -ldflags "$ldflags" -o "$tmp/bin/" sigs.k8s.io/kwok/cmd/kwok
  rm -rf "$tmp/kwok-src" "$tmp/kwok.mod" "$tmp/kwok.sum"
  printf 'kwok %s\npatches %s\nldflags %s\n%s\n' "$(pin kwok sigs.k8s.io/kwok)" "${kwok_patches[*]##*/}" "$ldflags" "$go_version" >"$tmp/versions.txt"
}
build_metrics_server() {
  timed metrics-server gobuild metrics-server "$ms_ldflags" sigs.k8s.io/metrics-server/cmd/metrics-server
  printf 'metrics-server %s\nldflags %s\n%s\n' "$ms_version" "$ms_ldflags" "$go_version" >"$tmp/versions.txt"
}

# Fills $cache/NAME/bin with the build function unless it is there already.
ensure_built() {  # cache dir name, build function, binaries it must produce...
  local name=$1 fn=$2 b
  shift 2
  [[ -d $cache/$name/bin ]] && return 0
  tmp=$(mktemp -d "$cache/.build-$name.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  "$fn"
  for b in "$@"; do
    [[ -x $tmp/bin/$b ]] || { echo "build.sh: $b missing after build" >&2; exit 1; }
  done
  mv -T "$tmp" "$cache/$name"
  trap - EXIT
}

ensure_built "$key" build_core kube-apiserver kube-controller-manager kube-scheduler etcd kwok
ensure_built "$ms_key" build_metrics_server metrics-server
ensure_built "$kwok_key" build_kwok kwok

echo "$cache/$ms_key/bin"
echo "$cache/$kwok_key/bin"
echo "$cache/$key/bin"
