#!/usr/bin/env bash
# Installs the Debian 12 packages Tessera needs to build, run and test. Idempotent:
# packages already present are not touched, and apt is only asked when something is missing.
set -euo pipefail

packages=(
    # build
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libssl-dev
    # the kiosk: QR codes on tickets, Chinese text on screen and paper
    libqrencode-dev fonts-noto-cjk
    # the lobby display: sound, speech and the default voice pack (espeak-ng), and the audio
    # test's private sound server (pulseaudio, parec) and sox for looking at recordings
    qt6-multimedia-dev qt6-speech-dev qt6-declarative-dev gstreamer1.0-plugins-base
    qt6-speech-flite-plugin qt6-speech-speechd-plugin flite espeak-ng speech-dispatcher
    speech-dispatcher-espeak-ng pulseaudio pulseaudio-utils sox
    # the journal on PostgreSQL and the head office: the tests start a throwaway cluster
    postgresql postgresql-client
    # looking at and checking what we build; iproute2 makes the network namespaces of the discovery test
    sqlite3 iproute2 imagemagick
    # the print test: a real CUPS queue that writes PDFs, read back as text and QR code
    cups printer-driver-cups-pdf poppler-utils zbar-tools
    # the daily report's PDF: Chinese characters whose text survives copy and search
    fonts-wqy-zenhei
    # Debian packages (scripts/package.sh) and the install test (scripts/install-test.sh)
    dpkg-dev debootstrap desktop-file-utils appstream
    # the protocol fuzzer (tests/fuzz): clang with its libFuzzer and sanitizer runtimes
    clang libclang-rt-14-dev
    # the customers' web pages: tested in Debian's Chromium (tests/web), certificates made by openssl
    chromium openssl python3
)
# ... driven from Node.js by playwright-core (npm). Debian's nodejs and npm, unless a Node.js
# with npm is already there (another nodejs package would conflict with Debian's npm).
if ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
