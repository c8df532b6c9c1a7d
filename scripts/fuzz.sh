#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz and runs them.
#
#   scripts/fuzz.sh [TARGET] [SECONDS]
#
# TARGET is one of all_targets below (kubeconfig, websocket, diagram, ...) or all (the default); SECONDS
# (default 60) is each target's time budget. Installs clang when missing,
# builds in build-fuzz (KAJI_FUZZ_BUILD_DIR) and keeps a growing corpus and
# any reproducer there. Exits non-zero when a target crashed, leaked, hit
# undefined behaviour, timed out or ran out of memory. Extra libFuzzer flags
# go in KAJI_FUZZ_ARGS (e.g. "-max_len=65536 -only_ascii=1").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/build.sh"

all_targets=(kubeconfig watchdecoder podstatus listpage manifest yaml channels websocket kubeconfigedit diagram frozenjson)
target=${1:-all}
seconds=${2:-60}
# `scripts/fuzz.sh 300` reads naturally as "everything for five minutes".
if [[ $target =~ ^[0-9]+$ ]] && [ $# -eq 1 ]; then
    seconds=$target
    target=all
fi
[[ $seconds =~ ^[0-9]+$ ]] || die "SECONDS must be a whole number, not '$seconds'"
if [ "$target" = all ]; then
    targets=("${all_targets[@]}")
else
    [[ " ${all_targets[*]} " == *" $target "* ]] || die "unknown target '$target' (one of: ${all_targets[*]} all)"
    targets=("$target")
fi

fuzz_dir=${KAJI_FUZZ_BUILD_DIR:-$KAJI_SOURCE_DIR/build-fuzz}

# install_packages from scripts/lib, for a list of our own.
install_these() {
    local saved=("${KAJI_APT_PACKAGES[@]}")
    KAJI_APT_PACKAGES=("$@")
    install_packages
    KAJI_APT_PACKAGES=("${saved[@]}")
}

# libFuzzer ships in clang's runtime package, which Debian only recommends,
# so it is checked on its own.
install_clang() {
    command -v clang++ >/dev/null 2>&1 || install_these clang
    command -v clang++ >/dev/null 2>&1 || die "clang++ is needed for libFuzzer; install clang"
    local resource major
    resource=$(clang++ -print-resource-dir)
    compgen -G "$resource/lib/linux/libclang_rt.fuzzer-*.a" >/dev/null && return 0
    major=$(clang++ -dumpversion | cut -d. -f1)
    install_these "libclang-rt-$major-dev"
    compgen -G "$resource/lib/linux/libclang_rt.fuzzer-*.a" >/dev/null ||
        die "clang's libFuzzer runtime is missing (libclang-rt-$major-dev on Debian/Ubuntu)"
}

# The sanitizers go on the whole tree so kaji_kube is instrumented as well:
# fuzzer-no-link gives libFuzzer its coverage feedback without a second
# main(). No build type, so NDEBUG stays off and nlohmann's assertions still
# catch misuse; UB aborts instead of scrolling by.
fuzz_flags="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
yaml_prefix=$fuzz_dir/deps/yaml-cpp

# The system's yaml-cpp is not instrumented: libFuzzer would see none of the
# YAML scanner's branches and ASan none of its memory errors. So the fuzz
# tree gets its own static build from the very source Debian built the
# system package from (apt checks the hashes). Elsewhere, or offline, the
# system library is used and the kubeconfig target says so.
build_yaml_cpp() {
    [ -f "$yaml_prefix/.complete" ] && return 0
    command -v apt-get >/dev/null 2>&1 || return 1
    local codename uri work aptopts
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    uri=$(debian_archive_uri)
    [ -n "$codename" ] && [ -n "$uri" ] || return 1
    log "building an instrumented yaml-cpp ($codename source) into $yaml_prefix"
    work=$(mktemp -d)
    mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
    echo "deb-src $uri $codename main" >"$work/sources.list"
    aptopts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
        -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
    if ! apt-get "${aptopts[@]}" -qq update ||
        ! (cd "$work" && apt-get "${aptopts[@]}" -qq source --download-only yaml-cpp >/dev/null 2>&1); then
        rm -rf "$work"
        return 1
    fi
    # Debian's patches only touch packaging (visibility, pkg-config), so the
    # upstream tarball is the code the system runs.
    tar xf "$work"/yaml-cpp_*.orig.tar.* -C "$work/src"
    local src
    src=$(find "$work/src" -mindepth 1 -maxdepth 1 -type d | head -n 1)
    rm -rf "$yaml_prefix"
    cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE= \
        -DCMAKE_CXX_FLAGS="$fuzz_flags" -DCMAKE_POSITION_INDEPENDENT_CODE=ON -DYAML_BUILD_SHARED_LIBS=OFF \
        -DYAML_CPP_BUILD_TESTS=OFF -DYAML_CPP_BUILD_TOOLS=OFF -DYAML_CPP_BUILD_CONTRIB=OFF \
        -DCMAKE_INSTALL_PREFIX="$yaml_prefix" >"$work/configure.log" 2>&1 &&
        cmake --build "$work/build" >"$work/build.log" 2>&1 &&
        cmake --install "$work/build" >/dev/null ||
        { tail -n 20 "$work"/*.log >&2; rm -rf "$work"; return 1; }
    touch "$yaml_prefix/.complete"
    rm -rf "$work"
}

configure() {
    local prefix_path=""
    [ -d "$KSH_PREFIX" ] && prefix_path=$KSH_PREFIX
    local generator=() yaml=()
    [ -f "$fuzz_dir/CMakeCache.txt" ] || generator=(-G Ninja)
    if build_yaml_cpp; then
        yaml=(-Dyaml-cpp_DIR="$yaml_prefix/share/cmake/yaml-cpp")
    else
        log "warning: fuzzing against the system's uninstrumented yaml-cpp (no coverage or ASan inside it)"
        yaml=(-Uyaml-cpp_DIR)
    fi
    cmake -S "$KAJI_SOURCE_DIR" -B "$fuzz_dir" "${generator[@]}" "${yaml[@]}" \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="$fuzz_flags" \
        -DCMAKE_PREFIX_PATH="$prefix_path" -DKAJI_BUILD_TESTS=ON -DKAJI_FUZZ=ON -DKAJI_WERROR=OFF >/dev/null ||
        die "CMake configuration of $fuzz_dir failed (run it again without >/dev/null in scripts/fuzz.sh to see why)"
}

# Every pod fixture, on one line, wrapped into another target's input:
#   wrap_pod_fixtures CORPUS STEM EXT BEFORE AFTER LEAD...
# BEFORE is a printf format whose %s takes the LEAD values in turn (the
# control byte a target reads first); AFTER follows the pod.
wrap_pod_fixtures() {
    local corpus=$1 stem=$2 ext=$3 before=$4 after=$5
    shift 5
    local leads=("$@") i=0 file
    for file in "$KAJI_SOURCE_DIR/tests/data/pods/"*.json; do
        {
            # shellcheck disable=SC2059 # the format is ours
            printf "$before" "${leads[i % ${#leads[@]}]}"
            tr -d '\n' <"$file"
            printf '%s' "$after"
        } >"$corpus/$stem-$(basename "$file" .json)$ext"
        i=$((i + 1))
    done
}

# Seeds come from the test fixtures plus tests/fuzz/seeds; they are copied,
# never linked, because libFuzzer writes new inputs into its corpus folder.
seed_corpus() {
    local name=$1 corpus=$2 file
    mkdir -p "$corpus"
    cp "$KAJI_SOURCE_DIR/tests/fuzz/seeds/$name/"* "$corpus/"
    # Past findings run first on every start, so a regression fails at once.
    find "$KAJI_SOURCE_DIR/tests/fuzz/crashes" -name "$name-*" -exec cp {} "$corpus/" \;
    case $name in
    kubeconfig)
        find "$KAJI_SOURCE_DIR/tests/data/kubeconfig" -name '*.yaml' -exec cp {} "$corpus/" \;
        ;;
    manifest | yaml)
        cp "$KAJI_SOURCE_DIR/tests/data/apply/manifests/"*.yaml "$corpus/"
        ;;
    kubeconfigedit)
        find "$KAJI_SOURCE_DIR/tests/data/kubeconfig" -name '*.yaml' -exec cp {} "$corpus/" \;
        ;;
    podstatus)
        cp "$KAJI_SOURCE_DIR/tests/data/pods/"*.json "$corpus/"
        ;;
    frozenjson)
        cp "$KAJI_SOURCE_DIR/tests/data/pods/"*.json "$KAJI_SOURCE_DIR/tests/data/diagnosis/cases/"*.json "$corpus/"
        ;;
    watchdecoder)
        # Every pod fixture as one MODIFIED event on one line (JSON never needs
        # a raw newline). The leading byte chooses the chunking; see the target.
        wrap_pod_fixtures "$corpus" event .jsonl '%s{"type":"MODIFIED","object":' $'}\n' '!' '@' '0' 'A' '~'
        ;;
    listpage)
        # Every pod fixture as the only item of a PodList page, read in place
        # ('1') or from a padded copy ('0'); see the target.
        wrap_pod_fixtures "$corpus" list .json \
            '%s{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[' ']}' 0 1
        ;;
    esac
}

# One row per target, from libFuzzer's final statistics and its last status
# line ("#N DONE cov: C ft: F corp: ...").
report_row() {
    local name=$1 log=$2 status=$3 artifacts=$4
    local execs speed cov ft last
    execs=$(awk -F': ' '/^stat::number_of_executed_units/ {print $2}' "$log" | tail -n 1)
    speed=$(awk -F': ' '/^stat::average_exec_per_sec/ {print $2}' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -n 1 || true)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
    local found
    found=$(find "$artifacts" -type f -newer "$log.start" 2>/dev/null | wc -l)
    printf '%-13s %12s %9s %7s %8s %8s  %s\n' "$name" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$found" \
        "$([ "$status" -eq 0 ] && echo ok || echo "FAILED (exit $status)")"
}

install_clang
install_packages
if ! compgen -G '/usr/lib*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake' >/dev/null &&
    ! compgen -G '/usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake' >/dev/null; then
    build_ksyntaxhighlighting
fi
configure
build_targets=()
for name in "${targets[@]}"; do build_targets+=("fuzz_$name"); done
cmake --build "$fuzz_dir" --parallel "$(nproc 2>/dev/null || echo 2)" --target "${build_targets[@]}"

# Symbolized stacks for every report (Debian installs only a versioned
# llvm-symbolizer at times); leaks are checked at exit as well.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if ! command -v llvm-symbolizer >/dev/null 2>&1; then
    symbolizer=$(compgen -G '/usr/lib/llvm-*/bin/llvm-symbolizer' | tail -n 1 || true)
    [ -z "$symbolizer" ] || export ASAN_SYMBOLIZER_PATH=$symbolizer UBSAN_SYMBOLIZER_PATH=$symbolizer
fi

rows=()
failed=()
for name in "${targets[@]}"; do
    corpus=$fuzz_dir/fuzz-corpus/$name
    artifacts=$fuzz_dir/fuzz-artifacts/$name
    log=$fuzz_dir/fuzz-logs/$name.log
    mkdir -p "$artifacts" "$(dirname "$log")"
    seed_corpus "$name" "$corpus"
    touch "$log.start"
    log "fuzzing $name for $seconds s (log: $log)"
    dict=()
    case $name in
    kubeconfig | manifest | yaml | kubeconfigedit) dict=(-dict="$KAJI_SOURCE_DIR/tests/fuzz/kubeconfig.dict") ;;
    channels | websocket) ;;
    *) dict=(-dict="$KAJI_SOURCE_DIR/tests/fuzz/json.dict") ;;
    esac
    set +e
    # -reload=0: one process per corpus, so rereading it every second only
    # costs (the first reread ran every freshly copied seed a second time,
    # a tenth of a short run of the slow targets).
    # shellcheck disable=SC2086 # KAJI_FUZZ_ARGS holds several flags
    "$fuzz_dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -reload=0 -print_final_stats=1 "${dict[@]}" \
        -artifact_prefix="$artifacts/" ${KAJI_FUZZ_ARGS:-} "$corpus" >"$log" 2>&1
    status=$?
    set -e
    rows+=("$(report_row "$name" "$log" "$status" "$artifacts")")
    if [ "$status" -ne 0 ]; then
        failed+=("$name")
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error:)' "$log" | head -n 5 >&2 || true
        find "$artifacts" -type f -newer "$log.start" -exec printf '[kaji] reproducer: %s\n' {} \; >&2
        log "reproduce with: $fuzz_dir/tests/fuzz/fuzz_$name <reproducer>"
    fi
done

printf '\n%-13s %12s %9s %7s %8s %8s  %s\n' target executions exec/s cov ft crashes result
printf '%s\n' "${rows[@]}"
[ ${#failed[@]} -eq 0 ] || die "findings in: ${failed[*]} (see $fuzz_dir/fuzz-logs)"
