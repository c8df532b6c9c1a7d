# Builds KSyntaxHighlighting for Qt 6 into a private prefix in the cache.
#
# Debian 12 ships it only for Qt 5. Its last KF5 release (5.116.0) builds
# against Qt 6 with BUILD_WITH_QT6=ON once its ECM requirement is lowered to
# the 5.103 Debian has. Never install it system-wide: its soname clashes with
# Debian's Qt 5 package. Systems with KF6SyntaxHighlighting skip all of this.

KSH_VERSION=5.116.0
KSH_SHA256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
KSH_PREFIX=$KAJI_CACHE_DIR/ksyntaxhighlighting-$KSH_VERSION-qt6

# The Debian archive URI comes from the machine's own apt configuration, so
# mirrors and proxies set up there keep working.
debian_archive_uri() {
    local uri=""
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        uri=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
        uri=$(awk '$1 == "deb" && $0 !~ /security/ {print ($2 ~ /^\[/ ? $3 : $2); exit}' /etc/apt/sources.list)
    fi
    printf '%s' "$uri"
}

# Fetches the upstream tarball with apt's own client from the suite that
# carries it (trixie), using a private apt state so the system is untouched.
fetch_ksh_tarball() {
    local dest=$1 work uri url
    work=$(mktemp -d)
    uri=$(debian_archive_uri)
    [ -n "$uri" ] || die "cannot find a Debian archive in the apt sources"
    mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
    echo "deb-src $uri trixie main" >"$work/sources.list"
    local aptopts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
        -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
    apt-get "${aptopts[@]}" -qq update || die "apt-get update for the KSyntaxHighlighting source failed"
    # The mirror may 404 the .dsc while serving the tarball, so take only the
    # tarball's URI and check its hash ourselves.
    url=$(apt-get "${aptopts[@]}" --print-uris source ksyntax-highlighting 2>/dev/null |
        awk -F"'" -v f="ksyntax-highlighting_${KSH_VERSION}.orig.tar.xz" 'index($2, f) && $2 !~ /\.asc$/ {print $2; exit}')
    [ -n "$url" ] || die "ksyntax-highlighting $KSH_VERSION not found in Debian's trixie sources"
    /usr/lib/apt/apt-helper -o APT::Sandbox::User=root download-file "$url" "$dest" "SHA256:$KSH_SHA256" >/dev/null ||
        die "download of $url failed"
    rm -rf "$work"
}

build_ksyntaxhighlighting() {
    if [ -f "$KSH_PREFIX/.complete" ]; then return 0; fi
    log "building KSyntaxHighlighting $KSH_VERSION for Qt 6 into $KSH_PREFIX"
    local work tarball
    work=$(mktemp -d)
    tarball=$work/ksh.tar.xz
    fetch_ksh_tarball "$tarball"
    echo "$KSH_SHA256  $tarball" | sha256sum -c --quiet - || die "checksum mismatch for KSyntaxHighlighting"
    tar xf "$tarball" -C "$work"
    local src=$work/syntax-highlighting-$KSH_VERSION
    [ -d "$src" ] || src=$(find "$work" -maxdepth 1 -mindepth 1 -type d | head -n 1)
    sed -i 's/find_package(ECM 5\.116\.0 /find_package(ECM 5.103.0 /' "$src/CMakeLists.txt"
    rm -rf "$KSH_PREFIX.tmp"
    cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_WITH_QT6=ON \
        -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DCMAKE_INSTALL_PREFIX="$KSH_PREFIX.tmp" >"$work/configure.log" 2>&1 ||
        { tail -n 30 "$work/configure.log"; die "configuring KSyntaxHighlighting failed"; }
    cmake --build "$work/build" >"$work/build.log" 2>&1 ||
        { tail -n 30 "$work/build.log"; die "building KSyntaxHighlighting failed"; }
    cmake --install "$work/build" >/dev/null
    # Rename last so an interrupted build is never mistaken for a finished one.
    rm -rf "$KSH_PREFIX"
    touch "$KSH_PREFIX.tmp/.complete"
    mv "$KSH_PREFIX.tmp" "$KSH_PREFIX"
    rm -rf "$work"
}
