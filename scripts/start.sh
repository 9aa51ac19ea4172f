#!/usr/bin/env bash
# Sets up the toolchain and dependencies, then starts the demo portal:
# frontend on http://localhost:3000, backend on http://localhost:7007, SQLite under .data/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/bootstrap.sh
yarn install --immutable
mkdir -p .data/sqlite
exec yarn start
