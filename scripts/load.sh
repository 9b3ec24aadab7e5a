#!/usr/bin/env bash
# Load test of the sync server as deployed: wrk opens CLIENTS concurrent HTTPS connections to a
# private nginx (TLS, the packaged site's settings minus its per-address rate limits, see
# tests/load/nginx-load.conf) in front of majlis-server, and for SECONDS sends a mix of pushes
# (each a new contact), pulls (first page of a snapshot) and a few real logins
# (tests/load/mix.lua). It runs once with the SQLite store and once with PostgreSQL (a private
# throwaway cluster), and prints per store: requests/s, latency percentiles, non-2xx answers,
# socket errors, peak memory, and whether every acknowledged push was stored.
#
#   scripts/load.sh [SECONDS] [CLIENTS]      defaults: 60 seconds, 200 connections
#
# Environment: MAJLIS_NO_BUILD=1 uses the release build as it is instead of building it first;
# MAJLIS_LOAD_KEEP=1 keeps the scratch folder (configs, logs, wrk output); LOAD_USERS (20),
# LOAD_CHAPTERS (4), LOAD_PUSH_PERCENT (50), LOAD_PULL_LIMIT (100), LOAD_LOGIN_EVERY (see below)
# change the mix. Exits non-zero when any request failed or a push went missing.
#
# Everything (server, nginx, wrk, PostgreSQL) shares this machine's cores: the figures are
# those of a small single-machine deployment, not of the server alone.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
# shellcheck source=../tests/load/lib.sh
source "$MAJLIS_ROOT/tests/load/lib.sh"

seconds="${1:-60}"
clients="${2:-200}"
users="${LOAD_USERS:-20}"
chapters="${LOAD_CHAPTERS:-4}"
push_percent="${LOAD_PUSH_PERCENT:-50}"
pull_limit="${LOAD_PULL_LIMIT:-100}"
# Every Nth request of each wrk thread is a login. A login hashes the password with PBKDF2
# (310,000 iterations) on the server's only thread, and real laptops log in once a month, so
# logins are a small share; enough that the run shows what they cost everyone else.
login_every="${LOAD_LOGIN_EVERY:-1000}"
[ "$chapters" -ge 1 ] && [ "$chapters" -le 8 ] || { echo "error: LOAD_CHAPTERS must be 1 to 8" >&2; exit 1; }
threads="$(nproc)"
[ "$clients" -ge "$threads" ] || threads="$clients"

majlis_install_packages wrk nginx-light sslscan curl
if [ "${MAJLIS_NO_BUILD:-0}" != 1 ]; then
    majlis_build release >/dev/null
fi
[ -x "$MAJLIS_SERVER_BIN" ] || { echo "error: $MAJLIS_SERVER_BIN is missing; build the release preset" >&2; exit 1; }

load_setup load
load_make_cert
cert="$LOAD_DIR/tls/cert.pem"

# Chapters North, South, ... and users load01..loadNN spread over them; every fifth user is in
# two chapters and every tenth is an organizer, as in a real organization.
chapter_names=(North South East West Central Coast Valley Hills)
user_name() { printf 'load%02d' "$1"; }
user_password() { printf 'load-password-%02d' "$1"; }
user_args() {
    local i="$1" role=volunteer
    [ $((i % 10)) -eq 0 ] && role=organizer
    echo --name "$(user_name "$i")" --role "$role" --chapter "${chapter_names[$(((i - 1) % chapters))]}"
    [ $((i % 5)) -eq 0 ] && echo --chapter "${chapter_names[$((i % chapters))]}"
    return 0
}

declare -A result

