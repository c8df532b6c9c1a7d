# Configures and builds Kaji in $KAJI_BUILD_DIR. Sourced, not run.

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/packages.sh"
source "$(dirname "${BASH_SOURCE[0]}")/ksyntaxhighlighting.sh"

configure_and_build() {
    local werror=OFF
    # CI holds our own code to zero warnings; local builds only show them.
    [ "${CI:-}" = true ] && werror=ON
    local prefix_path=""
    [ -d "$KSH_PREFIX" ] && prefix_path=$KSH_PREFIX
    local generator=()
    [ -f "$KAJI_BUILD_DIR/CMakeCache.txt" ] || generator=(-G Ninja)
    # A compiler cache, when the machine has one, makes a second clone's
    # build (CI's fresh checkout) cost minutes instead of a full compile;
    # paths relative to the source tree so clones in other places share it.
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_BASEDIR=$KAJI_SOURCE_DIR CCACHE_NOHASHDIR=true
    fi
    cmake -S "$KAJI_SOURCE_DIR" -B "$KAJI_BUILD_DIR" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE="${KAJI_BUILD_TYPE:-RelWithDebInfo}" \
        -DCMAKE_PREFIX_PATH="$prefix_path" -DKAJI_WERROR="$werror" "${launcher[@]}" ${KAJI_CMAKE_ARGS:-} >/dev/null ||
        die "CMake configuration failed (run it again without >/dev/null in scripts/lib/build.sh to see why)"
    # KAJI_BUILD_TARGET narrows the build (scripts/sanitize.sh builds only the engine's tests for TSan).
    cmake --build "$KAJI_BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)" ${KAJI_BUILD_TARGET:+--target "$KAJI_BUILD_TARGET"}
}

# Everything both README commands need before they differ.
prepare() {
    install_packages
    # Systems with KF6SyntaxHighlighting (Debian 13, Fedora, Arch) need no private build.
    if ! compgen -G '/usr/lib*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake' >/dev/null &&
        ! compgen -G '/usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake' >/dev/null; then
        build_ksyntaxhighlighting
    fi
    configure_and_build
}
