#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `cluster.sh start DIR` makes one in DIR
# (initdb, then postgres listening on 127.0.0.1 and a socket in DIR only, on a free port,
# with TLS from a CA made for it: DIR/ca.crt verifies the server as 127.0.0.1 or localhost)
# and writes its administrator's URL to DIR/url; `cluster.sh stop DIR` stops it and deletes
# DIR. `cluster.sh kill DIR` kills the server as a power cut would (SIGKILL), and
# `cluster.sh resume DIR` starts it again on the same port and data.
#
# TESSERA_PG_LISTEN=ADDRESS (start only) makes it listen on that address too, with the
# certificate valid for it: a head office in a network namespace of its own, reached over a
# test "WAN" (tests/integration/netns_headoffice.sh).
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

server_options() {
    local listen=127.0.0.1
    [ ! -s "$1/listen" ] || listen="127.0.0.1,$(cat "$1/listen")"
    echo "-p $2 -k $1 -c listen_addresses=$listen -c max_connections=200 -c ssl=on" \
        "-c ssl_cert_file=$1/server.crt -c ssl_key_file=$1/server.key"
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
    # TLS: a CA of the cluster's own, and a server certificate it signed for 127.0.0.1.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Tessera test CA" \
        -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
    extra="${TESSERA_PG_LISTEN:-}"
    printf '%s' "$extra" >"$dir/listen"
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost%s\n' "${extra:+,IP:$extra}" >"$dir/san.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial -days 2 \
        -extfile "$dir/san.ext" -out "$dir/server.crt" 2>/dev/null
    chmod 600 "$dir/server.key"
    chmod 644 "$dir/ca.crt"
    [ ${#as_owner[@]} -eq 0 ] || chown postgres "$dir/server.key" "$dir/server.crt"
    port="$(free_port)"
    echo "$port" >"$dir/port"
    # fsync stays on: the tests check what survives a SIGKILL, which fsync does not change,
    # but a test of durability should run on the settings a branch runs on.
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "$(server_options "$dir" "$port")" start >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
    echo "cluster.sh: PostgreSQL on 127.0.0.1:$port ($dir)"
    ;;
kill)
    pid="$(head -1 "$dir/data/postmaster.pid")"
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    # Its backends go with it once they notice their parent is gone; they work in the data
    # directory, and the server cannot start again while one of them is still there.
    while find /proc/[0-9]*/cwd -maxdepth 0 -lname "$dir/data" 2>/dev/null | grep -q .; do sleep 0.05; done
    ;;
resume)
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "$(server_options "$dir" "$(cat "$dir/port")")" start >/dev/null 2>&1
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
