#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest.
#
#   scripts/test.sh [CTEST_ARGS...]   the debug build's suite (what a developer runs)
#   scripts/test.sh --ci              that, then the whole suite again under AddressSanitizer and
#                                     UBSan (the asan preset), then a short run of every fuzz
#                                     target (scripts/fuzz.sh); what .ci/run does
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

ci=0
if [ "${1:-}" = "--ci" ]; then
    ci=1
    shift
fi

run_suite() {
    local preset="$1"
    shift
    echo "== $preset: build"
    majlis_build "$preset"
    echo "== $preset: tests"
    (cd "$MAJLIS_ROOT" && QT_QPA_PLATFORM=offscreen ctest --preset "$preset" --parallel "$(nproc)" "$@")
}

majlis_install_packages
run_suite "${MAJLIS_PRESET:-debug}" "$@"
if [ "$ci" -eq 1 ]; then
    # A sanitizer report fails the test that triggered it: UBSan does not recover, ASan aborts.
    run_suite asan
    echo "== fuzz: short run of every target"
    bash "$MAJLIS_ROOT/scripts/fuzz.sh" 120
fi