# One store: set up the database and accounts, start majlis-server and nginx, log every user in
# once, run wrk, then read the figures and stop both again. $1 is "sqlite" or "postgres".
run_store() {
    local store="$1" dir="$LOAD_DIR/$1" i port answer login_ms
    mkdir -p "$dir"
    if [ "$store" = sqlite ]; then
        cat >"$dir/server.conf" <<EOF
[server]
database=$dir/server.sqlite
EOF
    else
        load_start_postgres
        # An ordinary role, as packaging/server/README.md says: superusers bypass row-level security.
        load_psql postgres "CREATE ROLE majlis LOGIN NOSUPERUSER NOBYPASSRLS"
        load_psql postgres "CREATE DATABASE majlis OWNER majlis"
        cat >"$dir/server.conf" <<EOF
[server]
driver=QPSQL
database=majlis

[postgresql]
host=127.0.0.1
port=$LOAD_PG_PORT
user=majlis
password=
EOF
    fi
    "$MAJLIS_SERVER_BIN" init --config "$dir/server.conf" --organization "Load Test" >/dev/null
    for ((i = 1; i <= users; i++)); do
        # shellcheck disable=SC2046
        user_password "$i" | "$MAJLIS_SERVER_BIN" adduser --config "$dir/server.conf" $(user_args "$i") >/dev/null
    done

    load_start_server "$dir/server.conf"
    port="$(load_free_port)"
    sed -e "s|@PORT@|$port|g" -e "s|@UPSTREAM@|$LOAD_SERVER_PORT|g" -e "s|@CERT@|$cert|g" \
        -e "s|@KEY@|$LOAD_DIR/tls/key.pem|g" -e "s|@LOGDIR@|$dir|g" \
        "$MAJLIS_ROOT/tests/load/nginx-load.conf" >"$dir/nginx-site.conf"
    load_start_nginx "$dir/nginx-site.conf" "$port" "$dir/nginx"

    # One login per user before the run, through nginx and checking the certificate, as a laptop
    # does: the tokens for wrk, and the time one login takes when nothing else runs.
    : >"$dir/accounts.tsv"
    login_ms=0
    for ((i = 1; i <= users; i++)); do
        answer="$(curl -sS --fail-with-body --cacert "$cert" -w '\n%{time_total}' -H 'Content-Type: application/json' \
            -d "{\"user\":\"$(user_name "$i")\",\"password\":\"$(user_password "$i")\",\"device_id\":\"setup-$i\"}" \
            "https://127.0.0.1:$port/v1/login")"
        login_ms="$(awk -v a="$login_ms" -v t="$(tail -1 <<<"$answer")" 'BEGIN{printf "%.3f", a + t * 1000}')"
        # token, the user's last chapter (so two-chapter users write to their second one), name, password
        head -1 <<<"$answer" | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["token"], d["chapters"][-1]["id"], sep="\t", end="\t")' >>"$dir/accounts.tsv"
        printf '%s\t%s\n' "$(user_name "$i")" "$(user_password "$i")" >>"$dir/accounts.tsv"
    done
    result[$store.login_ms]="$(awk -v t="$login_ms" -v n="$users" 'BEGIN{printf "%.0f", t / n}')"

    echo "== $store: $seconds s, $clients connections, $threads wrk threads" >&2
    # Anything else running on the machine takes cores from the test: say how busy it was.
    result[$store.loadavg]="$(cut -d' ' -f1 /proc/loadavg)"
    # A generous timeout: a slow answer should count in the latency figures, not as an error.
    wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 30s -s "$MAJLIS_ROOT/tests/load/mix.lua" \
        "https://127.0.0.1:$port" -- "$dir/accounts.tsv" "$store$$" "$push_percent" "$pull_limit" "$login_every" \
        >"$dir/wrk.log" 2>&1 || { cat "$dir/wrk.log" >&2; return 1; }
    while read -r _ key value; do
        result[$store.$key]="$value"
    done < <(grep '^result ' "$dir/wrk.log")

    # Still alive and answering after the run?
    if kill -0 "$LOAD_SERVER_PID" 2>/dev/null \
        && curl -sS --fail --cacert "$cert" -d '{"protocol":99,"schema":99}' "https://127.0.0.1:$port/v1/hello" >/dev/null; then
        result[$store.alive]=yes
    else
        result[$store.alive]=NO
    fi
    # Peak memory is read before anything stops (VmHWM goes with the process).
    result[$store.server_rss]="$(load_peak_rss_mib "$LOAD_SERVER_PID")"
    # Every push answered 200 without refusal added one contact (checked at the end).
    if [ "$store" = sqlite ]; then
        result[$store.stored]="$(sqlite3 "$dir/server.sqlite" "SELECT count(*) FROM records WHERE table_name = 'contacts'")"
        result[$store.size]="$(du -cm "$dir"/server.sqlite* | awk 'END{print $1}')"
        result[$store.pg_rss]="-"
    else
        result[$store.stored]="$(load_psql majlis "SELECT count(*) FROM records WHERE table_name = 'contacts'")"
        result[$store.size]="$(load_psql majlis "SELECT pg_database_size('majlis') / 1048576")"
        # The backend serving majlis-server, and all the cluster's processes added up (this
        # counts the shared buffers once per process that touched them, so it overstates).
        local backend postmaster total=0 pid
        backend="$(load_psql postgres "SELECT pid FROM pg_stat_activity WHERE usename = 'majlis' LIMIT 1")"
        postmaster="$(head -1 "$LOAD_PG_DATA/postmaster.pid")"
        for pid in "$postmaster" $(pgrep -P "$postmaster"); do
            total="$(awk -v t="$total" -v r="$(load_peak_rss_mib "$pid")" 'BEGIN{printf "%.1f", t + r}')"
        done
        result[$store.pg_rss]="$(load_peak_rss_mib "$backend") backend, $total all"
    fi
    load_stop "$LOAD_NGINX_PID"
    load_stop "$LOAD_SERVER_PID"
}

