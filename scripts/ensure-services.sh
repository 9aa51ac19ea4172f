#!/usr/bin/env bash
# Makes sure what the tests talk to is there: PostgreSQL at 127.0.0.1:5432, Debian's Chromium,
# Debian's Prometheus (the Prometheus source's tests start it on a free port), and the tools
# the generated golden-path files are tested with.
set -euo pipefail

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "ensure-services: starting PostgreSQL" >&2
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432

if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-services: installing Debian's chromium" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
/usr/bin/chromium --version

if [ ! -x /usr/bin/prometheus ] || [ ! -x /usr/bin/promtool ]; then
  echo "ensure-services: installing Debian's prometheus" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
/usr/bin/prometheus --version 2>&1 | head -n1

# jq and curl: the generated CI scripts (aiops:ci:gates) are tested by running them;
# mkdocs: the generated runbooks (aiops:runbooks:create) are built by the tests.
missing=()
for tool in jq curl mkdocs; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "ensure-services: installing Debian's ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
mkdocs --version

# Debian's scikit-learn and pytest: the classic ML template's generated repository runs
# its own tests and evaluation with them (/usr/bin/python3, not a python on PATH).
if ! /usr/bin/python3 -c 'import sklearn, pytest' 2>/dev/null; then
  echo "ensure-services: installing Debian's python3-sklearn and python3-pytest" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-sklearn python3-pytest >/dev/null
fi
/usr/bin/python3 -c 'import sklearn; print("scikit-learn", sklearn.__version__)'
