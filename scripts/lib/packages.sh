# Installs the Debian/Ubuntu packages Kaji needs, only when some are missing,
# so a second run neither needs the network nor root.

KAJI_APT_PACKAGES=(
    build-essential cmake ninja-build pkg-config git xz-utils openssl curl
    qt6-base-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libgl-dev
    libcurl4-openssl-dev libyaml-cpp-dev libyaml-dev nlohmann-json3-dev libsimdjson-dev zlib1g-dev
    libgraphviz-dev libdtl-dev libvterm-dev
    extra-cmake-modules perl help2man
    fonts-noto-cjk
)

missing_packages() {
    local pkg
    for pkg in "${KAJI_APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$pkg"
    done
}

install_packages() {
    command -v apt-get >/dev/null 2>&1 || {
        log "not a Debian/Ubuntu system: install the packages listed in README.md yourself"
        return 0
    }
    local missing
    mapfile -t missing < <(missing_packages)
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
