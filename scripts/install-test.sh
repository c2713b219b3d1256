#!/usr/bin/env bash
# The install test: proves the Debian packages work on a clean Debian 12, as a branch's IT
# person would use them.
#   1. builds tessera-server and tessera-stations (scripts/package.sh);
#   2. makes a fresh Debian 12 root with debootstrap (the download is kept in
#      /var/tmp/tessera-install-base and copied afresh for every run);
#   3. installs both packages there with apt, which brings their dependencies from Debian;
#   4. checks what the server package set up: the "tessera" user, /var/lib/tessera with a
#      branch key only that user can read, /etc/tessera/branch.json, the systemd unit;
#   5. starts the server there as its user (a chroot has no systemd), and a station of that
#      root (tessera-tool as a kiosk, with the branch key) connects and takes a ticket;
#   6. validates the menu entries and AppStream metadata, and starts each station program
#      there (offscreen) to show its libraries and plugins load;
#   7. removes the server package: the journal stays; purges it: the journal and user go.
# Needs root and Debian's package mirror. Takes a few minutes (more the first time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${TESSERA_BUILD_DIR:-$root/build}"
base=/var/tmp/tessera-install-base
target=/var/tmp/tessera-install-root
port=47990
mirror="${TESSERA_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

say() { printf '== %s\n' "$*"; }
fail() { printf 'install-test: FAILED: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"

"$root/scripts/package.sh"

if [ ! -f "$base/.complete" ]; then
    say "making a Debian 12 root with debootstrap (once; kept in $base)"
    rm -rf "$base"
    debootstrap --variant=minbase bookworm "$base" "$mirror" >/dev/null
    touch "$base/.complete"
fi

# Every process running inside the root (the server, and what runuser forked for it).
stop_root_processes() {
    local pids=() proc
    for proc in /proc/[0-9]*; do
        [ "$(readlink "$proc/root" 2>/dev/null)" = "$target" ] && pids+=("${proc#/proc/}")
    done
    [ ${#pids[@]} -eq 0 ] && return 0
    kill "${pids[@]}" 2>/dev/null || true
    for _ in $(seq 50); do
        local alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ $alive -eq 0 ] && return 0
        sleep 0.1
    done
    kill -9 "${pids[@]}" 2>/dev/null || true
}

# Nothing may be left mounted under the root before it is deleted: rm would go into /dev.
cleanup() {
    stop_root_processes
    for mount in dev/pts dev proc sys; do
        umount "$target/$mount" 2>/dev/null || umount -l "$target/$mount" 2>/dev/null || true
    done
}
trap cleanup EXIT
cleanup
if findmnt -rn -o TARGET | grep -q "^$target/"; then
    fail "something is still mounted under $target; unmount it by hand"
fi
rm -rf --one-file-system "$target"
cp -a "$base" "$target"
# Nothing apt installs may start a daemon in the root (there is no init there anyway).
printf '#!/bin/sh\nexit 101\n' >"$target/usr/sbin/policy-rc.d"
chmod +x "$target/usr/sbin/policy-rc.d"
mount -t proc proc "$target/proc"
mount -t sysfs sys "$target/sys"
mount --bind /dev "$target/dev"
mount --bind /dev/pts "$target/dev/pts"
cp /etc/resolv.conf "$target/etc/resolv.conf"
in_root() { chroot "$target" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

say "installing the packages with apt"
mkdir -p "$target/tmp/debs"
cp "$build"/packages/*.deb "$target/tmp/debs/"
debs=()
for deb in "$target"/tmp/debs/*.deb; do debs+=("/tmp/debs/$(basename "$deb")"); done
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${debs[@]}" >"$build/install-test-apt.log" 2>&1 \
    || { tail -30 "$build/install-test-apt.log"; fail "apt could not install the packages"; }

say "checking what the server package set up"
in_root getent passwd tessera >/dev/null || fail "no tessera user"
[ "$(in_root stat -c %U /var/lib/tessera)" = tessera ] || fail "/var/lib/tessera is not the tessera user's"
[ -s "$target/var/lib/tessera/branch.key" ] || fail "no branch key was made"
[ "$(in_root stat -c %U:%a /var/lib/tessera/branch.key)" = tessera:600 ] || fail "the branch key is readable by others"
[ -s "$target/etc/tessera/branch.json" ] || fail "no /etc/tessera/branch.json"
[ "$(in_root stat -c %U:%G:%a /etc/tessera/branch.json)" = root:tessera:640 ] || fail "branch.json is not root:tessera 640"
[ -f "$target/usr/lib/systemd/system/tessera-server.service" ] || fail "no systemd unit"
in_root tessera-server check-config --config /etc/tessera/branch.json || fail "the installed configuration is not valid"
# The running server leaves the graphics libraries to its documents program (README, tessera-server).
if in_root ldd /usr/bin/tessera-server | grep libQt6Gui >/dev/null; then fail "tessera-server loads Qt Gui"; fi

say "every Qt plugin the stations and the server may load finds its libraries"
missing=$(in_root sh -c 'for plugin in $(find /usr/lib/x86_64-linux-gnu/qt6/plugins -name "*.so"); do
    ldd "$plugin" | grep "not found" | sed "s|^|$plugin: |"; done' || true)
# Plugins of packages we do not depend on may miss theirs; ours must not.
echo "$missing" | grep -E "sqldrivers/libqsqlite|tls/libqopenssl|platforms/libq(xcb|offscreen)|multimedia/libgstreamer|texttospeech/libqtexttospeech_flite|printsupport/libcups" \
    && fail "a plugin the programs load misses a library" || true

# The new branch keeps office hours; for the test every service is open now.
python3 - "$target/etc/tessera/branch.json" <<'EOF'
import json, sys
path = sys.argv[1]
config = json.load(open(path))
for service in config['services']:
    service.pop('openingHours', None)
json.dump(config, open(path, 'w'), ensure_ascii=False, indent=1)
EOF
branch=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['branch']['id'])" "$target/etc/tessera/branch.json")
service=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['services'][0]['id'])" "$target/etc/tessera/branch.json")

say "starting the server as the tessera user"
in_root runuser -u tessera -- tessera-server --config /etc/tessera/branch.json --data /var/lib/tessera \
    --listen 127.0.0.1 --port "$port" --no-discovery >"$build/install-test-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    grep -q "stations connect on port" "$build/install-test-server.log" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$build/install-test-server.log"; fail "the server stopped"; }
    sleep 0.2
done

say "a kiosk station takes a ticket"
answers=$(printf 'wait-online\nIssueTicket {"service":"%s"}\n' "$service" | timeout 30 chroot "$target" \
    tessera-tool script --key-file /var/lib/tessera/branch.key --branch "$branch" --server "127.0.0.1:$port" \
    --role kiosk --station-id install-test-kiosk) || { echo "$answers"; fail "the station could not take a ticket"; }
echo "$answers" | grep -q '"label":"A001"' || { echo "$answers"; fail "no ticket A001 in the answer"; }
echo "   got $(echo "$answers" | grep -o '"label":"A001"' | head -1)"

say "the installed server writes the day's report (its documents program, in /usr/libexec/tessera)"
in_root runuser -u tessera -- tessera-server report --data /var/lib/tessera --date today --csv /tmp/report-csv \
    --pdf /tmp/report.pdf || fail "tessera-server report failed"
[ -s "$target/tmp/report.pdf" ] && ls "$target"/tmp/report-csv/*.csv >/dev/null || fail "the report wrote no PDF or CSV"

say "the stations' menu entries and AppStream metadata are valid"
for entry in "$target"/usr/share/applications/org.tessera.*.desktop; do
    desktop-file-validate "$entry" || fail "$(basename "$entry") is not a valid desktop entry"
done
for metainfo in "$target"/usr/share/metainfo/org.tessera.*.metainfo.xml; do
    appstreamcli validate --no-net "$metainfo" >/dev/null || fail "$(basename "$metainfo") is not valid AppStream"
done

say "the station programs start (offscreen)"
for program in tessera-kiosk tessera-teller tessera-display; do
    in_root env QT_QPA_PLATFORM=offscreen "$program" --help >/dev/null || fail "$program does not start"
done

stop_root_processes
wait "$server_pid" 2>/dev/null || true
server_pid=

say "removing keeps the journal; purging deletes it"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq tessera-server >/dev/null 2>&1 \
    || fail "apt could not remove tessera-server"
[ -s "$target/var/lib/tessera/journal.sqlite" ] || fail "removing the package lost the journal"
[ -s "$target/var/lib/tessera/branch.key" ] || fail "removing the package lost the branch key"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq tessera-server >/dev/null 2>&1 \
    || fail "apt could not purge tessera-server"
[ ! -e "$target/var/lib/tessera" ] || fail "purging left /var/lib/tessera"
! in_root getent passwd tessera >/dev/null || fail "purging left the tessera user"

say "installing again after the purge starts afresh"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/debs/$(basename "$build"/packages/tessera-server_*.deb)" >/dev/null 2>&1 || fail "reinstalling failed"
[ -s "$target/var/lib/tessera/branch.key" ] || fail "reinstalling made no branch key"

say "install test passed: $(ls "$build"/packages/*.deb | xargs -n1 basename | tr '\n' ' ')"
