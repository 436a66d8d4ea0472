#!/usr/bin/env bash
# Regenerates the typed client's types (test/e2e/generated/api.d.ts) from the document the application
# serves; run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
out="$dir/openapi.json"
node infra/openapi/dump.mjs "$out" >/dev/null
node infra/openapi/client.mjs "$out"
