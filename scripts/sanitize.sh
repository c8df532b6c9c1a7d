#!/usr/bin/env bash
# Builds Kaji with a sanitizer in a tree of its own and runs tests there,
# against the local cluster as scripts/test.sh does.
#
#   scripts/sanitize.sh address [ctest args]   ASan + UBSan (LeakSanitizer too),
#                                              the whole suite by default
#   scripts/sanitize.sh thread [ctest args]    TSan, the engine's tests (label kube)
#
# The first fault ends the test that hit it (halt_on_error), with a stack.
# Suppressions, each explained where it is written, live in tests/sanitizers/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/common.sh"

mode=${1:-}
[ $# -gt 0 ] && shift
supp=$KAJI_SOURCE_DIR/tests/sanitizers
case $mode in
address)
    export KAJI_BUILD_DIR=${KAJI_SANITIZE_BUILD_DIR:-$KAJI_SOURCE_DIR/build-asan}
    export KAJI_CMAKE_ARGS=-DKAJI_SANITIZE=address
    # -O1 (ASan's own advice) without NDEBUG: the whole tree built in 45
    # minutes on two cores, where -O2 (RelWithDebInfo) had reached 83 of 999
    # steps after 45 minutes (both beside other builds); Q_ASSERTs are
    # checked too. The flags are read when the tree is first configured.
    export KAJI_BUILD_TYPE=${KAJI_BUILD_TYPE:-Debug}
    export CXXFLAGS=${CXXFLAGS:--O1}
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    [ -f "$supp/lsan.supp" ] && export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}
    ;;
thread)
    export KAJI_BUILD_DIR=${KAJI_SANITIZE_BUILD_DIR:-$KAJI_SOURCE_DIR/build-tsan}
    export KAJI_CMAKE_ARGS=-DKAJI_SANITIZE=thread
    export KAJI_BUILD_TARGET=kaji_kube_tests
    # die_after_fork=0: QProcess forks a threaded test to run kubectl; the
    # child only calls exec, which TSan cannot know and would die for.
    tsan=halt_on_error=1:second_deadlock_stack=1:die_after_fork=0
    [ -f "$supp/tsan.supp" ] && tsan+=:suppressions=$supp/tsan.supp
    export TSAN_OPTIONS=${TSAN_OPTIONS:-$tsan}
    [ $# -gt 0 ] || set -- -L kube
    ;;
*)
    die "usage: scripts/sanitize.sh address|thread [ctest args]"
    ;;
esac
exec "$here/test.sh" "$@"
