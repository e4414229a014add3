#!/usr/bin/env bash
# Publishes the CLI as a native executable (Native AOT): no JIT compilation at start or while it runs, so a short
# command starts in tens of milliseconds and `capexradar extract` spends its CPU on extraction.
#
#   scripts/publish-cli.sh [OUT_DIR]        # default out/cli; then run OUT_DIR/capexradar …
#
# Needs the platform linker (clang or gcc, and zlib headers) that Native AOT links with; the SDK picks the ILCompiler
# package version itself. A publish takes a few minutes on 2 cores. `dotnet run --project src/Cli` stays the JIT build.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-out/cli}"
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
dotnet publish src/Cli/CapexRadar.Cli.csproj -c Release -r "$rid" -p:CapexRadarAot=true -o "$out" -v q -nologo >&2
# Smoke test of the paths the AOT analysis cannot prove: the shipped data loads, extraction runs, options validate.
cli="$out/capexradar"
"$cli" extract -i samples/alibaba-ai-capex.txt -o - | grep -q '"capex": \[ {' || { echo "publish-cli: extract failed in the native build" >&2; exit 1; }
"$cli" quantities --json "about \$53 billion" | grep -q '"currency": "USD"' || { echo "publish-cli: quantities --json failed in the native build" >&2; exit 1; }
if "$cli" events -i tests/event-families/articles.jsonl --set JoinWindow=200.00:00:00 >/dev/null 2>&1; then
  echo "publish-cli: events --set did not validate in the native build" >&2; exit 1
fi
echo "$cli"
