#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `cluster.sh start DIR` makes one in DIR
# (initdb, then postgres listening on 127.0.0.1 and a socket in DIR only, on a free port)
# and writes its administrator's URL to DIR/url; `cluster.sh stop DIR` stops it and deletes DIR.
#
# PostgreSQL refuses to run as root, and CI runs as root: then the cluster belongs to the
# `postgres` user that Debian's package makes. Connections from 127.0.0.1 need a password
# (scram), except the administrator's, so the tests can try wrong passwords and roles.
set -euo pipefail
action="${1:?start or stop}"
dir="${2:?the directory of the cluster}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bindir/initdb" ] || { echo "cluster.sh: PostgreSQL is not installed (scripts/install-deps.sh installs it)" >&2; exit 1; }

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
fi

free_port() {
    local port
    for port in $(seq 55400 55999); do
        if ! ss -Htln "sport = :$port" | grep -q .; then
            echo "$port"
            return
        fi
    done
    echo "cluster.sh: no free port between 55400 and 55999" >&2
    exit 1
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "$0" stop "$dir"
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ ${#as_owner[@]} -eq 0 ] || chown postgres "$dir"
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    {
        echo "local all all trust"
        echo "host all postgres 127.0.0.1/32 trust"
        echo "host all all 127.0.0.1/32 scram-sha-256"
        echo "hostssl all all 0.0.0.0/0 scram-sha-256"
    } >"$dir/pg_hba.conf"
    [ ${#as_owner[@]} -eq 0 ] || chown postgres "$dir/pg_hba.conf"
    "${as_owner[@]}" cp "$dir/pg_hba.conf" "$dir/data/pg_hba.conf"
    port="$(free_port)"
    # fsync stays on: the tests check what survives a SIGKILL, which fsync does not change,
    # but a test of durability should run on the settings a branch runs on.
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
    echo "cluster.sh: PostgreSQL on 127.0.0.1:$port ($dir)"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "cluster.sh: start or stop, not $action" >&2
    exit 1
    ;;
esac
