#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

preset="${MAJLIS_PRESET:-debug}"
majlis_install_packages
majlis_build "$preset"
export QT_QPA_PLATFORM=offscreen
cd "$MAJLIS_ROOT"
ctest --preset "$preset" --parallel "$(nproc)" "$@"
