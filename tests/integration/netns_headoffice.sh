#!/usr/bin/env bash
# A branch and its head office on two hosts joined by a "WAN": network namespaces on one
# machine, a switch (a bridge in a namespace of its own), a real tessera-server with
# --head-office in one, PostgreSQL with the projector in the other, TLS verify-full between.
#   1. Tickets at the branch reach the head office; the branch shows online there.
#   2. The WAN is cut: the branch serves every ticket meanwhile, and the head office shows it
#      offline within a few seconds.
#   3. The WAN is back: the head office catches up by itself and holds exactly the branch's
#      events (compared event by event with the branch's own journal).
#   4. Both the branch server and the head office's PostgreSQL are killed with SIGKILL while
#      tickets are being issued; after both restart, nothing is missing or doubled.
#
#   netns_headoffice.sh SERVER_BINARY TOOL_BINARY ADMIN_BINARY CLUSTER_SCRIPT
#
# Needs root and `ip netns`; without them it exits 77 (CTest: skipped). Figures are printed
# as "name: value" lines; on failure the logs are printed. TESSERA_NETNS_KEEP=1 keeps the
# temporary directory.
set -euo pipefail
export LC_ALL=C

readonly SKIP=77
if [[ $# -ne 4 ]]; then
    echo "usage: $0 SERVER_BINARY TOOL_BINARY ADMIN_BINARY CLUSTER_SCRIPT" >&2
    exit 2
fi
readonly SERVER_BIN=$1 TOOL_BIN=$2 ADMIN_BIN=$3 CLUSTER=$4
readonly BRANCH=netns-ho
readonly BRANCH_IP=10.78.0.2 HO_IP=10.78.0.1 PREFIX=24
readonly OFFLINE_LIMIT_MS=10000
readonly OUTAGE_MS=20000

skip() { echo "SKIP: $*"; exit "$SKIP"; }
fail() { echo "FAIL: $*"; exit 1; }
now_ms() { local us=${EPOCHREALTIME//[.,]/}; echo $((us / 1000)); }

for bin in "$SERVER_BIN" "$TOOL_BIN" "$ADMIN_BIN" "$CLUSTER"; do [[ -x $bin ]] || fail "no program at $bin"; done
[[ $EUID -eq 0 ]] || skip "network namespaces need root"
command -v ip >/dev/null || skip "no ip command (iproute2)"
command -v psql >/dev/null || skip "no psql (postgresql-client)"
command -v sqlite3 >/dev/null || skip "no sqlite3"

readonly NS_SW=tessera-hosw-$$ NS_BR=tessera-hobr-$$ NS_HO=tessera-hoho-$$
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tessera-netns-ho-$$.XXXXXX")
readonly WORK
chmod 711 "$WORK" # the cluster below belongs to postgres, which must reach it
readonly PG=$WORK/pg
CREATED_NS=()
BG_PIDS=()
SERVER_PID=
PROJECTOR_PID=
STEP="setup"

cleanup() {
    local rc=$?
    set +e
    for pid in "${BG_PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null; done
    [[ -d $PG ]] && "$CLUSTER" stop "$PG" >/dev/null 2>&1
    for ns in "${CREATED_NS[@]}"; do
        ip netns pids "$ns" 2>/dev/null | xargs -r kill -KILL 2>/dev/null
        ip netns del "$ns" 2>/dev/null
    done
    for pid in "${BG_PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    if ((rc != 0 && rc != SKIP)); then
        echo "failed during: $STEP"
        for f in server.log projector.log kiosk.log; do
            [[ -s $WORK/$f ]] && { echo "----- $f -----"; tail -n 60 "$WORK/$f"; }
        done
    fi
    if [[ ${TESSERA_NETNS_KEEP:-0} == 1 ]]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- two hosts and a switch ---------------------------------------------------------------
make_ns() {
    ip netns add "$1" 2>"$WORK/netns.err" || skip "cannot make a network namespace: $(cat "$WORK/netns.err")"
    CREATED_NS+=("$1")
    ip -n "$1" link set lo up
}
make_ns "$NS_SW"
make_ns "$NS_BR"
make_ns "$NS_HO"
ip -n "$NS_SW" link add br0 type bridge 2>"$WORK/netns.err" || skip "cannot make a bridge: $(cat "$WORK/netns.err")"
ip -n "$NS_SW" link set br0 up
plug() { # host namespace, switch port, address
    ip -n "$1" link add eth0 type veth peer name "$2" netns "$NS_SW" 2>"$WORK/netns.err" ||
        skip "cannot make a veth pair: $(cat "$WORK/netns.err")"
    ip -n "$NS_SW" link set "$2" master br0
    ip -n "$NS_SW" link set "$2" up
    ip -n "$1" addr add "$3/$PREFIX" brd + dev eth0
    ip -n "$1" link set eth0 up
}
plug "$NS_BR" port-br "$BRANCH_IP"
plug "$NS_HO" port-ho "$HO_IP"
in_br() { ip netns exec "$NS_BR" "$@"; }
in_ho() { ip netns exec "$NS_HO" "$@"; }

# ---- the head office: PostgreSQL on its host, the schema, the branch's role, the projector -
STEP="starting the head office"
in_ho env TESSERA_PG_LISTEN=$HO_IP "$CLUSTER" start "$PG" >/dev/null || fail "the head office's PostgreSQL did not start"
readonly PORT=$(cat "$PG/port")
readonly ADMIN="postgresql://postgres@127.0.0.1:$PORT/tessera_headoffice"
in_ho psql -q "postgresql://postgres@127.0.0.1:$PORT/postgres" -c "CREATE DATABASE tessera_headoffice" ||
    fail "cannot create the head office database"
in_ho "$ADMIN_BIN" init "$ADMIN" >/dev/null 2>&1 || fail "tessera-headoffice-admin init failed"
in_ho "$ADMIN_BIN" add-branch "$ADMIN" "$BRANCH" >"$WORK/add-branch.out" 2>&1 || fail "add-branch failed"
# Its .pgpass line, for the branch's host: host:port:database:role:password.
read -r ROLE PASSWORD < <(awk -F: '/^ +127\.0\.0\.1:/ { print $4, $5 }' "$WORK/add-branch.out")
[[ -n $ROLE && -n $PASSWORD ]] || fail "add-branch printed no .pgpass line"
printf '%s:%s:tessera_headoffice:%s:%s\n' "$HO_IP" "$PORT" "$ROLE" "$PASSWORD" >"$WORK/pgpass"
chmod 600 "$WORK/pgpass"
start_projector() {
    ip netns exec "$NS_HO" "$ADMIN_BIN" project "$ADMIN" >>"$WORK/projector.log" 2>&1 &
    PROJECTOR_PID=$!
    BG_PIDS+=("$PROJECTOR_PID")
}
start_projector
ho() { in_ho psql -qAt "$ADMIN" -c "$1"; }

# ---- the branch: a server with a head office link -------------------------------------
cat >"$WORK/branch.json" <<EOF
{
  "branch": {"id": "$BRANCH", "name": {"en": "Netns Head Office Test"}, "timeZone": "UTC", "languages": ["en"]},
  "businessDay": {"rolloverTime": "03:00"},
  "services": [{"id": "cash", "prefix": "A", "name": {"en": "Cash"}, "targetWaitMinutes": 10, "serviceTimeMinutes": 4, "numbers": {"first": 1, "last": 9999}}],
  "counters": [{"number": 1, "services": {"cash": 1}}]
}
EOF
mkdir "$WORK/data"
"$SERVER_BIN" key --data "$WORK/data" >/dev/null 2>&1 || fail "tessera-server key failed"
readonly KEY=$WORK/data/branch.key
readonly HEAD_OFFICE="postgresql://$ROLE@$HO_IP:$PORT/tessera_headoffice?sslmode=verify-full&sslrootcert=$PG/ca.crt"
start_server() {
    # Neither `timeout` nor a shell function before it: the PID must be the server's own, for
    # the SIGKILL below (the cleanup kills whatever is left in the namespaces).
    ip netns exec "$NS_BR" env PGPASSFILE="$WORK/pgpass" QT_LOGGING_RULES="tessera.headoffice.debug=true" \
        "$SERVER_BIN" --config "$WORK/branch.json" --data "$WORK/data" --no-discovery --head-office "$HEAD_OFFICE" \
        </dev/null >>"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    BG_PIDS+=("$SERVER_PID")
    local deadline=$(($(now_ms) + 10000)) seen
    seen=$(grep -c "stations connect on port" "$WORK/server.log" || true)
    until (($(grep -c "stations connect on port" "$WORK/server.log" || true) > seen)); do
        kill -0 "$SERVER_PID" 2>/dev/null || fail "the branch server exited"
        (($(now_ms) < deadline)) || fail "the branch server did not start within 10 s"
        sleep 0.05
    done
}
STEP="starting the branch server"
start_server

tool() { # tool ROLE COMMAND...: tessera-tool at the branch, on the server's host
    in_br timeout -s KILL 60 "$TOOL_BIN" --server 127.0.0.1:47010 --key-file "$KEY" --branch "$BRANCH" --role "$1" \
        --station-id "$1-$$" "${@:2}"
}
issue() { # issue N: N tickets from a kiosk; prints how many were acknowledged
    { echo wait-online; for ((i = 0; i < $1; i++)); do echo 'IssueTicket {"service":"cash"}'; done; } |
        tool kiosk script >>"$WORK/kiosk.log" 2>&1 || true
    grep -c '"ok":true' "$WORK/kiosk.log"
}
branch_seq() { tool display status 2>/dev/null | tail -n 1 | sed -nE 's/.*"lastSeq":([0-9]+).*/\1/p'; }
held_seq() { ho "SELECT last_seq FROM branches WHERE branch_id = '$BRANCH'"; }
online() { ho "SELECT COALESCE((SELECT online FROM branch_live WHERE branch_id = '$BRANCH'), false)"; }
wait_until() { # wait_until TIMEOUT_MS COMMAND...: status 1 when COMMAND never succeeded in time
    local limit=$(($(now_ms) + $1))
    until "${@:2}"; do
        (($(now_ms) < limit)) || return 1
        sleep 0.1
    done
}
caught_up() { [[ $(held_seq) == "$(branch_seq)" ]]; }
is_online() { [[ $(online) == t ]]; }
is_offline() { [[ $(online) == f ]]; }
# The head office's copy against the branch's journal, event by event: seq, type and payload.
same_events() {
    sqlite3 "$WORK/data/journal.sqlite" \
        "SELECT seq || ':' || type || ':' || lower(hex(payload)) FROM events ORDER BY seq" >"$WORK/branch.events"
    ho "SELECT seq || ':' || type || ':' || encode(payload, 'hex') FROM events WHERE branch_id = '$BRANCH' ORDER BY seq" \
        >"$WORK/headoffice.events"
    cmp -s "$WORK/branch.events" "$WORK/headoffice.events"
}

# 1. Tickets reach the head office; the branch is online there.
STEP="step 1: forwarding"
acknowledged=$(issue 50)
((acknowledged == 50)) || fail "the kiosk had $acknowledged of 50 tickets acknowledged"
wait_until 20000 caught_up || fail "the head office holds event $(held_seq), the branch is at $(branch_seq)"
wait_until 10000 is_online || fail "the head office does not show the branch online"
echo "events_before_cut: $(branch_seq)"
# The branch tells the head office of its stations: the kiosk that came and went is offline.
kiosk_offline() { ho "SELECT stations->>'offline' FROM branches WHERE branch_id = '$BRANCH'" | grep -q "(kiosk)"; }
wait_until 5000 kiosk_offline || # the branch says it with its next call, within a second
    fail "the head office does not know of the branch's stations: $(ho "SELECT stations FROM branches")"

# 2. The WAN is cut (the head office's switch port goes down).
STEP="step 2: WAN cut"
t_cut=$(now_ms)
ip -n "$NS_SW" link set port-ho down
before=$(held_seq)
acknowledged=$(issue 100)
((acknowledged == 150)) || fail "while the WAN was cut the branch acknowledged $((acknowledged - 50)) of 100 tickets"
wait_until $OFFLINE_LIMIT_MS is_offline || fail "the head office still shows the branch online $OFFLINE_LIMIT_MS ms after the cut"
echo "headoffice_shows_offline_ms: $(($(now_ms) - t_cut))"
while (($(now_ms) < t_cut + OUTAGE_MS)); do
    acknowledged=$(issue 20)
    sleep 1
done
[[ $(held_seq) == "$before" ]] || fail "events crossed a cut WAN"
echo "tickets_served_during_cut: $((acknowledged - 50))"
echo "outage_ms: $(($(now_ms) - t_cut))"

# 3. The WAN is back: caught up by itself, exactly the branch's events.
STEP="step 3: WAN back"
t_up=$(now_ms)
ip -n "$NS_SW" link set port-ho up
wait_until 60000 caught_up || fail "the head office holds event $(held_seq) a minute after the WAN came back, the branch is at $(branch_seq)"
echo "headoffice_caught_up_ms: $(($(now_ms) - t_up))"
wait_until 10000 is_online || fail "the head office does not show the branch online again"
same_events || fail "the head office's events differ from the branch's journal"
echo "events_after_outage: $(branch_seq)"

# 4. Both killed with SIGKILL while tickets are being issued.
STEP="step 4: SIGKILL of both"
{ echo wait-online; for ((i = 0; i < 400; i++)); do echo 'IssueTicket {"service":"cash"}'; done; } |
    tool kiosk script >>"$WORK/kiosk.log" 2>&1 &
KIOSK_PID=$!
BG_PIDS+=("$KIOSK_PID")
sleep 0.5
in_ho "$CLUSTER" kill "$PG"
sleep 0.3
{ kill -KILL "$SERVER_PID" && wait "$SERVER_PID"; } 2>/dev/null || true
wait "$KIOSK_PID" 2>/dev/null || true
wait "$PROJECTOR_PID" 2>/dev/null || true # it ends when its database goes; a service starts it again
in_ho "$CLUSTER" resume "$PG" || fail "the head office's PostgreSQL did not start again"
start_projector
start_server
acknowledged=$(issue 30)
wait_until 60000 caught_up || fail "after both restarts the head office holds event $(held_seq), the branch is at $(branch_seq)"
same_events || fail "after both were killed the head office's events differ from the branch's journal"
[[ $(ho "SELECT count(*) FROM events WHERE branch_id = '$BRANCH'") == "$(branch_seq)" ]] ||
    fail "the head office holds a different number of events than the branch"
wait_until 10000 is_online || fail "the head office does not show the branch online after the restarts"
echo "events_after_kills: $(branch_seq)"
STEP="done"
echo "PASS"
