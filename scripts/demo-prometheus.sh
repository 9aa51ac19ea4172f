#!/usr/bin/env bash
# The demo's Prometheus: Debian's `prometheus` on 127.0.0.1:9090, scraping the demo LLM
# services' metrics (aiops.demo.metrics in app-config.yaml, port 9464) every 5 s; the
# aiops backend pulls latency, errors, throughput and resource use from it
# (aiops.prometheus.baseUrl). Installs the package when it is missing and apt-get can;
# without it the portal still starts and the Monitoring tab says Prometheus cannot be
# reached.
#
#   scripts/demo-prometheus.sh <data dir>    starts it in the background, prints its pid
set -euo pipefail

data_dir=${1:?usage: demo-prometheus.sh <data dir>}
listen=127.0.0.1:9090
target=127.0.0.1:9464

if ! command -v prometheus >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "demo-prometheus: installing Debian's prometheus" >&2
    apt-get update -qq >&2 &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null 2>&1 ||
      true
  fi
fi
if ! command -v prometheus >/dev/null 2>&1; then
  echo "demo-prometheus: prometheus is not installed (apt-get install prometheus); the demo runs without it" >&2
  exit 0
fi
if (exec 3<>"/dev/tcp/${listen%:*}/${listen#*:}") 2>/dev/null; then
  echo "demo-prometheus: $listen is in use; the backend reads whatever Prometheus answers there" >&2
  exit 0
fi

mkdir -p "$data_dir"
# OpenTelemetry JS's Prometheus exporter names the histogram without the unit suffix the
# Collector's exporter adds (`_seconds`); the relabelling gives the name the default
# queries read (docs/telemetry.md, "Prometheus source").
cat >"$data_dir/prometheus.yml" <<EOF
global:
  scrape_interval: 5s
  evaluation_interval: 5s
scrape_configs:
  - job_name: aiops-demo-services
    static_configs:
      - targets: ['$target']
    metric_relabel_configs:
      - source_labels: [__name__]
        regex: gen_ai_client_operation_duration_(bucket|count|sum)
        target_label: __name__
        replacement: gen_ai_client_operation_duration_seconds_\$1
EOF
setsid prometheus \
  --config.file="$data_dir/prometheus.yml" \
  --storage.tsdb.path="$data_dir/data" \
  --storage.tsdb.retention.time=2d \
  --web.listen-address="$listen" \
  >"$data_dir/prometheus.log" 2>&1 </dev/null &
echo $!
echo "demo-prometheus: scraping $target every 5 s, serving http://$listen (log $data_dir/prometheus.log)" >&2
