#!/usr/bin/env bash
# A throwaway PostgreSQL cluster in a temporary directory, reachable only on a Unix socket.
#
#   scripts/pg-throwaway.sh start [DIR] initdb + start; prints the connection URL on stdout
#                                       (DIR defaults to a new /tmp/motebok-pg.XXXXXX; as root,
#                                       its parent must be searchable by user postgres)
#   scripts/pg-throwaway.sh stop DIR    stop the server (by PID) and delete DIR
#                                       (DIR is the URL's host= value)
#   scripts/pg-throwaway.sh available   exit 0 when Debian's PostgreSQL binaries exist
#
# Why a private cluster: tests and benchmarks need a real server with the `norwegian`
# text-search configuration and pg_trgm, but must not touch a system cluster or need a
# password. initdb takes about a second; no TCP port is opened (listen_addresses='').
# As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

PORT="${MOTEBOK_PG_PORT:-5432}"

pg_bindir() {
    # The newest installed Debian PostgreSQL (/usr/lib/postgresql/N/bin), or nothing.
    local initdb
    initdb=$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$initdb" ]] && dirname "$initdb"
}

as_db_user() {
    # Run a command as the user that owns the cluster.
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

db_user() {
    if [[ "$(id -u)" == 0 ]]; then echo postgres; else id -un; fi
}

start() {
    local dir="${1:-}" bindir
    bindir=$(pg_bindir) || { echo "pg-throwaway: PostgreSQL is not installed" >&2; exit 3; }
    [[ -n "$dir" ]] || dir=$(mktemp -d "${TMPDIR:-/tmp}/motebok-pg.XXXXXX")
    mkdir -p "$dir"
    if [[ "$(id -u)" == 0 ]]; then
        chown postgres: "$dir"
        runuser -u postgres -- test -w "$dir" \
            || { echo "pg-throwaway: user postgres cannot reach $dir (check its parents)" >&2; exit 1; }
    fi
    as_db_user "$bindir/initdb" -D "$dir/data" -E UTF8 --locale=C.UTF-8 -A trust \
        -U "$(db_user)" >"$dir/initdb.log" 2>&1 \
        || { echo "pg-throwaway: initdb failed, see $dir/initdb.log" >&2; cat "$dir/initdb.log" >&2; exit 1; }
    as_db_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $PORT -k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null \
        || { echo "pg-throwaway: server did not start, see $dir/server.log" >&2; cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://$(db_user)@/postgres?host=$dir&port=$PORT"
}

stop() {
    local dir="$1" pidfile="$1/data/postmaster.pid" pid
    # Stop by PID, not pg_ctl: works as any user and even if the data dir is half gone.
    if [[ -f "$pidfile" ]]; then
        pid=$(head -n 1 "$pidfile")
        kill -INT "$pid" 2>/dev/null || true  # SIGINT = fast shutdown (TERM waits for clients)
        # Fast shutdown normally takes well under a second; wait up to 30 s.
        for _ in $(seq 300); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) [[ $# -le 2 ]] || { echo "usage: $0 start [DIR]" >&2; exit 2; }; start "${2:-}" ;;
    stop) [[ $# == 2 ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }; stop "$2" ;;
    available) pg_bindir >/dev/null ;;
    *) echo "usage: $0 start [DIR] | stop DIR | available" >&2; exit 2 ;;
esac
