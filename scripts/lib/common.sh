# Shared helpers for the scripts in scripts/. Sourced, not run.

# Everything built outside the source tree (KSyntaxHighlighting, cluster
# binaries) lives here so a fresh clone reuses it and `git clean` never hits it.
KAJI_CACHE_DIR=${KAJI_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kaji}
export KAJI_CACHE_DIR

KAJI_SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
KAJI_BUILD_DIR=${KAJI_BUILD_DIR:-$KAJI_SOURCE_DIR/build}

log() { printf '[kaji] %s\n' "$*" >&2; }
die() { printf '[kaji] error: %s\n' "$*" >&2; exit 1; }

# Root runs apt directly; everyone else goes through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
