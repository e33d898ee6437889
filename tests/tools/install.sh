#!/usr/bin/env bash
# Installs the npm tools the tests call (ajv-cli for JSON Schema validation) into tests/tools/*/node_modules.
# Versions are pinned in each package.json; the registry is the machine's npm configuration.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "npm is required for the JSON Schema validation tests (install Node.js 18 or later)" >&2
  exit 1
fi
for dir in */; do
  [ -f "$dir/package.json" ] || continue
  if [ -f "$dir/package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  else
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  echo "installed tools in tests/tools/$dir"
done
