#!/usr/bin/env bash
# Starts the whole CapexRadar system (broker + Ingestion, Entities, Capex, Market + Aspire dashboard) on its
# embedded defaults, ingests the seed story through the CLI and prints its analysis, then keeps running until
# Ctrl-C / SIGTERM, which stops the AppHost (and with it every service and the broker) cleanly.
#
# Environment: CAPEXRADAR_GRPC_PORT (default 5171), CapexRadar__DataDirectory (default .data), Storage__Mode
# (sqlite|postgres), Broker__Mode
# (auto|container|process|external), ConnectionStrings__messaging (external broker), CAPEXRADAR_START_TIMEOUT (s),
# CAPEXRADAR_CONFIGURATION (Release by default; Debug for debugging — Debug builds are several times slower).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

GRPC_PORT="${CAPEXRADAR_GRPC_PORT:-5171}"
START_TIMEOUT="${CAPEXRADAR_START_TIMEOUT:-600}"
SERVER="http://localhost:${GRPC_PORT}"
CONFIGURATION="${CAPEXRADAR_CONFIGURATION:-Release}"
LOG_DIR="${CapexRadar__DataDirectory:-.data}/logs"
mkdir -p "$LOG_DIR"
APPHOST_LOG="$LOG_DIR/apphost.log"

ensure_broker
# Storage__Mode=postgres without a container runtime uses Debian's PostgreSQL binaries (installed here when root).
if [ "${Storage__Mode:-sqlite}" = postgres ] && ! container_runtime_healthy; then ensure_postgres; fi

log "Building the AppHost (and the four services) and the CLI ($CONFIGURATION)"
dotnet build AppHost/CapexRadar.AppHost.csproj -c "$CONFIGURATION" -nologo -v q -clp:ErrorsOnly
dotnet build src/Cli -c "$CONFIGURATION" -nologo -v q -clp:ErrorsOnly

grpc_healthy() {
  # gRPC health check (grpc.health.v1.Health/Check, empty request) over h2c; SERVING is field 1 = 1 (08 01).
  if command -v curl >/dev/null 2>&1; then
    curl -s --max-time 3 --http2-prior-knowledge -X POST \
      -H 'content-type: application/grpc' -H 'te: trailers' \
      --data-binary @<(printf '\x00\x00\x00\x00\x00') \
      "$SERVER/grpc.health.v1.Health/Check" 2>/dev/null | od -An -tx1 | tr -d ' \n' | grep -q '00000000020801$'
  else
    (exec 3<>"/dev/tcp/127.0.0.1/${GRPC_PORT}") 2>/dev/null
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/${GRPC_PORT}") 2>/dev/null; }

if grpc_healthy; then
  echo "Something already answers on $SERVER (another CapexRadar?). Stop it or set CAPEXRADAR_GRPC_PORT." >&2
  exit 1
fi

log "Starting the AppHost (log: $APPHOST_LOG)"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
export CapexRadar__IngestionGrpcPort="$GRPC_PORT"
# Own session/process group: Ctrl-C reaches this script only, which then stops the AppHost with SIGTERM.
# The built AppHost itself with its launch profile's settings (AppHost/Properties/launchSettings.json, profile http),
# not `dotnet run`, whose MSBuild evaluation cost seconds of CPU before anything started (README, "Load").
APPHOST_BIN="AppHost/bin/$CONFIGURATION/net10.0/CapexRadar.AppHost"
if [ -x "$APPHOST_BIN" ]; then
  (cd AppHost && exec env ASPNETCORE_URLS=http://localhost:18888 ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
    ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:18889 ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:18890 \
    setsid "../$APPHOST_BIN") >"$APPHOST_LOG" 2>&1 &
else
  setsid dotnet run --project AppHost/CapexRadar.AppHost.csproj -c "$CONFIGURATION" --no-build --launch-profile http >"$APPHOST_LOG" 2>&1 &
fi
RUNNER_PID=$!

apphost_pid() {
  # `dotnet run` starts the AppHost as its child; the AppHost is what must receive SIGTERM.
  # (started directly, the AppHost is RUNNER_PID itself)
  pgrep -P "$RUNNER_PID" -f CapexRadar.AppHost 2>/dev/null | head -1 || true
}

STOPPING=0
stop_apphost() {
  [ "$STOPPING" = 1 ] && return
  STOPPING=1
  # Signal first, talk later: if our output goes through a pipe (run.sh | tee) Ctrl-C has already ended the
  # reader, and a write must not kill us before the AppHost got its SIGTERM.
  set +e
  trap '' PIPE
  local pid; pid="$(apphost_pid)"
  if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null; else kill -TERM "$RUNNER_PID" 2>/dev/null; fi
  log "Stopping the AppHost (services and broker go with it)" || true
  for _ in $(seq 1 120); do kill -0 "$RUNNER_PID" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$RUNNER_PID" 2>/dev/null && kill -KILL "$RUNNER_PID" 2>/dev/null
  # DCP goes on removing the services and the broker for a few seconds after the AppHost exits.
  for _ in $(seq 1 60); do port_open || break; sleep 0.5; done
  log "Stopped" || true
}
trap 'stop_apphost; exit 130' INT
trap 'stop_apphost; exit 143' TERM
trap 'stop_apphost; exit 129' HUP
trap 'stop_apphost' EXIT

started=$(date +%s)
next_report=30
until grpc_healthy; do
  if ! kill -0 "$RUNNER_PID" 2>/dev/null; then
    echo "The AppHost exited during start-up; last lines of $APPHOST_LOG:" >&2
    tail -n 30 "$APPHOST_LOG" >&2
    trap - EXIT
    exit 1
  fi
  if [ $(( $(date +%s) - started )) -ge "$START_TIMEOUT" ]; then
    echo "Ingestion did not become healthy on $SERVER within ${START_TIMEOUT}s; see $APPHOST_LOG" >&2
    exit 1
  fi
  waited=$(( $(date +%s) - started ))
  if [ "$waited" -ge "$next_report" ]; then
    next_report=$(( next_report + 30 ))
    log "Still starting after ${waited}s (broker, then Entities/Capex/Market, then Ingestion; the dashboard shows each resource)"
  fi
  sleep 1
done
log "Ingestion is healthy on $SERVER after $(( $(date +%s) - started ))s"

log "Ingesting the seed story: capexradar ingest samples/alibaba-ai-capex.txt --wait --server $SERVER"
dotnet run --project src/Cli -c "$CONFIGURATION" --no-build -- ingest samples/alibaba-ai-capex.txt --wait --server "$SERVER" || \
  echo "(the CLI reported an error; the system keeps running)" >&2

LOGIN_URL="$(grep -o 'http://[^ ]*/login?t=[0-9a-f]*' "$APPHOST_LOG" | tail -1 || true)"
echo
log "CapexRadar is running"
echo "  Ingestion gRPC (h2c): $SERVER"
echo "  Dashboard:            ${LOGIN_URL:-http://localhost:18888 (login URL in $APPHOST_LOG)}"
echo "  AppHost log:          $APPHOST_LOG"
echo "  Try: dotnet run --project src/Cli -c $CONFIGURATION -- watch --server $SERVER"
echo "Press Ctrl-C to stop."
wait "$RUNNER_PID" || true
trap - EXIT
