#!/usr/bin/env bash
# Starts the system as scripts/run.sh does, runs `capexradar load` passes against it, prints the RSS of each
# service after the load, and stops everything. Holds /tmp/capexradar-system.lock (fixed ports) while it runs.
#
#   scripts/measure-load.sh [CORPUS] -- "LOAD ARGS" ["LOAD ARGS" …]
#   scripts/measure-load.sh ../shared/corpus/dev/articles.jsonl -- "--rate 20 --duration 30 --warmup 10" "--rate 100 --duration 30"
#
# Environment as for scripts/run.sh; MEASURE_LOG_DIR (default .data/measure) keeps the logs; MEASURE_SETTLE (s, default 20;
# 0 = off) prints the RSS a second time after that long idle. MEASURE_PERF_PASS=N records
# `perf record -a -g` for 20 s of pass N (every process of the machine) with DOTNET_PerfMapEnabled=1 set for the services,
# and writes per-process and per-symbol summaries to $OUT/STAMP.perf-{comm,sym}.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-samples/alibaba-ai-capex.txt}"; shift || true
[ "${1:-}" = "--" ] && shift
[ "$#" -gt 0 ] || set -- "--rate 20 --duration 30 --warmup 10" "--rate 100 --duration 30"
OUT="${MEASURE_LOG_DIR:-.data/measure}"; mkdir -p "$OUT"
STAMP="$(date -u +%Y%m%dT%H%M%S)"
RUN_LOG="$OUT/run-$STAMP.log"
# A fresh data directory per measurement (databases, broker), so every run starts from the same empty state.
export CapexRadar__DataDirectory="${MEASURE_DATA_DIR:-$(mktemp -d /tmp/capexradar-measure.XXXXXX)}"
# a private PostgreSQL (Storage__Mode=postgres) runs as the postgres user when root: it must reach the data directory
chmod 755 "$CapexRadar__DataDirectory"

# W^X off: with it on, JIT code runs from a memfd mapping that perf does not resolve through the perf map
[ "${MEASURE_PERF_PASS:-0}" != 0 ] && export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0

exec 9>/tmp/capexradar-system.lock
flock 9
echo "load average before start: $(cut -d' ' -f1-3 /proc/loadavg)"
setsid bash scripts/run.sh >"$RUN_LOG" 2>&1 &
RUN_PID=$!
stop() {
  kill -TERM "$RUN_PID" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 0.5; done
  [ -z "${MEASURE_DATA_DIR:-}" ] && rm -rf "$CapexRadar__DataDirectory"
}
trap stop EXIT
until grep -q "CapexRadar is running" "$RUN_LOG"; do
  kill -0 "$RUN_PID" 2>/dev/null || { tail -30 "$RUN_LOG"; exit 1; }
  sleep 1
