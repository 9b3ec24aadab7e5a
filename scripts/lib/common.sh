# Shared by run.sh and test.sh: install what a fresh Debian 12 machine lacks, then configure
# and build with the chosen CMake preset. Sourced, not run.

MAJLIS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian 12 packages the build, the app and the tests need.
MAJLIS_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins qt6-charts-dev
    libqt6opengl6-dev
    libgl-dev libvulkan-dev
    catch2 sqlite3 libsqlite3-dev libicu-dev
    fonts-dejavu-core tzdata
    poppler-utils python3-icalendar
    dpkg-dev appstream desktop-file-utils
    qt6-httpserver-dev qt6-websockets-dev openssl
    postgresql libqt6sql6-psql
    qt6-translations-l10n
    clang libclang-rt-14-dev
    qtkeychain-qt6-dev
    libphonenumber-dev libprotobuf-dev
    libical-dev
    libyaml-cpp-dev libarchive-dev
)

# The list above plus any given as arguments: the tools only one script needs (nginx and wrk for
# the load test, valgrind) are installed by that script, not by every build.
majlis_missing_packages() {
    local pkg missing=()
    for pkg in "${MAJLIS_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[@]}"
}

majlis_install_packages() {
    local missing
    missing="$(majlis_missing_packages "$@")"
    [ -z "$missing" ] && return 0
    echo "Installing missing Debian packages: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install: $missing" >&2; return 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

majlis_build() {
    local preset="$1"
    cd "$MAJLIS_ROOT" || return 1
    cmake --preset "$preset" >/dev/null || return 1
    cmake --build --preset "$preset" --parallel "$(nproc)"
}
