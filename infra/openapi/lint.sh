#!/usr/bin/env bash
# Lints the OpenAPI document the application serves (dumped from a built embedded app) with Redocly's
# recommended ruleset; run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
out="$dir/openapi.json"
node infra/openapi/dump.mjs "$out" >/dev/null
npx redocly lint --config infra/openapi/redocly.yaml "$out"
