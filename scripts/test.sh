#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (CTest), then the
# benchmarks, which print figures and do not pass or fail on time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
# playwright-core for the web page tests, at the version the lock file names (no browser download:
# the tests drive Debian's Chromium).
if [ ! -d "$root/tests/web/node_modules/playwright-core" ] ||
    [ "$root/tests/web/package-lock.json" -nt "$root/tests/web/node_modules/.package-lock.json" ]; then
    npm ci --prefix "$root/tests/web" --no-audit --no-fund
fi
build="${TESSERA_BUILD_DIR:-$root/build}"
ctest --test-dir "$build" --output-on-failure --timeout 900 "$@"
if [ "${TESSERA_SKIP_BENCH:-0}" != 1 ]; then
    echo "== benchmarks"
    "$build/tests/bench/tessera-bench-engine"
    TESSERA_SERVER="$build/apps/server/tessera-server" "$build/tests/bench/tessera-bench-network"
    TESSERA_SERVER="$build/apps/server/tessera-server" "$build/tests/bench/tessera-bench-join"
    TESSERA_SERVER="$build/apps/server/tessera-server" "$build/tests/bench/tessera-bench-kiosk"
    TESSERA_SERVER="$build/apps/server/tessera-server" TESSERA_TOOL="$build/apps/tool/tessera-tool" \
        "$build/tests/bench/tessera-bench-teller"
    TESSERA_SERVER="$build/apps/server/tessera-server" TESSERA_TOOL="$build/apps/tool/tessera-tool" \
        "$build/tests/bench/tessera-bench-display"
    "$build/tests/bench/tessera-bench-report"
    "$build/tests/bench/tessera-bench-estimates"
    "$build/tests/bench/tessera-bench-headoffice"
    TESSERA_SERVER="$build/apps/server/tessera-server" "$build/tests/bench/tessera-bench-web"
fi
