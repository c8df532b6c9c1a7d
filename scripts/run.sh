#!/usr/bin/env bash
# README command 1: install what is missing, build, and start Kaji.
#
#   scripts/run.sh            Kaji on your kubeconfig; on the local demo
#                             cluster when you have no kubeconfig
#   scripts/run.sh --demo     Kaji on the local demo cluster
#
# The demo cluster runs until Kaji exits.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/build.sh"

demo=false
kaji_args=()
for arg in "$@"; do
    case $arg in
    --demo) demo=true ;;
    *) kaji_args+=("$arg") ;;
    esac
done

has_kubeconfig() {
    local IFS=:
    local path
    for path in ${KUBECONFIG:-$HOME/.kube/config}; do
        [ -s "$path" ] && return 0
    done
    return 1
}

prepare
has_kubeconfig || { log "no kubeconfig found: starting the local demo cluster"; demo=true; }

if $demo; then
    state=$KAJI_CACHE_DIR/demo-cluster
    kubeconfig=$("$KAJI_SOURCE_DIR/tests/cluster/up.sh" "$state" | tail -n 1)
    trap '"$KAJI_SOURCE_DIR/tests/cluster/down.sh" "$state" >/dev/null 2>&1 || true' EXIT
    export KUBECONFIG=$kubeconfig
    log "demo cluster up; KUBECONFIG=$KUBECONFIG"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    log "no display found (DISPLAY/WAYLAND_DISPLAY unset): Kaji needs a desktop session"
fi
"$KAJI_BUILD_DIR/app/kaji" "${kaji_args[@]}"
