#!/usr/bin/env bash
# Serves the app on a fresh machine: installs packages, builds once, runs the production server.
# PORT (default 3000), HOST (default 0.0.0.0) and BASE_PATH are read from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
npm run build
exec npx next start -p "${PORT:-3000}" -H "${HOST:-0.0.0.0}"
