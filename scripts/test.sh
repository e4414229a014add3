#!/usr/bin/env bash
# Runs every test (unit, functional and end-to-end) of Services.sln. The end-to-end tests start the real AppHost,
# so a broker must be available: Debian's rabbitmq-server is installed when missing and we are root; so is Debian's
# postgresql (the storage tests and the end-to-end tests' PostgreSQL pass start private servers from its binaries).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

ensure_broker
ensure_postgres
ensure_node_client || log "continuing without the Node client: its end-to-end check will fail"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

RESULTS="$(mktemp)"
trap 'rm -f "$RESULTS"' EXIT
log "dotnet test Services.sln"
set +e
dotnet test Services.sln "$@" 2>&1 | tee "$RESULTS"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test assemblies ("Passed!  - Failed: 0, Passed: 12, ...").
awk '
  /(Passed|Failed)! +- +Failed: / {
    line = $0; gsub(/,/, "", line); n = split(line, w, " ")
    for (i = 1; i < n; i++) {
      if (w[i] == "Failed:") f += w[i+1]; else if (w[i] == "Passed:") p += w[i+1]; else if (w[i] == "Skipped:") s += w[i+1]
    }
    found = 1
  }
  END { if (found) printf "tests: %d passed, %d failed, %d skipped\n", p, f, s; else print "tests: no test results found" }
' "$RESULTS"
exit "$status"
