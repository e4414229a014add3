#!/usr/bin/env bash
# Safety net for extraction changes: runs `capexradar extract` (Release build) over every corpus we have and
# either records the outputs or compares them byte for byte with a recorded set.
#
#   scripts/extract-all.sh record  DIR   # before a change: write DIR/<corpus>.jsonl for every corpus
#   scripts/extract-all.sh compare DIR   # after it: extract again into a temp dir, diff against DIR (exit 1 on any difference)
#
# Corpora: the dev corpus and the real-text sets under shared/corpus (found by walking up from the repo, or
# CAPEXRADAR_CORPUS=/path/to/shared/corpus), and tests/holdout*/articles.jsonl. Set NO_BUILD=1 to reuse the
# current Release build (e.g. when comparing two builds by hand); CLI=/path/to/capexradar.dll picks another build,
# CLI=out/cli/capexradar the native one (scripts/publish-cli.sh; NO_BUILD is implied for a native CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"

mode="${1:-}"; dir="${2:-}"
if [[ "$mode" != record && "$mode" != compare ]] || [[ -z "$dir" ]]; then
  echo "usage: $0 record|compare DIR" >&2; exit 2
fi

find_corpus() {
  if [[ -n "${CAPEXRADAR_CORPUS:-}" ]]; then echo "$CAPEXRADAR_CORPUS"; return; fi
  local d="$REPO"
  while [[ "$d" != / ]]; do
    if [[ -f "$d/shared/corpus/dev/articles.jsonl" ]]; then echo "$d/shared/corpus"; return; fi
    d="$(dirname "$d")"
  done
  echo "no shared/corpus found above $REPO: set CAPEXRADAR_CORPUS" >&2; exit 2
}
CORPUS="$(find_corpus)"

# name → input file
declare -A inputs=(
  [dev]="$CORPUS/dev/articles.jsonl"
  [real-capex]="$CORPUS/real-capex/sentences.jsonl"
  [real-market]="$CORPUS/real-market/sentences.jsonl"
)
for h in tests/holdout*/articles.jsonl; do inputs[$(basename "$(dirname "$h")")]="$REPO/$h"; done

CLI="${CLI:-$REPO/src/Cli/bin/Release/net10.0/capexradar.dll}"
if [[ -z "${NO_BUILD:-}" && "$CLI" == *.dll ]]; then
  dotnet build "$REPO/src/Cli/CapexRadar.Cli.csproj" -c Release -v q -nologo >&2
fi

out="$dir"
if [[ "$mode" == compare ]]; then out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT; fi
mkdir -p "$out"

status=0
for name in $(printf '%s\n' "${!inputs[@]}" | sort); do
  if [[ "$CLI" == *.dll ]]; then dotnet "$CLI" extract --input "${inputs[$name]}" --output "$out/$name.jsonl" 2>/dev/null
  else "$CLI" extract --input "${inputs[$name]}" --output "$out/$name.jsonl" 2>/dev/null; fi
  if [[ "$mode" == record ]]; then
    echo "recorded $name: $(wc -l <"$out/$name.jsonl") lines → $out/$name.jsonl"
  elif cmp -s "$dir/$name.jsonl" "$out/$name.jsonl"; then
    echo "identical  $name ($(wc -l <"$out/$name.jsonl") lines)"
  else
    echo "DIFFERENT  $name:"; status=1
    diff <(tr ',' '\n' <"$dir/$name.jsonl") <(tr ',' '\n' <"$out/$name.jsonl") | head -40 || true
  fi
done
exit $status