done
grep -o "Ingestion is healthy.*" "$RUN_LOG" || true
# The built CLI itself, not `dotnet run` (whose MSBuild evaluation took a core for seconds at the start of every pass)
CLI=("src/Cli/bin/${CAPEXRADAR_CONFIGURATION:-Release}/net10.0/capexradar")
[ -x "${CLI[0]}" ] || CLI=(dotnet run --project src/Cli -c "${CAPEXRADAR_CONFIGURATION:-Release}" --no-build --)
services() {
  # The service processes themselves (not the `dotnet run` that DCP may wrap them in).
  for p in $(pgrep -f 'CapexRadar\.(Ingestion|Entities|Capex|Market)\.Api' || true); do
    local exe; exe="$(readlink "/proc/$p/exe" 2>/dev/null || true)"
    # only this checkout's services of the measured configuration (test runs of this or other checkouts may be up)
    if [[ "$exe" == "$PWD"/src/*/bin/"${CAPEXRADAR_CONFIGURATION:-Release}"/* && "${exe##*/}" =~ ^CapexRadar\.[A-Za-z]+\.Api$ ]]; then
      echo "$p ${exe##*/}"
    fi
  done
  return 0 # a non-matching last candidate (another checkout's build) must not fail the pipeline under set -e
}
rss() {
  services | while read -r p name; do
    # RSS = anonymous (GC heap, native heap, stacks) + file (assemblies, native libraries: shared between the
    # services, counted in each) + shmem (JIT code: the W^X double mapping); PSS shares the shared pages out
    printf '  %-28s %6d MB  (anon %d, file %d, shmem %d; PSS %d MB)\n' "$name" $(( $(awk '/VmRSS/{print $2}' /proc/$p/status) / 1024 )) \
      $(( $(awk '/RssAnon/{print $2}' /proc/$p/status) / 1024 )) $(( $(awk '/RssFile/{print $2}' /proc/$p/status) / 1024 )) \
      $(( $(awk '/RssShmem/{print $2}' /proc/$p/status) / 1024 )) $(( $(awk '/^Pss:/{print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0) / 1024 ))
  done
}
cpu_ticks() { # utime+stime of each service, in clock ticks
  services | while read -r p name; do echo "$name $(awk '{print $14+$15}' /proc/$p/stat)"; done | sort
}
tree() { # the given processes and all their descendants
  local frontier="$*" all=""
  while [ -n "${frontier// /}" ]; do
    all="$all $frontier"
    frontier="$(for p in $frontier; do pgrep -P "$p" || true; done | tr '\n' ' ')"
  done
  echo "$all"
}
descendants() { # every process of the run: run.sh's tree, and DCP's (it detaches and monitors the AppHost by pid)
  local mine apphosts dcp=""
  mine="$(tree "$RUN_PID")"
  apphosts="$(for p in $mine; do [ "$(cat "/proc/$p/comm" 2>/dev/null)" = "CapexRadar.AppH" ] && echo "$p"; done)"
  for a in $apphosts; do dcp="$dcp $(pgrep -f -- "dcp start-apiserver --monitor $a " || true)"; done
  echo "$mine $(tree $dcp)"
}
other_ticks() { # utime+stime of the run's processes that are not services (broker, dashboard, DCP, AppHost), by name
  local svc; svc=" $(services | cut -d' ' -f1 | tr '\n' ' ') "
  for p in $(descendants); do
    [[ "$svc" == *" $p "* ]] && continue
    [ -r "/proc/$p/stat" ] || continue
    echo "$(tr -d '\0' <"/proc/$p/comm" | tr ' ' '_') $(awk '{print $14+$15}' "/proc/$p/stat")"
  done | awk '{t[$1]+=$2} END {for (n in t) print n, t[n]}' | sort
}
cpu_report() { # CPU seconds each service spent between two cpu_ticks snapshots
  local hz; hz=$(getconf CLK_TCK)
  join <(echo "$1") <(echo "$2") | awk -v hz="$hz" '{printf "  %-28s %7.1f CPU s\n", $1, ($3-$2)/hz}'
}
echo "service processes:"; services | while read -r p name; do echo "  $p $(tr '\0' ' ' </proc/$p/cmdline | cut -c1-160)"; done
echo "RSS after start:"; rss
profile() { # sampled thread-time trace + runtime counters of each service, 15 s from 10 s into the pass
  sleep 10
  services | while read -r p name; do
    # shellcheck disable=SC2086
    dotnet-trace collect -p "$p" ${MEASURE_TRACE_ARGS:---profile dotnet-sampled-thread-time} --duration 00:00:00:15 -o "$OUT/$STAMP-$name.nettrace" >/dev/null 2>&1 &
    dotnet-counters collect -p "$p" --counters System.Runtime,Microsoft.EntityFrameworkCore --duration 00:00:00:15 --format csv -o "$OUT/$STAMP-$name.counters.csv" >/dev/null 2>&1 &
  done
  wait
}
perf_profile() { # system-wide CPU samples (every process: services, broker, dashboard, DCP, the load client), 20 s from 10 s into the pass
  sleep 10
  perf record -a -g -F 199 -o "$OUT/$STAMP.perf.data" -- sleep 20 >/dev/null 2>&1 || true
  # per process, then per process and symbol (JIT-compiled methods named through DOTNET_PerfMapEnabled's /tmp/perf-PID.map)
  perf report -i "$OUT/$STAMP.perf.data" --no-children --sort comm --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' | head -25 >"$OUT/$STAMP.perf-comm.txt" || true
  perf report -i "$OUT/$STAMP.perf.data" --no-children --sort comm,dso,sym --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -300 >"$OUT/$STAMP.perf-sym.txt" || true
}
pass=0
for args in "$@"; do
  pass=$((pass + 1))
  [ "${MEASURE_PROFILE_PASS:-0}" = "$pass" ] && { PATH="$PATH:$HOME/.dotnet/tools" profile & }
  [ "${MEASURE_PERF_PASS:-0}" = "$pass" ] && { perf_profile & PERF_PID=$!; }
  echo "=== capexradar load --input $CORPUS $args   (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  # shellcheck disable=SC2086
  before="$(cpu_ticks)"; before_other="$(other_ticks)"
  "${CLI[@]}" load --input "$CORPUS" $args || true
  echo "CPU time of each service during this pass:"; cpu_report "$before" "$(cpu_ticks)"
  echo "CPU time of the other processes of the run (broker, dashboard, orchestrator):"; cpu_report "$before_other" "$(other_ticks)"
done
[ -n "${PERF_PID:-}" ] && wait "$PERF_PID" # a profile of the last pass may still be writing its report
echo "RSS after the load:"; rss
# An idle service gives back what it grew into under load (IdleMemoryTrimmer, CapexRadar:Memory): RSS again once idle.
SETTLE="${MEASURE_SETTLE:-20}"
if [ "$SETTLE" -gt 0 ]; then sleep "$SETTLE"; echo "RSS ${SETTLE} s after the load (idle):"; rss; fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
