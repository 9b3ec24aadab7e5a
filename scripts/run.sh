#!/usr/bin/env bash
# Installs what is missing, builds, and starts Majlis on its default local workspace.
# Arguments are passed on to the app, for example: scripts/run.sh --demo, --lang ar.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

majlis_install_packages
majlis_build "${MAJLIS_PRESET:-release}"
exec "$MAJLIS_ROOT/build/${MAJLIS_PRESET:-release}/app/majlis" "$@"
