#!/usr/bin/env bash
# Lints the OpenAPI document the application serves (dumped from a built embedded app) with Redocly's
# recommended ruleset; run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)/openapi.json"
node infra/openapi/dump.mjs "$out"
npx redocly lint --config infra/openapi/redocly.yaml "$out"
