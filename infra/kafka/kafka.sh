#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft, combined broker+controller) without Docker.
#
#   infra/kafka/kafka.sh up            start (no-op if already running), wait until ready
#   infra/kafka/kafka.sh down          SIGTERM (controlled shutdown), SIGKILL after a bounded wait
#   infra/kafka/kafka.sh kill          SIGKILL now (fault tests); `up` afterwards recovers the data
#   infra/kafka/kafka.sh start-again   same as `up`
#   infra/kafka/kafka.sh status        exit 0 when running and ready, 3 when not running, 1 otherwise
#   infra/kafka/kafka.sh logs [N]      last N (default 100) lines of the broker log
#   infra/kafka/kafka.sh classpath     print the resolved classpath
#   infra/kafka/kafka.sh reset         down, then delete data/config/logs (keeps the classpath cache)
#
# The jars come from Maven Central through infra/kafka/pom.xml (into ~/.m2).
#
# Environment:
#   KAFKA_STATE_DIR        state folder (default <repo>/.var/kafka)
#   KAFKA_PORT             client listener port (default 9092)
#   KAFKA_CONTROLLER_PORT  KRaft controller port (default 9093)
#   KAFKA_HEAP_OPTS        default "-Xms256m -Xmx512m"
#   KAFKA_JVM_OPTS         extra JVM flags
#   KAFKA_START_TIMEOUT    seconds to wait for readiness (default 90)
#   KAFKA_STOP_TIMEOUT     seconds to wait for a clean stop before SIGKILL (default 60)
#   KAFKA_MVN_TIMEOUT      seconds allowed for Maven resolution (default 900)
#   KAFKA_MVN_ARGS         extra arguments for mvn (e.g. -Dmaven.repo.local=/some/where)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/../.." && pwd)

HOST=127.0.0.1
PORT=${KAFKA_PORT:-9092}
CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
START_TIMEOUT=${KAFKA_START_TIMEOUT:-90}
STOP_TIMEOUT=${KAFKA_STOP_TIMEOUT:-60}
MVN_TIMEOUT=${KAFKA_MVN_TIMEOUT:-900}
HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}
JVM_OPTS=${KAFKA_JVM_OPTS:-}
POM="$SCRIPT_DIR/pom.xml"
LOG4J_CONFIG="$SCRIPT_DIR/log4j2.properties"

STATE_DIR=${KAFKA_STATE_DIR:-$REPO_DIR/.var/kafka}
mkdir -p "$STATE_DIR"
STATE_DIR=$(cd "$STATE_DIR" && pwd)   # absolute, whatever the caller's cwd
DATA_DIR="$STATE_DIR/data"
LOG_DIR="$STATE_DIR/logs"
CONFIG="$STATE_DIR/server.properties"
PID_FILE="$STATE_DIR/kafka.pid"
CLUSTER_ID_FILE="$STATE_DIR/cluster.id"
SERVER_LOG="$LOG_DIR/server.log"
STDOUT_LOG="$LOG_DIR/kafka.out"
READY_LINE="Kafka Server started"

say() { echo "[kafka] $*"; }
die() { echo "[kafka] ERROR: $*" >&2; exit 1; }

# --- process helpers ---------------------------------------------------------

# true if $1 is a live broker process started by this script for this state folder
is_our_broker() {
  local pid=$1 cmd
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ "$cmd" == *"kafka.Kafka"* && "$cmd" == *"-Dkafka.local.state=$STATE_DIR "* ]]
}

# prints the pid of our running broker, or returns 1 (and drops a stale pid file)
running_pid() {
  local pid
  [[ -f "$PID_FILE" ]] || return 1
  pid=$(cat "$PID_FILE" 2>/dev/null || true)
  if is_our_broker "$pid"; then
    echo "$pid"
    return 0
  fi
  rm -f "$PID_FILE"
  return 1
}

port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

# After "Kafka Server started" the group/transaction coordinators still load their internal
# topics asynchronously (~0.5 s); until then clients get COORDINATOR_LOAD_IN_PROGRESS, which
# kafkajs' admin.fetchOffsets does not retry. So: ready = started line + every existing
# partition of those topics reported as loaded in this run's log.
coordinators_loaded() {
  local topic d want got
  for topic in __consumer_offsets __transaction_state __share_group_state; do
    want=0
    for d in "$DATA_DIR/$topic"-*; do
      [[ "$d" =~ /${topic}-[0-9]+$ && -d "$d" ]] && want=$((want + 1))
    done
    ((want == 0)) && continue
    got=$(grep -oE "Finished loading (of metadata|[0-9]+ transaction metadata) from ${topic}-[0-9]+" "$SERVER_LOG" \
      | sed 's/.* //' | sort -u | wc -l)
    ((got >= want)) || return 1
  done
  return 0
}

