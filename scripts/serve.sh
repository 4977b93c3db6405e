#!/usr/bin/env bash
# Serves the app on a fresh machine: installs packages, builds once, runs the production server
# (scripts/server.ts, the same as `npm start`).
# PORT (default 3000), HOST (default 0.0.0.0) and BASE_PATH are read from the environment, and so are the
# server's limits: HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, SOCKET_IDLE_TIMEOUT_MS,
# MAX_CONNECTIONS (see README, "Self-hosting").
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
npm run build
export NODE_ENV=production
exec node --import tsx scripts/server.ts
