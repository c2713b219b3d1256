#!/usr/bin/env bash
# Installs what is missing, builds, and starts a branch on the embedded SQLite journal
# with the sample bank configuration. Ctrl-C stops it; the journal stays in the data
# directory (default: build/demo-data), so the next start picks up where this one ended.
# TESSERA_DEMO_HEADOFFICE=1 starts a head office beside it (see below).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"

build="${TESSERA_BUILD_DIR:-$root/build}"
data="${TESSERA_DEMO_DATA:-$build/demo-data}"
config="${TESSERA_DEMO_CONFIG:-$root/resources/branch-sample.json}"
mkdir -p "$data"

echo "Tessera demo: configuration $config, journal in $data"
echo "Demo tellers: anna, janis, li, rhys (password demo-<name>); supervisor marta (demo-marta)."
stations=()
server_options=()
headoffice=""
# TESSERA_DEMO_HEADOFFICE=1: a head office too, on a throwaway PostgreSQL of its own (the one
# the tests use, on 127.0.0.1 with TLS from its own CA), with this branch admitted, its
# projector, and tessera-headoffice watching as the viewer "demo". Gone when the demo stops.
if [ "${TESSERA_DEMO_HEADOFFICE:-0}" = 1 ]; then
    headoffice="$build/demo-headoffice"
    admin_bin="$build/apps/headoffice-admin/tessera-headoffice-admin"
    "$root/tests/postgres/cluster.sh" start "$headoffice"
    port="$(cat "$headoffice/port")"
    admin="postgresql://postgres@127.0.0.1:$port/tessera_headoffice"
    psql -q "postgresql://postgres@127.0.0.1:$port/postgres" -c "CREATE DATABASE tessera_headoffice"
    "$admin_bin" init "$admin" >/dev/null
    branch_id="$(sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' "$config" | head -1)"
    # Each command prints a .pgpass line for its new role (host:port:database:role:password).
    { "$admin_bin" add-branch "$admin" "$branch_id"; "$admin_bin" add-viewer "$admin" demo; } |
        awk '/^ +127\.0\.0\.1:/ { print $1 }' > "$headoffice/pgpass"
    chmod 600 "$headoffice/pgpass"
    export PGPASSFILE="$headoffice/pgpass"
    tls="sslmode=verify-full&sslrootcert=$headoffice/ca.crt"
    branch_role="$(sed -n 1p "$headoffice/pgpass" | cut -d: -f4)"
    viewer_role="$(sed -n 2p "$headoffice/pgpass" | cut -d: -f4)"
    server_options=(--head-office "postgresql://$branch_role@127.0.0.1:$port/tessera_headoffice?$tls")
    "$admin_bin" project "$admin" &
    stations+=($!)
    echo "Head office: PostgreSQL on 127.0.0.1:$port, database tessera_headoffice (administrator: $admin)."
fi
# The customers' web pages (docs/WEB.md): a self-made certificate for this machine's name and
# address (phones warn about it; a branch installs one they trust), and the sample configuration
# with the address phones reach, so the kiosk's QR codes lead to each ticket's page.
web_host="$(hostname -I 2>/dev/null | awk '{print $1}')"
web_host="${web_host:-127.0.0.1}"
web_port="${TESSERA_DEMO_WEB_PORT:-8443}"
if ! openssl x509 -in "$data/web.crt" -noout -checkip "$web_host" 2>/dev/null | grep -q 'does match'; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 365 \
        -keyout "$data/web.key" -out "$data/web.crt" -subj "/CN=$web_host" \
        -addext "subjectAltName=IP:$web_host,IP:127.0.0.1,DNS:localhost" 2>/dev/null
fi
python3 - "$config" "https://$web_host:$web_port" > "$data/branch-demo.json" <<'PY'
import json, sys
config = json.load(open(sys.argv[1], encoding='utf-8'))
config.setdefault('web', {})['publicUrl'] = sys.argv[2]
print(json.dumps(config, ensure_ascii=False, indent=1))
PY
config="$data/branch-demo.json"
server_options+=(--web-certificate "$data/web.crt" --web-key "$data/web.key" --web-port "$web_port"
                 --web-http-port "${TESSERA_DEMO_WEB_HTTP_PORT:-8080}")
