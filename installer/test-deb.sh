#!/usr/bin/env bash
# Builds Kaji's .deb and proves it installs and runs on a clean Debian 12:
#
#   installer/test-deb.sh [KUBECONFIG]
#
# 1. a RelWithDebInfo build in build-deb/ with the flags of the everyday
#    builds (so ccache serves it), stripped by cpack -G DEB;
# 2. appstreamcli / desktop-file-validate on the packaged metadata;
# 3. a minimal Debian 12 root from mmdebstrap (cached as a tarball in
#    ${KAJI_CACHE_DIR:-~/.cache/kaji}, rebuilt once a month), where
#    `apt install ./kaji_*.deb` must bring in everything else;
# 4. inside it (chroot in a private mount namespace): kaji --version,
#    kaji contexts, kaji get pods -A against the cluster of KUBECONFIG
#    (argument, else KAJI_TEST_KUBECONFIG; its server must be reachable from
#    this machine, loopback included) and an offscreen screenshot of the
#    window, copied to build-deb/test-deb/ to be looked at.
#
# Needs root (mmdebstrap, chroot) on a Debian 12 host: the package is built
# against the host's libraries. KAJI_BUILD_LOCK names a file to flock around
# the build when several builds share the machine.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../scripts/lib/build.sh"

kubeconfig=${1:-${KAJI_TEST_KUBECONFIG:-}}
[ -n "$kubeconfig" ] && [ -f "$kubeconfig" ] || die "usage: installer/test-deb.sh KUBECONFIG (or set KAJI_TEST_KUBECONFIG)"
[ "$(id -u)" -eq 0 ] || die "run as root: mmdebstrap and chroot need it"
# shellcheck disable=SC1091
. /etc/os-release
[ "${VERSION_CODENAME:-}" = bookworm ] || die "build the .deb on Debian 12 (bookworm): it links the host's libraries"

suite=bookworm
build_dir=${KAJI_DEB_BUILD_DIR:-$KAJI_SOURCE_DIR/build-deb}
out_dir=$build_dir/test-deb
started=$SECONDS
step() { log "[$((SECONDS - started))s] $*"; }

# --- 1. build and package -------------------------------------------------
KAJI_APT_PACKAGES+=(help2man mmdebstrap appstream desktop-file-utils)
install_packages
build_ksyntaxhighlighting
step "building the package in $build_dir"
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=$KAJI_SOURCE_DIR CCACHE_NOHASHDIR=true
fi
(
    if [ -n "${KAJI_BUILD_LOCK:-}" ]; then
        exec 9>"$KAJI_BUILD_LOCK"
        flock 9
    fi
    cmake -S "$KAJI_SOURCE_DIR" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKAJI_WERROR=ON \
        -DCMAKE_PREFIX_PATH="$KSH_PREFIX" -DKAJI_BUILD_TESTS=OFF -DKAJI_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
    nice -n 5 cmake --build "$build_dir" --parallel "${KAJI_BUILD_JOBS:-2}"
    rm -f "$build_dir"/kaji_*.deb
    (cd "$build_dir" && cpack -G DEB >/dev/null)
)
deb=$(ls "$build_dir"/kaji_*.deb)
step "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# --- 2. the package's metadata -------------------------------------------
rm -rf "$out_dir" && mkdir -p "$out_dir/contents"
dpkg-deb -x "$deb" "$out_dir/contents"
dpkg-deb -f "$deb" Depends
appstreamcli validate --no-net "$out_dir"/contents/usr/share/metainfo/io.github.kaji.Kaji.metainfo.xml
desktop-file-validate "$out_dir"/contents/usr/share/applications/io.github.kaji.Kaji.desktop
for f in usr/bin/kaji usr/share/man/man1/kaji.1.gz usr/share/doc/kaji/THIRD-PARTY-NOTICES \
    usr/share/icons/hicolor/48x48/apps/io.github.kaji.Kaji.png usr/share/bash-completion/completions/kaji \
    usr/share/zsh/vendor-completions/_kaji; do
    [ -s "$out_dir/contents/$f" ] || die "the package lacks /$f"
done

# --- 3. a clean Debian 12, cached ------------------------------------------
# The chroot gets the host's own apt sources for the suite (mirrors and
# proxies configured there keep working); the cache key changes monthly and
# with those sources, so security updates arrive without a rebuild per run.
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -q "^[^#]*$suite" "$f" && sources+=("$f")
done
[ ${#sources[@]} -gt 0 ] || die "no apt sources for $suite on this machine"
key=$(date +%Y-%m)-$(cat "${sources[@]}" | sha256sum | cut -c1-8)
rootfs=$KAJI_CACHE_DIR/debian-$suite-$key.tar
if [ ! -f "$rootfs" ]; then
    step "creating a clean $suite root with mmdebstrap (cached as $rootfs)"
    rm -rf "$KAJI_CACHE_DIR"/debian-$suite-*.tar "$KAJI_CACHE_DIR"/debian-$suite-*.part
    # --format: the output's name would otherwise decide (".tmp": a directory).
    mmdebstrap --quiet --variant=apt --format=tar "$suite" "$rootfs.part" "${sources[@]}"
    mv "$rootfs.part" "$rootfs"
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
tar -C "$root" -xf "$rootfs"
cp "$deb" "$root/tmp/"
cp "$kubeconfig" "$root/tmp/kubeconfig"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# --- 4. install and run inside it ------------------------------------------
# A private mount namespace: /proc, /dev and /sys vanish with it, whatever
# happens. The chroot shares the host's network, so a cluster on loopback
# answers.
step "installing and running the package in the clean root"
unshare --mount --fork -- bash -euo pipefail -c '
    root=$1
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c "
        apt-get update -qq
        apt-get install -y -qq ./tmp/$(basename "$2") >/tmp/apt.log || { tail -n 30 /tmp/apt.log; exit 1; }
        echo \"installed: \$(dpkg-query -W kaji) with \$(dpkg -l | grep -c ^ii) packages in the root\"
        export KUBECONFIG=/tmp/kubeconfig
        set -x
        kaji --version
        kaji contexts
        kaji get pods -A >/tmp/pods.txt
        head -n 15 /tmp/pods.txt
        test -s /usr/share/doc/kaji/THIRD-PARTY-NOTICES
        bash -c \"source /usr/share/bash-completion/completions/kaji && complete -p kaji\"
        QT_QPA_PLATFORM=offscreen kaji --screenshot /tmp/kaji-window.png --screenshot-delay 5000
    "
' bash "$root" "$deb"
cp "$root/tmp/kaji-window.png" "$out_dir/"
step "done: screenshot in $out_dir/kaji-window.png"
