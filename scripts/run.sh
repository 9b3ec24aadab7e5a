#!/usr/bin/env bash
# Installs what is missing, builds, and starts Majlis on its default local workspace.
# Arguments are passed on to the app, for example: scripts/run.sh --demo, --lang ar.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

preset="${MAJLIS_PRESET:-release}"
majlis_install_packages
majlis_build "$preset"
app="$MAJLIS_ROOT/build/$preset/app/gui/majlis"
[ -x "$app" ] || { echo "error: the build did not produce $app" >&2; exit 1; }
exec "$app" "$@"
