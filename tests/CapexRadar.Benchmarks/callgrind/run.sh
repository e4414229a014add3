#!/usr/bin/env bash
# Repeatable instruction counts of the extraction benchmarks (callgrind counts instructions, not seconds, so a busy
# machine does not change them). The benchmark process starts uninstrumented, runs the method once (JIT, caches), then
# counts PASSES passes of it over the corpus; the JIT and the start-up are not in the count. Tiered compilation is off,
# as in the CLI, so the counted code is the fully optimised code `extract` runs.
#
#   tests/CapexRadar.Benchmarks/callgrind/run.sh [corpus.jsonl] METHOD [PASSES]
#     METHOD: WholeAnalyzer, EntityExtraction, CapexExtraction, MarketExtraction, QuantityRecognition,
#             AnnotatedDocument, JsonHandWritten
# Prints instructions per pass; the callgrind file (annotate with callgrind_annotate) is left in $OUT (default /tmp).
# PROFILE=1 also prints the count per method and per class (symbolize.py over the runtime's perf map).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
corpus=""; [[ "${1:-}" == *.jsonl ]] && { corpus="$(realpath "$1")"; shift; }
method="${1:?METHOD}"; passes="${2:-5}"
out="${OUT:-/tmp}"
lib="$out/libcgctl.so"
gcc -O2 -shared -fPIC -o "$lib" "$here/cgctl.c"
[[ -n "${NO_BUILD:-}" ]] || dotnet build "$repo/tests/CapexRadar.Benchmarks/CapexRadar.Benchmarks.csproj" -c Release -v q -nologo >&2
dll="$repo/tests/CapexRadar.Benchmarks/bin/Release/net10.0/CapexRadar.Benchmarks.dll"
file="$out/callgrind.$method.$$"
DOTNET_PerfMapEnabled=${PROFILE:+3} DOTNET_TieredCompilation=0 CAPEXRADAR_CGCTL="$lib" valgrind --tool=callgrind --instr-atstart=no --smc-check=all --callgrind-out-file="$file" \
  dotnet "$dll" instr ${corpus:+"$corpus"} "$method" "$passes" 2>"$file.log" >/dev/null
# the dump at cg_end is the part triggered by the client request; the part written at exit is empty
total=$(grep -l "^desc: Trigger: Client Request" "$file"* | xargs grep -h '^totals:' | awk '{print $2}')
echo "$method: $(( total / passes )) instructions per pass ($passes passes; $file)"
# PROFILE=1: where the instructions go, per method and per class (JIT-compiled code named through the perf map)
if [[ -n "${PROFILE:-}" ]]; then
  pid=$(grep -m1 -o '^==[0-9]*==' "$file.log" | tr -d '=')
  python3 "$here/symbolize.py" "$(grep -l "^desc: Trigger: Client Request" "$file"*)" "/tmp/perf-$pid.map" "${TOP:-40}"
fi
