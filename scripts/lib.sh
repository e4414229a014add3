# Shared helpers for scripts/run.sh and scripts/test.sh (sourced, not executed).

RABBITMQ_SERVER=/usr/lib/rabbitmq/bin/rabbitmq-server

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

container_runtime_healthy() {
  local runtime="${ASPIRE_CONTAINER_RUNTIME:-docker}"
  command -v "$runtime" >/dev/null 2>&1 && timeout 5 "$runtime" info >/dev/null 2>&1
}

# Makes sure the AppHost will find a broker: a healthy container runtime, an external broker given as
# ConnectionStrings__messaging, or Debian's rabbitmq-server (installed here with apt when we are root).
ensure_broker() {
  if [ -n "${ConnectionStrings__messaging:-}" ]; then
    log "Broker: external (ConnectionStrings__messaging is set)"
    return 0
  fi
  if [ -x "$RABBITMQ_SERVER" ]; then
    log "Broker: private rabbitmq-server process ($RABBITMQ_SERVER)"
    return 0
  fi
  if container_runtime_healthy; then
    log "Broker: RabbitMQ container (container runtime is healthy)"
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "No container runtime and no broker: installing Debian's rabbitmq-server"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq rabbitmq-server >/dev/null
    [ -x "$RABBITMQ_SERVER" ] && return 0
  fi
  echo "No RabbitMQ broker available: no healthy container runtime, no ConnectionStrings__messaging, and" >&2
  echo "$RABBITMQ_SERVER is missing. install rabbitmq-server: sudo apt-get install -y rabbitmq-server" >&2
  echo "(or start Docker, or export ConnectionStrings__messaging=amqp://user:pass@host:5672)" >&2
  return 1
}

POSTGRES_BIN=/usr/lib/postgresql/15/bin

# Makes sure Debian's PostgreSQL binaries are there (installed with apt when we are root): the storage tests and the
# end-to-end tests' PostgreSQL pass start private servers from them, as does Storage__Mode=postgres without a
# container runtime. Only the binaries are used; no system cluster is needed.
ensure_postgres() {
  if [ -x "$POSTGRES_BIN/postgres" ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "Installing Debian's postgresql (binaries for private PostgreSQL servers)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    [ -x "$POSTGRES_BIN/postgres" ] && return 0
  fi
  echo "PostgreSQL binaries missing ($POSTGRES_BIN): sudo apt-get install -y postgresql" >&2
  return 1
}

# Makes sure the Node client check (scripts/grpc-auth-check.js, run by the end-to-end tests) can run: `node` and `npm`
# (Debian's nodejs and npm, installed with apt when we are root) and the repository's node_modules (`npm ci`, from the
# lock file; also brings buf for `npx buf lint protos`).
ensure_node_client() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      log "Installing Debian's nodejs and npm (the Node gRPC client check needs them)"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq nodejs npm >/dev/null
    fi
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "node and npm are missing: install them (sudo apt-get install -y nodejs npm); the Node client check will fail" >&2
    return 1
  fi
  if [ ! -f node_modules/@grpc/grpc-js/package.json ] || [ ! -f node_modules/@grpc/proto-loader/package.json ]; then
    log "npm ci (node_modules for the Node gRPC client check)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}
