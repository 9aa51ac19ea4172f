#!/usr/bin/env bash
# Sets up the toolchain and dependencies, then starts the demo portal:
# frontend on http://localhost:3000, backend on http://localhost:7007, SQLite under .data/,
# and the demo's Prometheus on http://127.0.0.1:9090 (scripts/demo-prometheus.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/bootstrap.sh
yarn install --immutable
mkdir -p .data/sqlite
prometheus_pid=$(scripts/demo-prometheus.sh .data/prometheus)
trap '[ -z "$prometheus_pid" ] || kill "$prometheus_pid" 2>/dev/null || true' EXIT
yarn start
