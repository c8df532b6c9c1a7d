#!/usr/bin/env bash
# Builds the pinned cluster binaries (kube-apiserver, kube-controller-manager,
# kube-scheduler, etcd, kwok) into a cache outside the source tree and prints
# the bin directory as the last line of stdout.
#
# The cache key hashes everything that decides the binaries' content (the
# build modules, the ldflags, the Go toolchain), so changing a pin rebuilds and
# an unchanged pin costs one hash. A build lands in a temporary directory that
# is renamed into place only when complete, so an interrupted build is never
# taken for a finished one.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$here/build
cache=${KAJI_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kaji}/cluster

# The version stamped into the binaries follows the pin in go.mod, so a pin
# change needs one edit only.
k8s_version=$(awk '$1 == "require" && $2 == "k8s.io/kubernetes" { print $3 }' "$src/kubernetes/go.mod")
[[ $k8s_version =~ ^v([0-9]+)\.([0-9]+)\. ]] || { echo "build.sh: cannot read the k8s.io/kubernetes pin from $src/kubernetes/go.mod" >&2; exit 1; }
ldflags="-s -w -X k8s.io/component-base/version.gitVersion=$k8s_version -X k8s.io/component-base/version.gitMajor=${BASH_REMATCH[1]} -X k8s.io/component-base/version.gitMinor=${BASH_REMATCH[2]}"

key=$(
  cd "$src"
  {
    printf '%s\n' "$ldflags" "$(go env GOVERSION)"
    find . -type f \( -name go.mod -o -name go.sum -o -name '*.go' \) | LC_ALL=C sort | xargs sha256sum
  } | sha256sum | cut -c1-16
)
out=$cache/$key

mkdir -p "$cache"
# Serialises concurrent builds (two test runs starting together) instead of
# letting both spend half an hour on the same work.
exec 9>"$cache/.lock"
flock 9

if [[ ! -d $out/bin ]]; then
  tmp=$(mktemp -d "$cache/.build-$key.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  timed() {  # name, then the command; reports the wall time on stderr
    local name=$1 start=$SECONDS
    shift
    echo "build.sh: building $name ..." >&2
    "$@" >&2
    echo "build.sh: $name built in $((SECONDS - start)) s" | tee -a "$tmp/build-times.txt" >&2
  }
  gobuild() { go build -C "$src/$1" -trimpath -ldflags "$ldflags" -o "$tmp/bin/" "${@:2}"; }

  timed kubernetes gobuild kubernetes k8s.io/kubernetes/cmd/kube-apiserver \
    k8s.io/kubernetes/cmd/kube-controller-manager k8s.io/kubernetes/cmd/kube-scheduler
  # The etcd module path ends in /etcd, so `go build .` names the binary etcd.
  timed etcd gobuild etcd .
  timed kwok gobuild kwok sigs.k8s.io/kwok/cmd/kwok

  for b in kube-apiserver kube-controller-manager kube-scheduler etcd kwok; do
    [[ -x $tmp/bin/$b ]] || { echo "build.sh: $b missing after build" >&2; exit 1; }
  done
  printf 'kubernetes %s\nldflags %s\n%s\n' "$k8s_version" "$ldflags" "$(go env GOVERSION)" >"$tmp/versions.txt"
  mv -T "$tmp" "$out"
  trap - EXIT
fi

echo "$out/bin"
