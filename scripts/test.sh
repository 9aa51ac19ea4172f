#!/usr/bin/env bash
# Sets up the toolchain and dependencies, then runs every test: type-check, lint,
# the API reports, unit and plugin tests (stores on SQLite and PostgreSQL), the end-to-end
# test in Chromium, and the real-client test (the packed packages in fresh Backstage apps).
# Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/bootstrap.sh
set -e
yarn install --immutable
scripts/ensure-services.sh
set +e

export CI=true
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
mkdir -p e2e-test-report

failed=()
step() {
  local name=$1
  shift
  echo
  echo "=== $name: $*"
  local started=$SECONDS
  if "$@"; then
    echo "=== $name: ok ($((SECONDS - started))s)"
  else
    echo "=== $name: FAILED ($((SECONDS - started))s)"
    failed+=("$name")
  fi
}

step type-check yarn tsc
step api-reports yarn check:api-reports
step lint yarn lint:all
step prettier yarn prettier:check
step unit yarn test:ci --json --outputFile="$PWD/e2e-test-report/jest.json"
step e2e scripts/e2e.sh
step real-client scripts/real-client-test.sh

node scripts/test-summary.js e2e-test-report/jest.json e2e-test-report/playwright.json

if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed steps: ${failed[*]}"
  exit 1
fi
echo "All steps passed."
