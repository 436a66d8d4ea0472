#!/usr/bin/env bash
# Bring up local infrastructure for the distributed services and tests (no Docker):
#   1. PostgreSQL databases on 127.0.0.1:5432 (infra/postgres/setup.sh)
#   2. a single-node Apache Kafka broker on 127.0.0.1:9092 (infra/kafka/kafka.sh up)
# Idempotent: safe to run when everything is already up. `npm run infra:up` calls this.
set -euo pipefail
INFRA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

echo "[infra] postgres: creating databases if missing"
bash "$INFRA_DIR/postgres/setup.sh"
echo "[infra] kafka: starting broker if not running"
bash "$INFRA_DIR/kafka/kafka.sh" up
echo "[infra] up: postgres ${PGHOST:-127.0.0.1}:${PGPORT:-5432}, kafka 127.0.0.1:${KAFKA_PORT:-9092}"
