#!/usr/bin/env bash
# Starts the portal on a fresh SQLite directory, runs the Playwright tests in Chromium,
# stops the portal. Screenshots land in e2e-screenshots/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

for port in 3000 7007 9090 9464; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "e2e: port $port is in use; stop the running portal first" >&2
    exit 1
  fi
done

data_dir="$(mktemp -d)"
mkdir -p e2e-test-report e2e-screenshots
export APP_CONFIG_backend_database_connection_directory="$data_dir"

prometheus_pid=$(scripts/demo-prometheus.sh "$data_dir/prometheus")
setsid yarn start >e2e-test-report/portal.log 2>&1 &
portal_pid=$!
stop_portal() {
  [ -z "$prometheus_pid" ] || kill "$prometheus_pid" 2>/dev/null || true
  kill -TERM -- "-$portal_pid" 2>/dev/null || true
  sleep 2
  kill -KILL -- "-$portal_pid" 2>/dev/null || true
  rm -rf "$data_dir"
}
trap stop_portal EXIT

wait_for() {
  local url=$1 deadline=$((SECONDS + 420))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 "$portal_pid" 2>/dev/null; then
      echo "e2e: $url did not come up; portal log:" >&2
      tail -n 60 e2e-test-report/portal.log >&2
      return 1
    fi
    sleep 3
  done
}
wait_for http://localhost:7007/.backstage/health/v1/readiness
wait_for http://localhost:3000
echo "e2e: portal is up after ${SECONDS}s" >&2

yarn playwright test "$@"