run_store sqlite
run_store postgres

echo
echo "majlis-server load test: $seconds s, $clients HTTPS connections through nginx, $(nproc) cores shared by"
echo "wrk, nginx, majlis-server and PostgreSQL; $users users in $chapters chapters; requests: $push_percent% pushes"
echo "(one new contact each), the rest pulls (empty cursor, limit $pull_limit), and every ${login_every}th request of a"
echo "wrk thread a login."
printf '\n%-34s %14s %14s\n' "" SQLite PostgreSQL
row() { printf '%-34s %14s %14s\n' "$1" "${result[sqlite.$2]:-?}" "${result[postgres.$2]:-?}"; }
row "requests/s" rps
row "requests" requests
row "  pushes (200, nothing refused)" pushes
row "  pulls" pulls
row "  logins" logins
row "latency p50 (ms)" p50_ms
row "latency p95 (ms)" p95_ms
row "latency p99 (ms)" p99_ms
row "latency max (ms)" max_ms
row "non-2xx answers" non_2xx
row "socket errors" socket_errors
row "pushes with refusals" pushes_refused
row "pushes sent (incl. cut off at end)" pushes_sent
row "contacts stored" stored
row "server alive after the run" alive
row "majlis-server peak RSS (MiB)" server_rss
row "one login alone (ms)" login_ms
row "store size after (MiB)" size
row "machine load average before" loadavg
printf '%-34s %14s %29s\n' "postgres peak RSS (MiB)" "-" "${result[postgres.pg_rss]:-?}"

failed=0
for store in sqlite postgres; do
    problems=()
    [ "${result[$store.non_2xx]:-1}" = 0 ] || problems+=("non-2xx answers: ${result[$store.non_2xx_statuses]:-?}")
    [ "${result[$store.socket_errors]:-1}" = 0 ] || problems+=("socket errors: ${result[$store.socket_detail]:-?}")
    [ "${result[$store.pushes_refused]:-1}" = 0 ] || problems+=("${result[$store.pushes_refused]:-?} pushes had refusals")
    [ "${result[$store.other_2xx]:-1}" = 0 ] || problems+=("${result[$store.other_2xx]:-?} unrecognized answers")
    # wrk stops at the deadline without reading the answers still in flight, so a few more
    # contacts than acknowledged pushes may be stored, but never fewer, and never more than sent.
    stored="${result[$store.stored]:-0}"
    if ! [ "$stored" -ge "${result[$store.pushes]:-1}" ] 2>/dev/null || ! [ "$stored" -le "${result[$store.pushes_sent]:-0}" ]; then
        problems+=("${result[$store.pushes]:-?} pushes acknowledged, ${result[$store.pushes_sent]:-?} sent, but $stored contacts stored")
    fi
    [ "${result[$store.alive]:-NO}" = yes ] || problems+=("the server died or stopped answering")
    if [ ${#problems[@]} -gt 0 ]; then
        failed=1
        printf '%s: FAILED: %s\n' "$store" "$(IFS=';'; echo "${problems[*]}")"
    fi
done
[ "$failed" -eq 0 ] && echo "Both stores: every request answered 2xx, no socket errors, no acknowledged push missing from the store."
exit "$failed"
