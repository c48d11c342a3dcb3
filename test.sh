#!/usr/bin/env bash
# Runs every test of the project: the .NET suites, the VS Code client's unit and grammar tests,
# and the real VS Code end-to-end suite (skip that one locally with LISTING_SKIP_VSCODE=1).
set -euo pipefail
cd "$(dirname "$0")"

echo "== .NET tests"
dotnet test ListingLsp.sln -c Release --nologo

if [[ -d client-vscode ]]; then
  echo "== client unit and grammar tests"
  (cd client-vscode && npm ci --no-audit --no-fund && npm test)
  if [[ "${LISTING_SKIP_VSCODE:-0}" != 1 ]]; then
    echo "== real VS Code end-to-end suite"
    bash client-vscode/e2e/run.sh
  fi
fi
