#!/usr/bin/env bash
# Builds the Debian packages tessera-server, tessera-stations and tessera-headoffice into build/packages/.
# Which goes on which PC, and how to pair the stations: README.md, "Install in a branch".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${TESSERA_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
command -v dpkg-shlibdeps >/dev/null || { echo "package: dpkg-dev is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB -B "$build/packages" >/dev/null)
rm -rf "$build/packages/_CPack_Packages"
ls -1 "$build"/packages/*.deb
