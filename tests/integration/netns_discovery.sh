#!/usr/bin/env bash
# Discovery over real separate hosts: three network namespaces on one machine, a "switch"
# (a bridge in a namespace of its own) and two hosts plugged into it, the server and a
# station. The station is given no address: it must find the server by its UDP
# announcements, report Offline within 3 s when its cable is pulled (its switch port goes
# down), and come back in sync with what happened meanwhile when it is plugged in again.
#
#   netns_discovery.sh SERVER_BINARY TOOL_BINARY
#
# Needs root and `ip netns`; without them it exits 77 (CTest: skipped). Everything it makes
# (namespaces, processes, a temporary directory) is named after its PID and removed on exit.
# Every wait is bounded (a run takes about 8 s, at most about a minute); on failure the logs
# of the server, the station and the kiosk are printed. Measured figures are printed as
# "name: value" lines. TESSERA_NETNS_KEEP=1 keeps the temporary directory (config, journal,
# logs) for a look afterwards.
set -euo pipefail
export LC_ALL=C

readonly SKIP=77
if [[ $# -ne 2 ]]; then
    echo "usage: $0 SERVER_BINARY TOOL_BINARY" >&2
    exit 2
fi
readonly SERVER_BIN=$1 TOOL_BIN=$2
readonly BRANCH=netns-test
readonly SERVER_IP=10.77.0.1 STATION_IP=10.77.0.2 PREFIX=24
readonly TICKETS=3
readonly OFFLINE_LIMIT_MS=3000
readonly OUTAGE_MS=6000

skip() {
    echo "SKIP: $*"
    exit "$SKIP"
}

fail() {
    echo "FAIL: $*"
    exit 1
}

now_ms() {
    local us=${EPOCHREALTIME//[.,]/}
    echo $((us / 1000))
}

[[ -x $SERVER_BIN ]] || fail "no server binary at $SERVER_BIN"
[[ -x $TOOL_BIN ]] || fail "no tool binary at $TOOL_BIN"
[[ $EUID -eq 0 ]] || skip "network namespaces need root"
command -v ip >/dev/null || skip "no ip command (iproute2)"
command -v timeout >/dev/null || skip "no timeout command (coreutils)"

# Leftovers of runs killed before their cleanup could run (e.g. by a CTest timeout): their
# namespaces and temporary directories carry the PID of a shell that is gone.
owner_alive() {
    local state
    state=$(awk '/^State:/ { print $2 }' "/proc/$1/status" 2>/dev/null) || return 1
    [[ -n $state && $state != Z ]]
}
for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep -E '^tessera-(br|srv|sta)-[0-9]+$' || true); do
    if ! owner_alive "${ns##*-}"; then
        ip netns pids "$ns" 2>/dev/null | xargs -r kill -KILL 2>/dev/null || true
        ip netns del "$ns" 2>/dev/null || true
    fi
done
for dir in "${TMPDIR:-/tmp}"/tessera-netns-*.*; do
    [[ -d $dir && ! -e $dir/KEPT ]] || continue
    pid=${dir##*/tessera-netns-}
    pid=${pid%%.*}
    if [[ $pid =~ ^[0-9]+$ ]] && ! owner_alive "$pid"; then rm -rf "$dir"; fi
done

readonly NS_BR=tessera-br-$$ NS_SRV=tessera-srv-$$ NS_STA=tessera-sta-$$
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tessera-netns-$$.XXXXXX")
readonly WORK
CREATED_NS=()
BG_PIDS=()
STEP="setup"

show_log() {
    local file=$1
    echo "----- $(basename "$file") -----"
    if [[ -s $file ]]; then tail -n 200 "$file"; else echo "(empty)"; fi
}

cleanup() {
    local rc=$?
    set +e
    exec 3>&-
    for pid in "${BG_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
    for ns in "${CREATED_NS[@]}"; do ip netns pids "$ns" 2>/dev/null | xargs -r kill -TERM 2>/dev/null; done
    local waited=0
    while ((waited < 20)); do
        local alive=0
        for ns in "${CREATED_NS[@]}"; do [[ -n $(ip netns pids "$ns" 2>/dev/null) ]] && alive=1; done
        ((alive)) || break
        sleep 0.1
        ((waited++))
    done
    for ns in "${CREATED_NS[@]}"; do
        ip netns pids "$ns" 2>/dev/null | xargs -r kill -KILL 2>/dev/null
        ip netns del "$ns" 2>/dev/null
    done
    for pid in "${BG_PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    if ((rc != 0 && rc != SKIP)); then
        if ((rc > 128)); then echo "interrupted (signal $((rc - 128))) during: $STEP"; else echo "failed during: $STEP"; fi
        for f in server.log station.log station.err kiosk.log kiosk.err server-status.log; do
            [[ -e $WORK/$f ]] && show_log "$WORK/$f"
        done
    fi
    if [[ ${TESSERA_NETNS_KEEP:-0} == 1 ]]; then
        touch "$WORK/KEPT"
        echo "kept: $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- the network: a bridge in its own namespace, two hosts with a veth into it ----------
make_ns() {
    ip netns add "$1" 2>"$WORK/netns.err" || skip "cannot make a network namespace: $(cat "$WORK/netns.err")"
    CREATED_NS+=("$1")
    ip -n "$1" link set lo up
}
make_ns "$NS_BR"
make_ns "$NS_SRV"
make_ns "$NS_STA"
ip -n "$NS_BR" link add br0 type bridge 2>"$WORK/netns.err" || skip "cannot make a bridge: $(cat "$WORK/netns.err")"
ip -n "$NS_BR" link set br0 up
plug() { # host namespace, switch port name, address
    ip -n "$1" link add eth0 type veth peer name "$2" netns "$NS_BR" 2>"$WORK/netns.err" ||
        skip "cannot make a veth pair: $(cat "$WORK/netns.err")"
    ip -n "$NS_BR" link set "$2" master br0
    ip -n "$NS_BR" link set "$2" up
    ip -n "$1" addr add "$3/$PREFIX" brd + dev eth0
    ip -n "$1" link set eth0 up
}
plug "$NS_SRV" port-srv "$SERVER_IP"
plug "$NS_STA" port-sta "$STATION_IP"
for ns in "$NS_SRV" "$NS_STA"; do
    for ((i = 0; i < 50; i++)); do
        ip -n "$ns" link show eth0 | grep -q LOWER_UP && break
        sleep 0.05
    done
    ip -n "$ns" link show eth0 | grep -q LOWER_UP || fail "eth0 in $ns has no carrier"
done

# ---- the branch: open around the clock (no opening hours anywhere) ----------------------
cat >"$WORK/branch.json" <<EOF
{
  "branch": {"id": "$BRANCH", "name": {"en": "Netns Test"}, "timeZone": "UTC", "languages": ["en"]},
  "businessDay": {"rolloverTime": "03:00"},
  "services": [{"id": "cash", "prefix": "A", "name": {"en": "Cash"}, "targetWaitMinutes": 10, "serviceTimeMinutes": 4}],
  "counters": [{"number": 1, "services": {"cash": 1}}]
}
EOF
mkdir "$WORK/data"
"$SERVER_BIN" key --data "$WORK/data" >/dev/null 2>&1 || fail "tessera-server key could not make a key"
readonly KEY=$WORK/data/branch.key
[[ -s $KEY ]] || fail "no key file at $KEY"

export QT_LOGGING_RULES="tessera.net.debug=true;tessera.discovery.debug=true"
# Every process gets a hard lifetime: nothing outlives the test even if its cleanup never ran.
ip netns exec "$NS_SRV" timeout -s KILL 90 "$SERVER_BIN" --config "$WORK/branch.json" --data "$WORK/data" \
    </dev/null >"$WORK/server.log" 2>&1 3>&- &
BG_PIDS+=($!)
STEP="waiting for the server to listen"
deadline=$(($(now_ms) + 5000))
until grep -q "stations connect on port" "$WORK/server.log"; do
    kill -0 "${BG_PIDS[0]}" 2>/dev/null || fail "the server exited"
    (($(now_ms) < deadline)) || fail "the server did not start within 5 s"
    sleep 0.05
done

# ---- the station: tessera-tool watch, no --server ----------------------------------------
# Its standard input is a FIFO this script holds open (at end of input the tool quits), and
# through which it asks the watcher for its replica ("state"). Each output line is stamped
# with the time it arrived, in ms.
mkfifo "$WORK/station.in"
exec 3<>"$WORK/station.in"
stamp() {
    local line us
    while IFS= read -r line; do
        us=${EPOCHREALTIME//[.,]/}
        printf '%s %s\n' "$((us / 1000))" "$line"
    done
}
STEP="starting the station"
t_start=$(now_ms)
ip netns exec "$NS_STA" timeout -s KILL 90 "$TOOL_BIN" --key-file "$KEY" --branch "$BRANCH" --role display \
    --station-id disp watch <"$WORK/station.in" 2>"$WORK/station.err" 3>&- | stamp >"$WORK/station.log" 3>&- &
BG_PIDS+=($!)

# wait_line REGEX AFTER_MS TIMEOUT_MS: the stamp of the first station line at or after
# AFTER_MS matching REGEX; status 1 when none arrives in time.
wait_line() {
    local regex=$1 after=$2 limit=$(($(now_ms) + $3)) stamp
    while :; do
        stamp=$(awk -v after="$after" -v re="$regex" '$1 >= after && $0 ~ re { print $1; exit }' "$WORK/station.log")
        if [[ -n $stamp ]]; then
            echo "$stamp"
            return 0
        fi
        (($(now_ms) < limit)) || return 1
        sleep 0.02
    done
}
# station_state N: asks the watcher for its replica; prints the answer to request N.
station_state() {
    local after
    after=$(now_ms)
    echo state >&3
    wait_line "^[0-9]+ [{]\"n\":$1," "$after" 2000 >/dev/null || return 1
    grep -E "^[0-9]+ [{]\"n\":$1," "$WORK/station.log" | head -n 1 | cut -d' ' -f2-
}
json_field() { # json_field JSON NAME: a number or string field, as text
    sed -nE "s/.*\"$2\":\"?([^\",}]*).*/\1/p" <<<"$1"
}

# 1. With no address given, the station finds the server and comes online.
STEP="step 1: discovery"
t_online=$(wait_line '"status":"Online"' "$t_start" 8000) || fail "the station did not come online within 8 s"
echo "discovery_to_online_ms: $((t_online - t_start))"
grep -q "\"status\":\"Online\".*at $SERVER_IP:" "$WORK/station.log" ||
    fail "the station is online, but not with the server at $SERVER_IP"
before=$(station_state 1) || fail "the station did not answer a state request"
seq_before=$(json_field "$before" lastSeq)
echo "station_seq_before: $seq_before"

# 2. Pull the station's cable (its switch port goes down): Offline within 3 s.
STEP="step 2: link down"
t_down=$(now_ms)
ip -n "$NS_BR" link set port-sta down
t_offline=$(wait_line '"status":"Offline"' "$t_down" 6000) || fail "the station did not report Offline within 6 s"
offline_ms=$((t_offline - t_down))
echo "offline_detected_ms: $offline_ms"
((offline_ms <= OFFLINE_LIMIT_MS)) || fail "Offline was reported after $offline_ms ms (limit $OFFLINE_LIMIT_MS ms)"

# 3. Meanwhile the queue moves on: a kiosk on the server host issues tickets.
STEP="step 3: kiosk issues tickets while the station is cut off"
{
    echo wait-online
    for ((i = 0; i < TICKETS; i++)); do echo 'IssueTicket {"service":"cash"}'; done
} | ip netns exec "$NS_SRV" timeout -s KILL 8 "$TOOL_BIN" --server "127.0.0.1:47010" --key-file "$KEY" \
    --branch "$BRANCH" --role kiosk --station-id kiosk script >"$WORK/kiosk.log" 2>"$WORK/kiosk.err" 3>&- ||
    fail "the kiosk script failed"
issued=$(grep -c '"ok":true' "$WORK/kiosk.log" || true)
((issued == TICKETS)) || fail "the kiosk issued $issued of $TICKETS tickets"
ip netns exec "$NS_SRV" timeout -s KILL 8 "$TOOL_BIN" --server "127.0.0.1:47010" --key-file "$KEY" \
    --branch "$BRANCH" --role display --station-id check status >"$WORK/server-status.log" 2>&1 3>&- ||
    fail "could not read the server's state"
server_state=$(tail -n 1 "$WORK/server-status.log")
server_seq=$(json_field "$server_state" lastSeq)
server_digest=$(json_field "$server_state" digest)
echo "server_seq_after_kiosk: $server_seq"
((server_seq >= seq_before + TICKETS)) || fail "the server is at event $server_seq, expected at least $((seq_before + TICKETS))"
if grep -q '"event":' "$WORK/station.log"; then fail "the station received events while its link was down"; fi
last_status=$(grep -o '"status":"[A-Za-z]*"' "$WORK/station.log" | tail -n 1)
[[ $last_status != '"status":"Online"' ]] || fail "the station claims to be online while its link is down"
# A real outage outlasts the first reconnect attempts: keep the cable out for OUTAGE_MS, so the
# station goes through its connect timeout and backoff before it gets its link back.
while (($(now_ms) < t_down + OUTAGE_MS)); do sleep 0.05; done
echo "outage_ms: $(($(now_ms) - t_down))"

# 4. Plug it back in: online again, and the replica has caught up with the server.
STEP="step 4: link up and resync"
t_up=$(now_ms)
ip -n "$NS_BR" link set port-sta up
t_back=$(wait_line '"status":"Online"' "$t_up" 12000) || fail "the station did not come back online within 12 s"
echo "resync_ms: $((t_back - t_up))"
t_caught=$(wait_line "\"event\":[{].*\"seq\":${server_seq}[,}]" "$t_up" 3000) ||
    fail "the station came back online but did not receive event $server_seq"
echo "catch_up_ms: $((t_caught - t_up))"
got_tickets=$(grep -c '"event":{.*"type":"TicketIssued"' "$WORK/station.log" || true)
echo "tickets_seen_by_station: $got_tickets"
((got_tickets == TICKETS)) || fail "the station saw $got_tickets TicketIssued events, expected $TICKETS"
after=$(station_state 2) || fail "the station did not answer a state request after the resync"
station_seq=$(json_field "$after" lastSeq)
station_digest=$(json_field "$after" digest)
echo "station_seq_after: $station_seq"
echo "digests: server $server_digest station $station_digest"
[[ $station_seq == "$server_seq" && $station_digest == "$server_digest" ]] ||
    fail "the station's replica (event $station_seq, $station_digest) differs from the server's (event $server_seq, $server_digest)"
echo "reconnect_attempts_while_down: $(awk -v a="$t_down" -v b="$t_back" '$1 >= a && $1 <= b && /"status":"Connecting"/' "$WORK/station.log" | wc -l)"
STEP="done"
echo "PASS"
