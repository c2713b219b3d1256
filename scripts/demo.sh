#!/usr/bin/env bash
# Installs what is missing, builds, and starts a branch on the embedded SQLite journal
# with the sample bank configuration. Ctrl-C stops it; the journal stays in the data
# directory (default: build/demo-data), so the next start picks up where this one ended.
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
exec "$build/apps/server/tessera-server" --config "$config" --data "$data"
