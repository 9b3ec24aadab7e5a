#!/bin/bash
# Builds the .deb from this build folder, checks what it holds, unpacks it into a scratch root
# with dpkg -x, and runs the packaged majlis-cli. Skips (exit 77) where the Debian tools are absent.
set -euo pipefail
build_dir="$1"
source_dir="$2"
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is not installed"; exit 77; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

(cd "$build_dir" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; exit 1; }
deb="$(ls "$scratch"/out/*.deb)"
echo "built $(basename "$deb")"

contents="$(dpkg-deb --contents "$deb")"
for wanted in ./usr/bin/majlis ./usr/bin/majlis-cli ./usr/bin/majlis-server \
              ./usr/share/majlis/server/majlis-server.service \
              ./usr/share/majlis/server/nginx-majlis.conf \
              ./usr/share/majlis/server/majlis-server.conf \
              ./usr/share/majlis/server/PROTOCOL.md \
              ./usr/share/applications/org.majlis.Majlis.desktop \
              ./usr/share/metainfo/org.majlis.Majlis.metainfo.xml \
              ./usr/share/icons/hicolor/scalable/apps/org.majlis.Majlis.svg; do
    grep -q " $wanted\$" <<<"$contents" || { echo "missing from the package: $wanted"; exit 1; }
done
depends="$(dpkg-deb --field "$deb" Depends)"
grep -q "libqt6widgets6" <<<"$depends" || { echo "Depends lacks the Qt libraries: $depends"; exit 1; }
grep -q "libqt6sql6-sqlite" <<<"$depends" || { echo "Depends lacks the SQLite driver: $depends"; exit 1; }

dpkg -x "$deb" "$scratch/root"
version="$("$scratch/root/usr/bin/majlis-cli" --version)"
[[ "$version" == "majlis-cli "* ]] || { echo "unexpected version output: $version"; exit 1; }
echo "$version"
server_version="$("$scratch/root/usr/bin/majlis-server" --version)"
[[ "$server_version" == "majlis-server "* ]] || { echo "unexpected version output: $server_version"; exit 1; }

if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/org.majlis.Majlis.metainfo.xml"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$scratch/root/usr/share/applications/org.majlis.Majlis.desktop"
fi
