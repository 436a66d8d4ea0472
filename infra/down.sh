#!/usr/bin/env bash
# Stop the local Kafka broker (clean shutdown, data kept). PostgreSQL is left running:
# it is the machine's own service and other things use it. `npm run infra:down` calls this.
set -euo pipefail
INFRA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

echo "[infra] kafka: stopping broker"
bash "$INFRA_DIR/kafka/kafka.sh" down
echo "[infra] down (postgres left running)"
