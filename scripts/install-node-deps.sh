#!/usr/bin/env bash
# Installs the node modules the tests use (package.json, pinned by
# package-lock.json): a headless-browser driver, axe-core and the SARIF
# schema. Runs `npm ci` only when node_modules is missing or older than
# package-lock.json; safe to run again and again, quiet when nothing is to
# do. Without npm or a network it warns and carries on: the tests that need
# these modules then report themselves skipped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# npm writes node_modules/.package-lock.json at the end of every install.
installed=node_modules/.package-lock.json
if [ -f "$installed" ] && [ ! package-lock.json -nt "$installed" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-node-deps: npm not found (scripts/install-deps.sh installs it); browser tests will be skipped" >&2
  exit 0
fi
echo "install-node-deps: npm ci"
if ! npm ci --no-audit --no-fund --loglevel=error; then
  echo "install-node-deps: npm ci failed; browser tests will be skipped" >&2
fi