# wait (bounded) for pid $1 to exit; returns 1 if it is still alive after $2 seconds
wait_exit() {
  local pid=$1 deadline=$((SECONDS + $2))
  while kill -0 "$pid" 2>/dev/null; do
    ((SECONDS >= deadline)) && return 1
    sleep 0.2
  done
  return 0
}

show_log_tail() {
  local f
  for f in "$SERVER_LOG" "$STDOUT_LOG"; do
    if [[ -s "$f" ]]; then
      echo "----- last 40 lines of $f -----" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

# --- setup -------------------------------------------------------------------

check_java() {
  command -v java >/dev/null || die "java not found on PATH (Kafka 4.x needs Java 17+)"
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [[ "${v%%.*}" =~ ^[0-9]+$ ]] && ((${v%%.*} >= 17)) || die "Java 17+ required, found '${v:-unknown}'"
}

# Resolve the broker classpath with Maven; cached in the state folder keyed by the pom's hash.
resolve_classpath() {
  local hash cp_file tmp jar ok=1
  local -a jars=()
  hash=$(sha256sum "$POM" | cut -c1-16)
  cp_file="$STATE_DIR/classpath-$hash.txt"
  if [[ -s "$cp_file" ]]; then
    IFS=: read -r -a jars < "$cp_file" || true   # the file has no trailing newline
    for jar in "${jars[@]}"; do [[ -f "$jar" ]] || { ok=0; break; }; done
    if ((ok)); then
      CLASSPATH_VALUE=$(cat "$cp_file")
      return 0
    fi
    say "cached classpath refers to missing jars; resolving again"
  fi
  command -v mvn >/dev/null || die "mvn not found on PATH"
  say "resolving Kafka jars with Maven (downloads from Maven Central into ~/.m2 what is not there yet)"
  tmp="$cp_file.tmp.$$"
  mkdir -p "$LOG_DIR"
  # shellcheck disable=SC2086
  if ! timeout "$MVN_TIMEOUT" mvn -B -Dstyle.color=never -f "$POM" ${KAFKA_MVN_ARGS:-} \
        dependency:build-classpath -Dmdep.outputFile="$tmp" -Dmdep.includeScope=runtime \
        > "$LOG_DIR/maven.log" 2>&1; then
    rm -f "$tmp"
    tail -n 40 "$LOG_DIR/maven.log" >&2
    die "Maven could not resolve $POM (full output in $LOG_DIR/maven.log)"
  fi
  [[ -s "$tmp" ]] || die "Maven produced an empty classpath"
  rm -f "$STATE_DIR"/classpath-*.txt
  mv "$tmp" "$cp_file"
  CLASSPATH_VALUE=$(cat "$cp_file")
}

write_config() {
  local tmp="$CONFIG.tmp.$$"
  cat > "$tmp" <<EOF
# Generated by infra/kafka/kafka.sh on every start -- edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$PORT,CONTROLLER://$HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT

log.dirs=$DATA_DIR
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
auto.create.topics.enable=true
delete.topic.enable=true

offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# Kafka 4's group coordinator holds every offset commit up to this long to append several in one write
# (default 5 ms). Consumers commit by hand after their transaction, so that wait is added to each batch's
# latency and capped a commit-per-message consumer near 150 msg/s; 0 appends at once.
group.coordinator.append.linger.ms=0

# After a SIGKILL the restarted broker cannot re-register until the dead incarnation's session
# expires (default 9 s -> DUPLICATE_BROKER_REGISTRATION retries); shorter for fast fault tests.
broker.heartbeat.interval.ms=1000
broker.session.timeout.ms=4000

num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.retention.hours=168
log.segment.bytes=104857600
EOF
  mv "$tmp" "$CONFIG"
}

storage_tool() {
  java -Xmx256m -Dlog4j2.configurationFile="$LOG4J_CONFIG" -Dkafka.logs.dir="$LOG_DIR" \
    -Dkafka.log.file=storage-tool.log \
    -cp "$CLASSPATH_VALUE" kafka.tools.StorageTool "$@"
}

format_once() {
  local cid
  if [[ -f "$DATA_DIR/meta.properties" ]]; then
    return 0   # already formatted: never reformat, restarts keep the data
  fi
  if [[ -s "$CLUSTER_ID_FILE" ]]; then
    cid=$(cat "$CLUSTER_ID_FILE")
  else
    # same shape as `kafka-storage random-uuid`: 16 random bytes, base64url, no padding,
    # not starting with '-' (saves a JVM start)
    cid=-
    while [[ "$cid" == -* ]]; do
      cid=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
    done
    [[ "$cid" =~ ^[A-Za-z0-9_-]{22}$ ]] || die "could not generate a cluster id (got '$cid')"
    echo "$cid" > "$CLUSTER_ID_FILE"
  fi
  say "formatting storage in $DATA_DIR (cluster id $cid)"
  storage_tool format -t "$cid" -c "$CONFIG" >> "$LOG_DIR/format.log" 2>&1 \
    || { tail -n 20 "$LOG_DIR/format.log" >&2; die "storage format failed"; }
}

rotate_logs() {
  local f i
  for f in "$SERVER_LOG" "$STDOUT_LOG"; do
    [[ -e "$f" ]] || continue
    for i in 2 1; do [[ -e "$f.prev$i" ]] && mv -f "$f.prev$i" "$f.prev$((i + 1))"; done
    mv -f "$f" "$f.prev1"
  done
}

# --- commands ----------------------------------------------------------------

# Compile Probe.java once per (source, classpath) into the state folder.
build_probe() {
  local key
  key=$(cat "$SCRIPT_DIR/Probe.java" <(echo "$CLASSPATH_VALUE") | sha256sum | cut -c1-16)
  PROBE_DIR="$STATE_DIR/probe-$key"
  [[ -f "$PROBE_DIR/Probe.class" ]] && return 0
  if command -v javac >/dev/null; then
    rm -rf "$STATE_DIR"/probe-*
    mkdir -p "$PROBE_DIR"
    if javac -nowarn -d "$PROBE_DIR" -cp "$CLASSPATH_VALUE" "$SCRIPT_DIR/Probe.java" > "$LOG_DIR/probe-javac.log" 2>&1; then
      return 0
    fi
    cat "$LOG_DIR/probe-javac.log" >&2
    rm -rf "$PROBE_DIR"
  fi
  PROBE_DIR=""   # no javac: the java source launcher compiles it on each run
}

run_probe() {
  local secs=$1 main=Probe
  build_probe
  [[ -n "$PROBE_DIR" ]] || main="$SCRIPT_DIR/Probe.java"
  rm -f "$LOG_DIR/probe.log"
  timeout $((secs + 15)) java -Xmx128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dlog4j2.configurationFile="$LOG4J_CONFIG" -Dkafka.logs.dir="$LOG_DIR" -Dkafka.log.file=probe.log \
    -cp "${PROBE_DIR:+$PROBE_DIR:}$CLASSPATH_VALUE" "$main" "$HOST:$PORT" "$secs"
}

wait_ready() {
  local pid=$1 started=$2 deadline=$((SECONDS + START_TIMEOUT)) phase=listener out
  timed_out() {
    show_log_tail
    say "not ready after ${START_TIMEOUT}s ($phase); stopping it"
    stop_pid "$pid"
    die "broker did not become ready within ${START_TIMEOUT}s"
  }
  # 1. the client port accepts connections and the log says "Kafka Server started"
  until port_open "$PORT" && [[ -f "$SERVER_LOG" ]] && grep -qF "$READY_LINE" "$SERVER_LOG"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      show_log_tail
      die "broker process $pid exited during startup"
    fi
    ((SECONDS >= deadline)) && timed_out
    sleep 0.5
  done
  # 2. the broker answers through the admin API; group + transaction coordinators are up
  phase="admin API probe"
  ((deadline - SECONDS > 0)) || timed_out
  if ! out=$(run_probe $((deadline - SECONDS)) 2>&1); then
    echo "$out" >&2
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; show_log_tail; die "broker process $pid exited during startup"; }
    timed_out
  fi
  # 3. every partition of the internal topics has been loaded by its coordinator
  phase="coordinator loading"
  until coordinators_loaded; do
    ((SECONDS >= deadline)) && timed_out
    sleep 0.2
  done
  say "ready on $HOST:$PORT (pid $pid, ${out#probe ok: }, $((SECONDS - started))s)"
}

