#!/usr/bin/env bash
# `capexradar extract` vs wink-nlp's entity pass over the same ~10 MB of news text, both timed as whole processes,
# alternating run by run (the VM is shared and noisy: a slow minute hits every command alike).
#
#   tools/bench-wink/compare.sh [ROUNDS] [NAME=path/to/capexradar.dll|path/to/native/capexradar ...]
#
# Default: 5 rounds, the Release build of this checkout. The input is the dev corpus repeated to 10 MB with distinct
# ids (make-input.mjs). MB/s = input file bytes / wall-clock seconds; user+sys CPU seconds are printed too.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rounds="${1:-5}"; shift || true
clis=("$@")
[[ ${#clis[@]} -eq 0 ]] && clis=("extract=$repo/src/Cli/bin/Release/net10.0/capexradar.dll")

corpus="${CAPEXRADAR_CORPUS:-}"
if [[ -z "$corpus" ]]; then
  d="$repo"; while [[ "$d" != / ]]; do [[ -f "$d/shared/corpus/dev/articles.jsonl" ]] && { corpus="$d/shared/corpus"; break; }; d="$(dirname "$d")"; done
fi
[[ -n "$corpus" ]] || { echo "no shared/corpus found: set CAPEXRADAR_CORPUS" >&2; exit 2; }
[[ -d "$here/node_modules/wink-nlp" ]] || (cd "$here" && npm ci --silent)

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
input="$work/input.jsonl"
node "$here/make-input.mjs" "$corpus/dev/articles.jsonl" 10 > "$input"
bytes=$(stat -c %s "$input")
echo "input: $bytes bytes ($(wc -l <"$input") announcements), $(nproc) cores, $(uname -m), rounds: $rounds"

names=("wink-nlp"); cmds=("node $here/entities.mjs $input")
for c in "${clis[@]}"; do
  cli="${c#*=}"; run="$cli"; [[ "$cli" == *.dll ]] && run="dotnet $cli"   # a .dll runs under dotnet; a native build (scripts/publish-cli.sh) by itself
  names+=("${c%%=*}"); cmds+=("$run extract -i $input -o $work/out.jsonl")
done

declare -A walls
for ((r = 1; r <= rounds; r++)); do
  line="round $r:"
  for i in "${!names[@]}"; do
    /usr/bin/time -f "%e %U %S" -o "$work/time" ${cmds[$i]} >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r wall user sys <"$work/time"
    walls[$i]+="$wall "
    line+=" ${names[$i]} ${wall}s (cpu $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')s)"
  done
  echo "$line"
done
echo "median wall-clock, MB/s (10^6 bytes of input per second):"
for i in "${!names[@]}"; do
  median=$(echo ${walls[$i]} | tr ' ' '\n' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  printf '  %-10s %6.2f s  %6.2f MB/s\n' "${names[$i]}" "$median" "$(awk -v b="$bytes" -v m="$median" 'BEGIN { print b / m / 1000000 }')"
done
