# shellcheck shell=bash
# Helpers shared by scripts/load.sh and scripts/tls-scan.sh: a scratch folder, free loopback
# ports, a throwaway certificate, and majlis-server, nginx and PostgreSQL started privately (own
# folders, own ports on 127.0.0.1, nothing under /etc or /var touched) and stopped again on exit.
# Sourced after scripts/lib/common.sh, not run.

MAJLIS_SERVER_BIN="${MAJLIS_SERVER_BIN:-$MAJLIS_ROOT/build/release/server/majlis-server}"

# Every process started here, stopped in reverse order by load_cleanup.
LOAD_PIDS=()
LOAD_PG_DATA=""
LOAD_DIR=""

# Makes $LOAD_DIR and arranges for everything to be stopped and removed however the script ends
# (normal exit, error under set -e, Ctrl-C). MAJLIS_LOAD_KEEP=1 keeps the folder (logs, configs).
load_setup() {
    LOAD_DIR="$(mktemp -d "${TMPDIR:-/tmp}/majlis-$1.XXXXXX")"
    trap load_cleanup EXIT
    trap 'exit 130' INT TERM
}

load_cleanup() {
    local status=$? i pid
    for ((i = ${#LOAD_PIDS[@]} - 1; i >= 0; i--)); do
        pid="${LOAD_PIDS[i]}"
        kill "$pid" 2>/dev/null || continue
        # nginx and majlis-server stop within a moment of SIGTERM; don't leave one behind if not.
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    # PostgreSQL last: majlis-server, stopped above, was its client.
    if [ -n "$LOAD_PG_DATA" ] && [ -f "$LOAD_PG_DATA/postmaster.pid" ]; then
        load_as_postgres "$(load_pg_bin)/pg_ctl" -D "$LOAD_PG_DATA" -m immediate -w stop >/dev/null 2>&1 \
            || kill -KILL "$(head -1 "$LOAD_PG_DATA/postmaster.pid")" 2>/dev/null || true
    fi
    if [ -n "$LOAD_DIR" ]; then
        if [ "${MAJLIS_LOAD_KEEP:-0}" = 1 ]; then
            echo "kept $LOAD_DIR" >&2
        else
            rm -rf "$LOAD_DIR"
        fi
    fi
    exit "$status"
}

# A port nobody listens on right now (the kernel picks it; the tiny race until our server binds
# it does not matter on a test machine).
load_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until something accepts connections on 127.0.0.1:$1, at most $2 seconds (default 20).
load_wait_port() {
    local port="$1" tries=$((${2:-20} * 10))
    while ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        tries=$((tries - 1))
        [ "$tries" -gt 0 ] || { echo "error: nothing listens on 127.0.0.1:$port" >&2; return 1; }
        sleep 0.1
    done
}

# A self-signed certificate for 127.0.0.1, valid two days: $LOAD_DIR/tls/cert.pem and key.pem.
# ECDSA P-256, the kind of key Let's Encrypt issues by default.
load_make_cert() {
    mkdir -p "$LOAD_DIR/tls"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
        -subj "/CN=majlis.test" -addext "subjectAltName=DNS:majlis.test,IP:127.0.0.1" \
        -keyout "$LOAD_DIR/tls/key.pem" -out "$LOAD_DIR/tls/cert.pem" >/dev/null 2>&1
}

# Starts nginx in the foreground (so $! is its master process, kept in LOAD_NGINX_PID) with a
# main configuration that only wraps the site file $1 (already edited for our ports and paths):
# pid file, logs and temporary files all go under the folder $3, so the machine's own nginx is
# left alone. Waits for port $2.
load_start_nginx() {
    local site="$1" port="$2" prefix="$3"
    mkdir -p "$prefix/logs" "$prefix/tmp"
    cat >"$prefix/nginx.conf" <<EOF
# Runs as root: the scratch folder is root's, and nothing here faces the network.
user root;
worker_processes $(nproc);
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events {
    # Each client connection also opens one to majlis-server.
    worker_connections 8192;
}
http {
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    default_type application/octet-stream;
    include $site;
}
EOF
    nginx -t -p "$prefix" -c "$prefix/nginx.conf" -q || return 1
    nginx -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;' >"$prefix/logs/stdout.log" 2>&1 &
    LOAD_NGINX_PID=$!
    LOAD_PIDS+=("$LOAD_NGINX_PID")
    load_wait_port "$port"
}

# Starts `majlis-server run --config $1` on any free loopback port and sets LOAD_SERVER_PID and
# LOAD_SERVER_PORT (the server prints "listening ADDRESS PORT http" once it accepts).
load_start_server() {
    local config="$1" log="$LOAD_DIR/server-$RANDOM.log" tries=200
    : >"$log"
    "$MAJLIS_SERVER_BIN" run --config "$config" --listen 127.0.0.1 --port 0 >"$log" 2>&1 &
    LOAD_SERVER_PID=$!
    LOAD_PIDS+=("$LOAD_SERVER_PID")
    until grep -q '^listening ' "$log"; do
        tries=$((tries - 1))
        if [ "$tries" -le 0 ] || ! kill -0 "$LOAD_SERVER_PID" 2>/dev/null; then
            echo "error: majlis-server did not start:" >&2
            cat "$log" >&2
            return 1
        fi
        sleep 0.05
    done
    LOAD_SERVER_PORT="$(awk '/^listening /{print $3; exit}' "$log")"
}

# Stops one process started by the functions above (and forgets it).
load_stop() {
    local pid="$1" kept=() p
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for p in "${LOAD_PIDS[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
    LOAD_PIDS=("${kept[@]}")
}

# Peak resident memory (VmHWM) of a live process, in MiB.
load_peak_rss_mib() {
    awk '/^VmHWM:/{printf "%.1f", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo "?"
}

load_pg_bin() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    echo "$bin"
}

# initdb and pg_ctl refuse to run as root: under root the cluster belongs to the postgres user.
load_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# A throwaway PostgreSQL cluster in $LOAD_DIR/pg on a free loopback port (LOAD_PG_PORT), its
# Unix socket in the same folder. Trust authentication is fine here: it listens on loopback
# only and is deleted with the folder. Unlike the tests' cluster it keeps fsync and
# synchronous_commit on, so its figures compare fairly with SQLite's synchronous=FULL.
load_start_postgres() {
    local bin
    bin="$(load_pg_bin)"
    [ -x "$bin/initdb" ] || { echo "error: PostgreSQL is not installed" >&2; return 1; }
    mkdir -p "$LOAD_DIR/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$LOAD_DIR/pg" && chmod o+x "$LOAD_DIR"
    LOAD_PG_DATA="$LOAD_DIR/pg/data"
    LOAD_PG_PORT="$(load_free_port)"
    load_as_postgres "$bin/initdb" -D "$LOAD_PG_DATA" -U postgres -A trust -E UTF8 --locale=C >"$LOAD_DIR/pg/initdb.log" 2>&1 \
        || { cat "$LOAD_DIR/pg/initdb.log" >&2; return 1; }
    load_as_postgres "$bin/pg_ctl" -D "$LOAD_DIR/pg/data" -l "$LOAD_DIR/pg/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $LOAD_PG_PORT -k $LOAD_DIR/pg" start >/dev/null \
        || { cat "$LOAD_DIR/pg/server.log" >&2; return 1; }
}

# Runs SQL as the cluster's superuser (which row-level security does not restrict).
load_psql() {
    psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$LOAD_PG_PORT" -U postgres -d "$1" -c "$2"
}