cmd_up() {
  local pid started=$SECONDS
  if pid=$(running_pid); then
    # (a concurrent `up` holds the lock until its broker is ready, so this one is past startup)
    port_open "$PORT" || die "broker process $pid is alive but $HOST:$PORT is closed; see '$0 logs', or '$0 down' then up"
    say "already running (pid $pid) on $HOST:$PORT"
    return 0
  fi
  for p in "$PORT" "$CONTROLLER_PORT"; do
    port_open "$p" && die "port $HOST:$p is already in use by another process (not the broker of $STATE_DIR)"
  done
  check_java
  mkdir -p "$DATA_DIR" "$LOG_DIR"
  resolve_classpath
  write_config
  format_once
  rotate_logs
  local version
  version=$(tr ':' '\n' <<< "$CLASSPATH_VALUE" | sed -n 's#.*/kafka_2\.13-\(.*\)\.jar$#\1#p' | head -n 1)
  say "starting Kafka ${version:-?} (state $STATE_DIR, client port $PORT, controller port $CONTROLLER_PORT)"
  rm -f "$PID_FILE"
  # setsid: own session, so the caller's Ctrl-C / process-group kill does not take the broker
  # down; the inner shell writes its own pid and then execs java, so the pid file is java's pid.
  # shellcheck disable=SC2086
  nohup setsid bash -c 'echo $$ > "$0"; exec "$@"' "$PID_FILE" \
    java $HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true $JVM_OPTS \
    -Dkafka.logs.dir="$LOG_DIR" -Dlog4j2.configurationFile="$LOG4J_CONFIG" \
    -Dkafka.local.state="$STATE_DIR" \
    -cp "$CLASSPATH_VALUE" kafka.Kafka "$CONFIG" \
    > "$STDOUT_LOG" 2>&1 < /dev/null 9>&- &
  local launcher=$!
  # the pid file appears almost at once; bounded wait for it
  local deadline=$((SECONDS + 10))
  until [[ -s "$PID_FILE" ]]; do
    ((SECONDS >= deadline)) && die "broker launcher (pid $launcher) did not write $PID_FILE"
    sleep 0.1
  done
  pid=$(cat "$PID_FILE")
  wait_ready "$pid" "$started"
}

