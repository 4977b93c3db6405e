#!/usr/bin/env bash
# Runs every test on a fresh machine: installs packages and chromium, then unit tests,
# a production build and the browser tests against it.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh --browser
npm test