echo "Customers' web page: https://$web_host:$web_port/ (a self-made certificate: the browser warns once)."
"$build/apps/server/tessera-server" --config "$config" --data "$data" "${server_options[@]}" &
server=$!
stop_headoffice() { [ -z "$headoffice" ] || "$root/tests/postgres/cluster.sh" stop "$headoffice"; }
trap 'kill "${stations[@]}" 2>/dev/null; kill -TERM "$server" 2>/dev/null; wait "$server"; stop_headoffice' EXIT INT TERM

# The server makes the branch key on first start; the stations read it from there.
for _ in $(seq 1 100); do [ -s "$data/branch.key" ] && break; sleep 0.1; done
branch_id="$(sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' "$config" | head -1)"
# Tickets are printed as PDFs (in ~/PDF) when this machine can have the CUPS queue that
# writes them; otherwise the kiosk shows the number on screen only.
if "$root/scripts/pdf-printer.sh" >/dev/null 2>&1; then
    printer=TesseraPDF
    echo "Kiosk tickets print as PDFs to ~/PDF (CUPS queue TesseraPDF)."
else
    printer=none
fi
cat > "$data/kiosk.ini" <<INI
[station]
role=kiosk
id=kiosk-entrance
name=Kiosk by the entrance
branch=$branch_id
keyFile=$data/branch.key

[kiosk]
; a CUPS queue; "none" shows the number on screen only
printer=$printer
INI
# Anna's workstation at counter 1, logged in (the password file stands in for her typing it).
cat > "$data/teller-1.ini" <<INI
[station]
role=teller
id=counter-1
name=Counter 1
branch=$branch_id
keyFile=$data/branch.key
counter=1

[teller]
user=anna
INI
printf 'demo-anna\n' > "$data/teller-1.password"
chmod 600 "$data/teller-1.password"
# The lobby display, announcing through this machine's sound server when there is one.
cat > "$data/display.ini" <<INI
[station]
role=display
id=lobby
name=Lobby screen
branch=$branch_id
keyFile=$data/branch.key

[display]
ticker=Welcome to Northbank. Please take a ticket at the kiosk by the entrance.
INI
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "${QT_QPA_PLATFORM:-}" = offscreen ]; then
    "$build/apps/kiosk/tessera-kiosk" --config "$data/kiosk.ini" --windowed 1280x800 &
    stations+=($!)
    "$build/apps/teller/tessera-teller" --config "$data/teller-1.ini" --password-file "$data/teller-1.password" &
    stations+=($!)
    "$build/apps/display/tessera-display" --config "$data/display.ini" --windowed 1280x720 &
    stations+=($!)
    if [ -n "$headoffice" ]; then
        "$build/apps/headoffice/tessera-headoffice" \
            "postgresql://$viewer_role@127.0.0.1:$port/tessera_headoffice?$tls" &
        stations+=($!)
        echo "tessera-headoffice started: the branch appears in it as its events arrive."
    fi
    echo "Kiosk, teller (anna at counter 1) and lobby display started; they find the server by discovery."
    echo "Settings: $data/kiosk.ini, $data/teller-1.ini, $data/display.ini."
else
    echo "No display: the kiosk, the teller and the lobby display are not started. Run them with DISPLAY set, or:"
    echo "  QT_QPA_PLATFORM=offscreen $build/apps/kiosk/tessera-kiosk --config $data/kiosk.ini"
    echo "  QT_QPA_PLATFORM=offscreen $build/apps/teller/tessera-teller --config $data/teller-1.ini --password-file $data/teller-1.password"
    echo "  QT_QPA_PLATFORM=offscreen $build/apps/display/tessera-display --config $data/display.ini"
fi
wait "$server"
