#!/usr/bin/env bash
# Same-event scores on every development event set, each clustered on its own: the story-family sets
# (tests/event-families*, and the unit tests' own tests/CapexRadar.Events.Tests/Families) with their labels, and the dev corpus and tests/holdout* with one event per story (any merge
# there is false). Prints each set's line and the pooled sums (pairs summed over the sets).
# With --cross, also clusters all sets together in one run and lists the merges across sets (the same real
# announcement written for two sets is labelled as two events there).
# Usage: scripts/events-dev.sh [--cross] [capexradar.dll]   (default: the Debug build of src/Cli)
# EVENTS_SET="NAME=VALUE …" passes clusterer settings (--set) to every run, to measure margins.
set -euo pipefail
cd "$(dirname "$0")/.."
cross=0
if [[ "${1:-}" == "--cross" ]]; then cross=1; shift; fi
dll="${1:-src/Cli/bin/Debug/net10.0/capexradar.dll}"
sets=()
for kv in ${EVENTS_SET:-}; do sets+=(--set "$kv"); done
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
python3 - "$out" <<'PY'
import json, os, sys, glob
out = sys.argv[1]
sets = sorted(glob.glob('tests/event-families*')) + ['tests/CapexRadar.Events.Tests/Families', '/work/shared/corpus/dev'] + sorted(glob.glob('tests/holdout*'))
with open(os.path.join(out, 'sets.txt'), 'w') as listing, open(os.path.join(out, 'all.a'), 'w') as aa, open(os.path.join(out, 'all.l'), 'w') as al:
    for s in sets:
        name = os.path.basename(s)
        labels = {}
        if os.path.exists(os.path.join(s, 'events.jsonl')):
            for line in open(os.path.join(s, 'events.jsonl')):
                x = json.loads(line)
                labels[x['id']] = x
        with open(os.path.join(out, name + '.l'), 'w') as l:
            for line in open(os.path.join(s, 'articles.jsonl')):
                x = json.loads(line)
                lab = labels.get(x['id']) or {'id': x['id'], 'event': x['id'], 'follows': None}
                l.write(json.dumps(lab) + '\n')
                x['id'] = name + '/' + x['id']
                aa.write(json.dumps(x) + '\n')
                al.write(json.dumps({'id': x['id'], 'event': name + '/' + lab['event'],
                                     'follows': name + '/' + lab['follows'] if lab.get('follows') else None}) + '\n')
        listing.write(f'{name}\t{s}/articles.jsonl\t{out}/{name}.l\n')
PY
tp=0; fp=0; fn=0; rl=0; rn=0; fm=0; sp=0
while IFS=$'\t' read -r name articles labels; do
  res="$(dotnet "$dll" events --input "$articles" --labels "$labels" "${sets[@]}")"
  pairs="$(grep '^same-event' <<<"$res")"; links="$(grep '^revision' <<<"$res")"
  printf '%-16s %s | %s\n' "$name" "${pairs#same-event pairs: }" "${links#revision links: }"
  read -r p q r s t u v < <(python3 - "$pairs" "$links" <<'PY'
import re, sys
pairs, links = sys.argv[1], sys.argv[2]
prec = re.search(r'precision \S+ \((\d+)/(\d+)\)', pairs); rec = re.search(r'recall \S+ \((\d+)/(\d+)\)', pairs)
tp, predicted = (int(prec.group(1)), int(prec.group(2))) if prec else (0, 0)
gold = int(rec.group(2)) if rec else 0
rev = re.search(r'(\d+)/(\d+) correct', links); fm = re.search(r'false merges: (\d+)', links); sp = re.search(r'splits: (\d+)', links)
print(tp, predicted - tp, gold - tp, rev.group(1) if rev else 0, rev.group(2) if rev else 0, fm.group(1) if fm else 0, sp.group(1) if sp else 0)
PY
)
  tp=$((tp+p)); fp=$((fp+q)); fn=$((fn+r)); rl=$((rl+s)); rn=$((rn+t)); fm=$((fm+u)); sp=$((sp+v))
done < "$out/sets.txt"
python3 -c "
tp,fp,fn=$tp,$fp,$fn
p=tp/(tp+fp) if tp+fp else 1; r=tp/(tp+fn) if tp+fn else 1
print(f'pooled           precision {p:.3f} ({tp}/{tp+fp}), recall {r:.3f} ({tp}/{tp+fn}) | revision links $rl/$rn; false merges: $fm, splits: $sp')"
if [[ $cross == 1 ]]; then
  echo "== all sets in one run ($(wc -l < "$out/all.a") stories): merges across sets"
  dotnet "$dll" events --input "$out/all.a" --labels "$out/all.l" --details "${sets[@]}" | grep -E '^same-event|merged, labelled apart' | cut -c1-200
fi