stop_pid() {
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_exit "$pid" "$STOP_TIMEOUT"; then
    say "still running after ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    wait_exit "$pid" 15 || die "pid $pid survived SIGKILL"
  fi
  rm -f "$PID_FILE"
}

cmd_down() {
  local pid started=$SECONDS
  if ! pid=$(running_pid); then
    say "not running"
    return 0
  fi
  say "stopping broker (pid $pid, SIGTERM, up to ${STOP_TIMEOUT}s)"
  stop_pid "$pid"
  say "stopped ($((SECONDS - started))s)"
}

cmd_kill() {
  local pid
  if ! pid=$(running_pid); then
    say "not running"
    return 0
  fi
  say "SIGKILL broker (pid $pid)"
  kill -KILL "$pid" 2>/dev/null || true
  wait_exit "$pid" 15 || die "pid $pid survived SIGKILL"
  rm -f "$PID_FILE"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    if port_open "$PORT"; then
      say "running (pid $pid) on $HOST:$PORT, state $STATE_DIR"
      return 0
    fi
    say "process $pid alive but $HOST:$PORT is closed (starting or stopping?)"
    return 1
  fi
  say "not running (state $STATE_DIR)"
  return 3
}

cmd_logs() {
  local n=${1:-100}
  [[ -f "$SERVER_LOG" ]] || die "no log yet at $SERVER_LOG"
  tail -n "$n" "$SERVER_LOG"
}

cmd_reset() {
  cmd_down
  say "deleting data, config and logs in $STATE_DIR"
  rm -rf "$DATA_DIR" "$LOG_DIR" "$CONFIG" "$CLUSTER_ID_FILE" "$PID_FILE"
}

# Serialise state-changing commands (e.g. two test runners calling `up` at once). Bounded wait.
take_lock() {
  exec 9> "$STATE_DIR/kafka-sh.lock"
  flock -w $((START_TIMEOUT + MVN_TIMEOUT + STOP_TIMEOUT)) 9 || die "another kafka.sh is still busy with $STATE_DIR"
}

case "${1:-}" in
  up | start | start-again) take_lock; cmd_up ;;
  down | stop) take_lock; cmd_down ;;
  kill) take_lock; cmd_kill ;;
  status) cmd_status ;;
  logs) cmd_logs "${2:-100}" ;;
  classpath) resolve_classpath >&2; echo "$CLASSPATH_VALUE" ;;
  reset) take_lock; cmd_reset ;;
  *)
    echo "usage: $0 {up|down|kill|start-again|status|logs [N]|classpath|reset}" >&2
    exit 2
    ;;
esac
