#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, AddressSanitizer, UBSan) and runs each
# for a while, seeded from tests/fuzz/seeds and ../shared/data. Prints executions, coverage and
# crashes per target; exits non-zero when a target crashed, leaving the input in
# build/fuzz/crashes/<target>/ to be turned into a regression test.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# The default, 120 seconds each, is CI's short run; give more for a long one, e.g. 3600.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

seconds="${1:-120}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv vcard icalendar legislators postcodes openstates sync_request cursor http_request)

majlis_install_packages
majlis_build fuzz >/dev/null

shared="$MAJLIS_ROOT/../shared/data"
seeds_for() {
    case "$1" in
        csv) echo "$MAJLIS_ROOT/tests/data" "$shared/congress" "$shared/csv" ;;
        vcard) echo "$MAJLIS_ROOT/tests/data" "$shared/vcard" ;;
        icalendar) echo "$MAJLIS_ROOT/tests/data" "$shared/ical" ;;
        legislators) echo "$shared/congress" ;;
        postcodes) echo "$MAJLIS_ROOT/tests/fuzz/seeds/postcodes" "$shared/districts" ;;
        openstates) echo "$MAJLIS_ROOT/tests/fuzz/seeds/openstates" ;;
        sync_request) echo "$MAJLIS_ROOT/tests/fuzz/seeds/sync" ;;
        cursor) echo "$MAJLIS_ROOT/tests/fuzz/seeds/cursor" ;;
        http_request) echo "$MAJLIS_ROOT/tests/fuzz/seeds/http" ;;
    esac
}

# One target: seed its corpus, run it, and leave "target executions cov features result" in
# build/fuzz/<target>.result.
fuzz_one() {
    local target="$1" binary corpus crashes log result runs cov ft dir
    binary="$MAJLIS_ROOT/build/fuzz/tests/fuzz/fuzz_$target"
    corpus="$MAJLIS_ROOT/build/fuzz/corpus/$target"
    crashes="$MAJLIS_ROOT/build/fuzz/crashes/$target"
    mkdir -p "$corpus" "$crashes"
    # Seed files: whatever of the listed folders exists (shared data is absent on some
    # machines), flattened into the corpus so libFuzzer reads them all.
    for dir in $(seeds_for "$target"); do
        [ -d "$dir" ] && find "$dir" -type f -size -1M -exec cp -n {} "$corpus/" \; 2>/dev/null
    done
    log="$MAJLIS_ROOT/build/fuzz/$target.log"
    # A fixed seed makes CI's short run repeatable; the corpus grows between runs.
    if ASAN_OPTIONS=detect_leaks=0 "$binary" "$corpus" -seed=1 -max_total_time="$seconds" -max_len=65536 -timeout=20 \
        -rss_limit_mb=2048 -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1; then
        result=ok
    else
        result="CRASH: see $log"
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')
    printf '%-14s %12s %8s %8s  %s\n' "$target" "$runs" "$cov" "$ft" "$result" >"$MAJLIS_ROOT/build/fuzz/$target.result"
}

# As many targets at once as there are cores: each is one process, so each still gets its
# SECONDS of one CPU.
for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do
        wait -n || true
    done
    rm -f "$MAJLIS_ROOT/build/fuzz/$target.result"
    fuzz_one "$target" &
done
wait

failed=0
printf '%-14s %12s %8s %8s  %s\n' target executions cov features result
for target in "${targets[@]}"; do
    line="$(cat "$MAJLIS_ROOT/build/fuzz/$target.result" 2>/dev/null || printf '%-14s %s' "$target" 'did not finish')"
    echo "$line"
    case "$line" in *" ok") ;; *) failed=1 ;; esac
done
exit "$failed"
